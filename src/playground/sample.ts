/**
 * "Contoh": a sheet as a staff member would have typed it from Lampiran I of the decree (RKT
 * KPU Kota Blitar 2021) before using Kinerja — a merged title, a merged Sasaran cell, targets
 * typed as "80%", realisasi per quarter (one typed into a text cell), a capaian formula, and a
 * small recap with a chart. Built with the double's helpers plus one ordinary batch.
 */
import { BLITAR_2021 } from "../core/decree";
import type { ExcelHost } from "../excel-double";
import { parseTyped, type CellValue } from "./cellText";

export const SAMPLE_SHEET = "RKT 2021";
const TABLE_ID = "rkt-kpu";

type Row = Array<CellValue | null>;

/** Realisasi TW I-IV per indicator, in the order of the decree's table. */
const REALISASI: Row[] = [
  [0.2, 0.4, 0.6, 0.825],
  [0.05, 0.15, 0.25, "30%"],
  [70, 72.5, 75, 77.5],
  [1, 1, 1, 1],
  [null, null, null, "BB"],
  [null, "WTP", null, null],
];
const REALISASI_FORMAT: Record<string, string> = { percent: "0.00%", index: "0.00", count: "0" };

export async function loadSample(host: ExcelHost): Promise<void> {
  const table = BLITAR_2021.tables.find((t) => t.id === TABLE_ID);
  if (table === undefined) throw new Error(`Decree has no table ${TABLE_ID}`);
  const header = ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"];
  const rows: Row[] = [
    [table.title.toUpperCase()],
    [],
    [
      ...header,
      "Realisasi TW I",
      "Realisasi TW II",
      "Realisasi TW III",
      "Realisasi TW IV",
      "Capaian",
    ],
  ];
  const formats: Array<Array<string | null>> = [[], [], []];
  const first = rows.length + 1;
  let previousSasaran = "";
  table.indicators.forEach((ind, i) => {
    const r = first + i;
    const target = parseTyped(ind.target?.text ?? "");
    const numeric = ind.kind === "percent" || ind.kind === "index";
    // A merged Sasaran keeps its text in the top cell only, as Excel does.
    const sasaran = ind.sasaran === previousSasaran ? null : ind.sasaran;
    previousSasaran = ind.sasaran;
    rows.push([
      ind.no,
      sasaran,
      ind.text,
      target.value,
      ...(REALISASI[i] ?? []),
      numeric ? `=IFERROR(H${r}/D${r},"")` : null,
    ]);
    const tw = REALISASI_FORMAT[ind.kind] ?? "General";
    formats.push([
      null,
      null,
      null,
      target.percentFormat ? "0%" : null,
      tw,
      tw,
      tw,
      i === 1 ? "@" : tw,
      "0.00%",
    ]);
  });
  const recap: Array<[string, number, string]> = [
    ["Keputusan", 0.8, `=H${first}`],
    ["Info Parpol", 0.3, `=H${first + 1}`],
    ["Keterbukaan", 1, `=H${first + 3}`],
  ];
  rows[2]?.push(null, "IKU", "Target", "Realisasi TW IV");
  formats[2]?.push(...Array<null>(9).fill(null));
  recap.forEach(([label, target, formula], i) => {
    const row = rows[3 + i] ?? [];
    while (row.length < 10) row.push(null);
    row.push(label, target, formula);
    const fmt = formats[3 + i] ?? [];
    while (fmt.length < 10) fmt.push(null);
    fmt.push(null, "0%", "0.00%");
  });
  const last = first + table.indicators.length - 1;
  host.setSheet(SAMPLE_SHEET, rows, {
    numberFormats: formats,
    merges: ["A1:I1", `B${first + 2}:B${last}`],
  });
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(SAMPLE_SHEET);
    ws.getRange("A1").format.font.bold = true;
    const heads = [ws.getRange("A3:I3"), ws.getRange("K3:M3")];
    for (const h of heads) {
      h.format.font.bold = true;
      h.format.fill.color = "#D9D9D9";
      h.format.wrapText = true;
    }
    ws.getRange(`B${first}:C${last}`).format.wrapText = true;
    if (host.isSetSupported("ExcelApi", "1.2")) {
      ws.getRange("B:C").format.columnWidth = 180;
      ws.getRange("E:I").format.columnWidth = 60;
    }
    const chart = ws.charts.add("ColumnClustered", ws.getRange(`K3:M${3 + recap.length}`), "Auto");
    chart.title.text = "Target dan Realisasi TW IV";
    chart.setPosition("K8", "Q22");
    ws.activate();
    ws.getRange("A1").select();
    await context.sync();
  });
}
