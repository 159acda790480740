/**
 * Recalculate .xlsx files with LibreOffice (headless). Formulas the add-in writes carry no
 * cached result, and LibreOffice computes such formulas on load; converting xlsx -> xlsx
 * stores the results, which exceljs then reads back.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const SOFFICE = process.env.SOFFICE ?? "soffice";

/** Convert files with LibreOffice in a fresh profile; returns the output folder. */
export function convertWith(target: string, paths: string[]): string {
  const outDir = mkdtempSync(join(tmpdir(), "kinerja-lo-out-"));
  const profile = mkdtempSync(join(tmpdir(), "kinerja-lo-profile-"));
  const args = [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore"];
  // Batches of 50 files, each with its own time limit (about 1 s per file on this machine).
  for (let i = 0; i < paths.length; i += 50) {
    const batch = paths.slice(i, i + 50);
    execFileSync(SOFFICE, [...args, "--convert-to", target, "--outdir", outDir, ...batch], {
      stdio: "pipe",
      timeout: 120_000 + batch.length * 4_000,
    });
  }
  return outDir;
}

/** Every sheet of an .xlsx as CSV "as shown" (en-US), one file per sheet: name -> text. */
export function sheetsAsCsv(path: string): Map<string, string> {
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1";
  const out = convertWith(filter, [path]);
  return new Map(readdirSync(out).map((f) => [f, readFileSync(join(out, f), "utf8")]));
}

/** Recalculate the files; returns the paths of the recalculated copies (same base names). */
export function recalculate(paths: string[]): string[] {
  const outDir = convertWith("xlsx", paths);
  const produced = new Set(readdirSync(outDir));
  return paths.map((p) => {
    const name = p.slice(p.lastIndexOf("/") + 1);
    if (!produced.has(name)) throw new Error(`LibreOffice did not convert ${p}`);
    return join(outDir, name);
  });
}
