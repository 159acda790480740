/**
 * kinerja validate IN.xlsx [--tw 1-4] [--cap none|100|120] [--decree FILE.json] [--json]
 * The add-in's Validasi without highlighting: nothing is written. Exit 1 when a finding has
 * error severity.
 */
import { VALIDATE, runAction } from "../../app";
import type { LocatedFinding } from "../../core/workbook/validate-plan";
import { settingWord } from "../../core/workbook/settings";
import { packagePort } from "../../xlsx/port";
import { actionInput, type Ctx } from "../context";
import { readXlsx } from "../io";
import { m } from "../messages";

export interface FindingJson {
  severity: LocatedFinding["severity"];
  code: string;
  sheet: string;
  cell: string;
  message: string;
}

const SEVERITY_WORD = {
  id: { error: "GALAT", warning: "PERINGATAN", info: "INFO" },
  en: { error: "ERROR", warning: "WARNING", info: "INFO" },
} as const;

export async function validateCommand(ctx: Ctx): Promise<number> {
  const { lang, io } = ctx;
  const wb = await readXlsx(lang, ctx.path(ctx.args.input as string));
  const outcome = await runAction(
    packagePort(wb),
    VALIDATE,
    await actionInput(ctx),
    { highlight: false },
    { write: false }
  );
  const findings: FindingJson[] = outcome.result.findings.map((f) => ({
    severity: f.severity,
    code: f.code,
    sheet: f.sheet,
    cell: f.cell,
    message: f.message[lang],
  }));
  const errors = findings.filter((f) => f.severity === "error").length;
  if (ctx.args.options.json === true) {
    io.stdout(`${JSON.stringify({ findings })}\n`);
  } else {
    const s = outcome.resolved.settings;
    const lines = [
      m(lang, "settings.used", {
        tw: settingWord("reportingQuarter", s.reportingQuarter),
        cap: settingWord("cap", s.cap),
      }),
    ];
    const width = Math.max(0, ...findings.map((f) => f.sheet.length + f.cell.length + 1));
    for (const f of findings) {
      const where = `${f.sheet}!${f.cell}`.padEnd(width);
      lines.push(
        `${SEVERITY_WORD[lang][f.severity].padEnd(10)} ${where}  ${f.message}  [${f.code}]`
      );
    }
    if (findings.length === 0) lines.push(m(lang, "validate.clean"));
    lines.push(
      m(lang, "validate.summary", {
        errors,
        warnings: findings.filter((f) => f.severity === "warning").length,
        infos: findings.filter((f) => f.severity === "info").length,
        indicators: outcome.result.indicators,
      })
    );
    io.stdout(`${lines.join("\n")}\n`);
  }
  return errors > 0 ? 1 : 0;
}
