/**
 * kinerja gabung FILE_OR_FOLDER... --out REKAP.xlsx [--tw 1-4] [--cap …] [--rank …] [--json]
 * Many offices' workbooks into one new consolidation workbook. Files are read in worker threads
 * (src/cli/gabung/pool.ts), one workbook per worker at a time, and only their figures are kept,
 * so memory does not grow with the number of files; a file that cannot be read is listed with
 * the reason, and the rest still consolidate.
 */
import { promises as fs } from "node:fs";
import { join } from "node:path";
import {
  consolidate,
  reportedFigures,
  type Consolidation,
  type OfficeResult,
  type Unreadable,
} from "../../core/consolidate/model";
import { RULE_WORDS, planConsolidation } from "../../core/consolidate/plan";
import { XlsxFile } from "../../xlsx/file";
import { readOffices } from "../gabung/pool";
import { percentUnitsText } from "../../core/i18n/figures";
import { actionInput, outPath, type Ctx } from "../context";
import {
  UsageError,
  checkOutPlace,
  exists,
  isXlsxPath,
  writeFileAtomic,
  writeXlsxAtomic,
} from "../io";
import { m } from "../messages";

/** The .xlsx files the inputs name: files as given, folders' .xlsx files (not hidden), sorted. */
async function inputFiles(ctx: Ctx, inputs: readonly string[], out: string): Promise<string[]> {
  const files: string[] = [];
  for (const given of inputs) {
    const path = ctx.path(given);
    const stat = await fs.stat(path).catch(() => undefined);
    if (stat?.isDirectory()) {
      const names = (await fs.readdir(path))
        .filter((n) => isXlsxPath(n) && !n.startsWith(".") && !n.startsWith("~$"))
        .sort((a, b) => a.localeCompare(b));
      files.push(...names.map((n) => join(path, n)));
    } else files.push(path);
  }
  return [...new Set(files)].filter((f) => f !== out);
}

/** An office's row as an object by indicator key, without the indicators it does not have. */
function keyed<T>(c: Consolidation, row: readonly (T | undefined)[]): Record<string, T> {
  const out: Record<string, T> = {};
  c.indicators.forEach((m, i) => {
    const v = row[i];
    if (v !== undefined) out[m.key] = v;
  });
  return out;
}

export async function gabungCommand(ctx: Ctx): Promise<number> {
  const { lang, io, args } = ctx;
  const out = outPath(ctx);
  if (await exists(out))
    throw new UsageError(m(lang, "gabung.exists", { path: out, option: "out" }));
  await checkOutPlace(lang, out);
  // --pdf and --csv: checked before any file is read; like --out, never an existing file.
  const extra: { option: "pdf" | "csv"; path: string }[] = [];
  for (const option of ["pdf", "csv"] as const) {
    const given = args.options[option];
    if (typeof given !== "string") continue;
    const path = ctx.path(given);
    if (!path.toLowerCase().endsWith(`.${option}`))
      throw new UsageError(m(lang, "gabung.outExtension", { path, option }));
    if (path === out || (await exists(path)))
      throw new UsageError(m(lang, "gabung.exists", { path, option }));
    await checkOutPlace(lang, path);
    extra.push({ option, path });
  }
  const files = await inputFiles(ctx, args.inputs ?? [], out);
  if (files.length === 0) throw new UsageError(m(lang, "gabung.none"));
  const input = await actionInput(ctx);
  // Read in worker threads, one workbook per worker at a time; only the figures come back.
  const reads = await readOffices(
    files,
    { lang, decree: input.decree, overrides: input.overrides ?? {} },
    (index, done) =>
      io.stderr(
        `${m(lang, "gabung.reading", { i: done, n: files.length, path: files[index] as string })}\n`
      )
  );
  const results: OfficeResult[] = [];
  const unreadable: Unreadable[] = [];
  reads.forEach((read, i) => {
    if (read.ok) results.push(read.result);
    else unreadable.push({ source: files[i] as string, reason: read.reason });
  });
  const rule = args.options.rank === "tercapai" ? "tercapai" : "average";
  const c = consolidate(results, unreadable, { rank: rule });
  const file = XlsxFile.blank();
  const title = `REKAP GABUNGAN CAPAIAN KINERJA — ${results.length} KANTOR`;
  const plan = planConsolidation(c, title);
  file.apply(plan);
  await writeXlsxAtomic(lang, file, out);
  for (const { option, path } of extra) {
    const { exportConsolidationCsv, exportConsolidationPdf } = await import("../../export/gabung");
    const bytes = async () =>
      option === "pdf"
        ? exportConsolidationPdf(c, { title })
        : new TextEncoder().encode(exportConsolidationCsv(c));
    await writeFileAtomic(lang, bytes, path);
    io.stderr(`${m(lang, "io.written", { path })}\n`);
  }
  if (args.options.json === true) {
    io.stdout(
      `${JSON.stringify({
        rule,
        indicators: c.indicators,
        // Per indicator key: a number, null when not computed, absent when the office does
        // not have the indicator (an array would turn both into null). Percents with two
        // decimals, as `kinerja capaian --json` gives them.
        offices: c.offices.map((o) => {
          const figures = reportedFigures(o);
          return {
            ...o,
            capaian: keyed(c, figures.capaian),
            kategori: keyed(c, o.kategori),
            average: figures.average,
            anggaran: figures.anggaran,
          };
        }),
        unreadable: c.unreadable,
      })}\n`
    );
  } else {
    const pct = (n: number | null) => (n === null ? "-" : percentUnitsText(n, lang));
    const lines = [
      ...plan.summary.map((s) => s[lang]),
      `${lang === "id" ? "Aturan" : "Rule"}: ${RULE_WORDS[rule]}.`,
      ...[...c.offices]
        .sort((a, b) => a.rank - b.rank)
        .map(
          (o) =>
            `  ${String(o.rank).padStart(3)}  ${o.office}  ${pct(reportedFigures(o).average)}  ${o.tercapai}/${o.counted}`
        ),
      ...c.unreadable.map((u) => `  ! ${u.source}: ${u.reason}`),
    ];
    io.stdout(`${lines.join("\n")}\n`);
  }
  io.stderr(`${m(lang, "io.written", { path: out })}\n`);
  return 0;
}
