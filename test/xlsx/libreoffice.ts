/**
 * Recalculate .xlsx files with LibreOffice (headless). Formulas the add-in writes carry no
 * cached result, and LibreOffice computes such formulas on load; converting xlsx -> xlsx
 * stores the results, which exceljs then reads back.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const SOFFICE = process.env.SOFFICE ?? "soffice";

/** Recalculate the files; returns the paths of the recalculated copies (same base names). */
export function recalculate(paths: string[]): string[] {
  const outDir = mkdtempSync(join(tmpdir(), "kinerja-lo-out-"));
  const profile = mkdtempSync(join(tmpdir(), "kinerja-lo-profile-"));
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      ...paths,
    ],
    { stdio: "pipe", timeout: 120_000 }
  );
  const produced = new Set(readdirSync(outDir));
  return paths.map((p) => {
    const name = p.slice(p.lastIndexOf("/") + 1);
    if (!produced.has(name)) throw new Error(`LibreOffice did not convert ${p}`);
    return join(outDir, name);
  });
}
