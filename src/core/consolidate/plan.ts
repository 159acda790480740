/**
 * The consolidation workbook as a plan: a data sheet (one row per office and indicator, the
 * core's capaian), Rekap Satker (offices × indicators as formulas over the data sheet, with
 * each office's average, tercapai count and rank under the stated rule), Kelengkapan (late
 * quarters and entries in error per office), Sebaran (per indicator the spread and, as
 * formulas, the offices per kategori, with a chart), Peringkat (the offices in rank order, the
 * rule stated), Perlu Diperiksa (each office's entries in error: file, sheet, cell and what
 * Periksa Isian says) and the files that could not be read.
 */
import { columnLetter, rangeAddress, sheetRef } from "../workbook/a1";
import { REACHED_CRITERION } from "../rules/summary";
import { OWN_PREFIX } from "../workbook/layout";
import type { ChartSpec, PlanOp, Plan, Scalar } from "../workbook/plan";
import { titleOps } from "../workbook/title";
import { kategoriLabels, type Consolidation, type RankRule } from "./model";

export const GABUNG_SHEETS = {
  data: "Data Gabungan",
  rekap: "Rekap Satker",
  kelengkapan: "Kelengkapan",
  sebaran: "Sebaran",
  peringkat: "Peringkat",
  periksa: "Perlu Diperiksa",
  gagal: "Berkas Gagal",
} as const;

const PERCENT = "0.00%";
const RUPIAH = "#,##0";

/** Rekap Satker's budget columns, after the indicators: each office's Anggaran sheet in total. */
export const BUDGET_HEADERS = ["Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)", "% Serapan"];
const HEADER_ROW = 3;

export const RULE_WORDS: Record<RankRule, string> = {
  average: "peringkat menurut rata-rata capaian, lalu jumlah indikator tercapai",
  tercapai: "peringkat menurut jumlah indikator tercapai, lalu rata-rata capaian",
};

/** How ties and offices without a capaian are ranked (stated on Peringkat). */
export const TIE_WORDS =
  "Nilai yang sama mendapat peringkat yang sama (1, 2, 2, 4); kantor tanpa capaian berada di urutan terakhir.";

/** A table with its header at row 4 (0-based 3) and the rows under it. */
function tableOps(
  sheet: string,
  name: string,
  header: readonly string[],
  rows: readonly (readonly (Scalar | null)[])[],
  formats: readonly (string | null)[] = []
): PlanOp[] {
  const ops: PlanOp[] = [];
  const body = rows.length === 0 ? [header.map(() => null)] : rows;
  const address = rangeAddress(HEADER_ROW, 0, body.length + 1, header.length);
  const values: (Scalar | null)[][] = [];
  const formulas: (Scalar | null)[][] = [];
  for (const r of body) {
    values.push(r.map((v) => (typeof v === "string" && v.startsWith("=") ? null : v)));
    formulas.push(r.map((v) => (typeof v === "string" && v.startsWith("=") ? v : null)));
  }
  const hasFormulas = formulas.some((r) => r.some((v) => v !== null));
  ops.push({
    op: "write",
    sheet,
    address: rangeAddress(HEADER_ROW, 0, 1, header.length),
    values: [[...header]],
    numberFormats: [header.map(() => "@")],
  });
  ops.push({
    op: "write",
    sheet,
    address: rangeAddress(HEADER_ROW + 1, 0, body.length, header.length),
    ...(hasFormulas
      ? { formulas: body.map((r, i) => r.map((v, c) => formulas[i]?.[c] ?? v)) }
      : { values }),
    numberFormats: body.map(() => header.map((_, c) => formats[c] ?? null)),
  });
  ops.push({ op: "table", sheet, name, address, style: "TableStyleMedium2" });
  return ops;
}

/** The sheet names of run `run`: "Rekap Satker", then "Rekap Satker (2)", … */
export function consolidationSheets(run = 1): Record<keyof typeof GABUNG_SHEETS, string> {
  const tail = run <= 1 ? "" : ` (${run})`;
  const out = { ...GABUNG_SHEETS } as Record<keyof typeof GABUNG_SHEETS, string>;
  for (const k of Object.keys(out) as (keyof typeof GABUNG_SHEETS)[]) out[k] = `${out[k]}${tail}`;
  return out;
}

/** The parts the consolidation's tables (and its chart) are named by. */
const TABLE_PARTS = [
  "Data",
  "Rekap",
  "Kelengkapan",
  "Sebaran",
  "Peringkat",
  "Periksa",
  "Gagal",
] as const;

/** A table's (and the chart's) name in run `run`: Kinerja_Gabung_Rekap, Kinerja_Gabung_Rekap_2. */
const ownName = (part: (typeof TABLE_PARTS)[number], run: number) =>
  `${OWN_PREFIX}Gabung_${part}${run <= 1 ? "" : `_${run}`}`;

/**
 * The first run whose sheets and tables are all free in a workbook that has `sheets` and
 * `tables` already (the pane builds the sheets in the open workbook: an earlier consolidation
 * and the user's own sheets are never overwritten; the new one comes beside them).
 */
export function freeRun(sheets: readonly string[], tables: readonly string[]): number {
  const taken = new Set([...sheets, ...tables].map((n) => n.toLowerCase()));
  for (let run = 1; ; run++) {
    const names = [
      ...Object.values(consolidationSheets(run)),
      ...TABLE_PARTS.map((p) => ownName(p, run)),
    ];
    if (names.every((n) => !taken.has(n.toLowerCase()))) return run;
  }
}

/**
 * The consolidation workbook's plan: every sheet is added (a new workbook, or beside what an
 * open workbook has, as run `run` of {@link freeRun}).
 */
export function planConsolidation(c: Consolidation, title: string, run = 1): Plan {
  const S = consolidationSheets(run);
  const ops: PlanOp[] = [];
  const sheet = (name: string, lines: string[], widths: number[]) => {
    ops.push({ op: "addSheet", sheet: name });
    ops.push(...titleOps(name, lines));
    ops.push({
      op: "columnWidths",
      sheet: name,
      widths: widths.map((chars, i) => ({ column: columnLetter(i), chars })),
    });
  };

  // Data: one row per office and indicator; capaian "-" when it cannot be computed.
  const dataRows: Scalar[][] = [];
  for (const o of c.offices)
    c.indicators.forEach((m, i) => {
      const v = o.capaian[i];
      if (v === undefined) return;
      dataRows.push([
        `${o.office}|${m.key}`,
        o.office,
        m.key,
        m.text,
        v === null ? "-" : v / 100,
        o.kategori[i] ?? "",
      ]);
    });
  sheet(
    S.data,
    [
      title,
      "Capaian setiap indikator setiap kantor, dihitung oleh Kinerja dari buku kerja kantor masing-masing.",
    ],
    [40, 30, 18, 60, 12, 14]
  );
  ops.push(
    ...tableOps(
      S.data,
      ownName("Data", run),
      ["Kunci", "Kantor", "Kode", "Indikator", "Capaian", "Kategori"],
      dataRows,
      [null, null, null, null, PERCENT, null]
    )
  );

  // Rekap Satker: formulas over the data sheet, so a corrected figure flows through.
  const n = c.offices.length;
  const first = HEADER_ROW + 2; // 1-based row of the first office
  const last = first + Math.max(n, 1) - 1;
  const data = sheetRef(S.data);
  const keyCol = `${data}!$A$${HEADER_ROW + 2}:$A$${HEADER_ROW + 1 + Math.max(dataRows.length, 1)}`;
  const capCol = keyCol.replace(/\$A\$/g, "$E$");
  const indStart = 4; // Peringkat, Kantor, Rata-rata, Tercapai, then indicators
  const lastInd = columnLetter(indStart + Math.max(c.indicators.length, 1) - 1);
  const rekapRows = c.offices.map((o, i) => {
    const r = first + i;
    const cells = c.indicators.map(
      (_, k) =>
        `=IFERROR(INDEX(${capCol},MATCH($B${r}&"|"&${columnLetter(indStart + k)}$${HEADER_ROW + 1},${keyCol},0)),"")`
    );
    const [p, q] = c.rule === "average" ? ["C", "D"] : ["D", "C"];
    // Compared as numbers (SUMPRODUCT), never through a ">"&C5 criterion: that turns the
    // average into 15-digit text, which can fall below the average itself and rank an office
    // under itself. ISNUMBER leaves out the "" of offices without a capaian (text is greater
    // than any number in a comparison).
    const P = `$${p}$${first}:$${p}$${last}`;
    const Q = `$${q}$${first}:$${q}$${last}`;
    const rank =
      `=IF(C${r}="",COUNT($C$${first}:$C$${last})+1,` +
      `SUMPRODUCT(ISNUMBER(${P})*(${P}>${p}${r}))+` +
      `SUMPRODUCT(ISNUMBER(${P})*(${P}=${p}${r})*ISNUMBER(${Q})*(${Q}>${q}${r}))+1)`;
    // The budget in total after the indicators: the office's own figures, and its serapan.
    const paguCol = columnLetter(indStart + Math.max(c.indicators.length, 1));
    const realCol = columnLetter(indStart + Math.max(c.indicators.length, 1) + 1);
    const a = o.anggaran;
    return [
      rank,
      o.office,
      `=IFERROR(AVERAGE(${columnLetter(indStart)}${r}:${lastInd}${r}),"")`,
      // Tercapai as a single office counts it: what shows as 100,00% (REACHED_AT), not >= 1.
      `=COUNTIF(${columnLetter(indStart)}${r}:${lastInd}${r},"${REACHED_CRITERION}")`,
      ...cells,
      ...(c.indicators.length === 0 ? [""] : []),
      a === null ? "" : a.pagu,
      a === null ? "" : a.realisasi,
      // Text is greater than any number in a comparison: a blank pagu is tested first.
      `=IF(ISNUMBER(${paguCol}${r}),IF(${paguCol}${r}>0,${realCol}${r}/${paguCol}${r},""),"")`,
    ];
  });
  sheet(
    S.rekap,
    [title, `Capaian per kantor dan indikator; ${RULE_WORDS[c.rule]}.`],
    [
      10,
      30,
      12,
      10,
      ...c.indicators.map(() => 12),
      ...(c.indicators.length === 0 ? [12] : []),
      18,
      18,
      10,
    ]
  );
  ops.push(
    ...tableOps(
      S.rekap,
      ownName("Rekap", run),
      [
        "Peringkat",
        "Kantor",
        "Rata-rata",
        "Tercapai",
        ...(c.indicators.length === 0 ? ["Indikator"] : c.indicators.map((m) => m.key)),
        ...BUDGET_HEADERS,
      ],
      rekapRows,
      [
        null,
        null,
        PERCENT,
        null,
        ...(c.indicators.length === 0 ? [null] : c.indicators.map(() => PERCENT)),
        RUPIAH,
        RUPIAH,
        PERCENT,
      ]
    )
  );

  // Kelengkapan: who is late, which entries are in error.
  sheet(
    S.kelengkapan,
    [
      title,
      "Triwulan yang sudah jatuh tempo tetapi belum diisi, isian yang salah, dan indikator yang tidak dimiliki sebagian besar kantor lain (keputusan berbeda).",
    ],
    [30, 30, 10, 50, 10, 60, 50]
  );
  ops.push(
    ...tableOps(
      S.kelengkapan,
      ownName("Kelengkapan", run),
      [
        "Kantor",
        "Berkas",
        "Belum Diisi",
        "Triwulan Belum Diisi",
        "Kesalahan",
        "Isian yang Salah",
        "Indikator Tidak Bersama",
      ],
      c.offices.map((o) => [
        o.office,
        o.source,
        o.late.length,
        o.late.join("; "),
        o.errors.length,
        o.errors.join("; "),
        o.ownOnly.join("; "),
      ])
    )
  );

  // Sebaran: spread per indicator; offices per kategori as formulas over the data sheet.
  const labels = kategoriLabels(c.spread);
  const katCol = keyCol.replace(/\$A\$/g, "$F$");
  const kodeCol = keyCol.replace(/\$A\$/g, "$C$");
  const rekap = sheetRef(S.rekap);
  const rekapColumn = (i: number) => {
    const col = columnLetter(indStart + i);
    return `${rekap}!$${col}$${first}:$${col}$${last}`;
  };
  const sebaranRows = c.indicators.map((m, i) => {
    const r = HEADER_ROW + 2 + i;
    return [
      m.key,
      ...labels.map(
        (_, k) => `=COUNTIFS(${kodeCol},$A${r},${katCol},${columnLetter(1 + k)}$${HEADER_ROW + 1})`
      ),
      m.text,
      // The spread as live formulas over the indicator's column of Rekap Satker, whose cells
      // hold a capaian, "-" or "" (text, which COUNT, MIN, MEDIAN and MAX skip).
      `=COUNT(${rekapColumn(i)})`,
      `=IF(COUNT(${rekapColumn(i)})=0,"",MIN(${rekapColumn(i)}))`,
      `=IF(COUNT(${rekapColumn(i)})=0,"",MEDIAN(${rekapColumn(i)}))`,
      `=IF(COUNT(${rekapColumn(i)})=0,"",MAX(${rekapColumn(i)}))`,
    ] as Scalar[];
  });
  sheet(
    S.sebaran,
    [title, "Sebaran capaian setiap indikator antarkantor."],
    [18, ...labels.map(() => 12), 50, 10, 10, 10, 10]
  );
  ops.push(
    ...tableOps(
      S.sebaran,
      ownName("Sebaran", run),
      ["Kode", ...labels, "Indikator", "Kantor Dihitung", "Minimum", "Median", "Maksimum"],
      sebaranRows,
      [null, ...labels.map(() => null), null, null, PERCENT, PERCENT, PERCENT]
    )
  );
  if (labels.length > 0 && c.indicators.length > 0) {
    const right = 6 + labels.length;
    const chart: ChartSpec = {
      name: ownName("Sebaran", run),
      type: "columnStacked",
      title: "Jumlah Kantor per Kategori Capaian, per Indikator",
      // Categories in the Kode column, one series per kategori column beside it.
      source: rangeAddress(HEADER_ROW, 0, c.indicators.length + 1, labels.length + 1),
      from: `${columnLetter(right + 1)}${HEADER_ROW + 1}`,
      to: `${columnLetter(right + 11)}${HEADER_ROW + 22}`,
    };
    ops.push({ op: "chart", sheet: S.sebaran, chart });
  }

  // Peringkat: the offices in rank order, each figure a reference to its Rekap Satker row.
  sheet(
    S.peringkat,
    [title, `Urutan kantor: ${RULE_WORDS[c.rule]}. ${TIE_WORDS}`],
    [10, 30, 12, 10, 12, 12, 10]
  );
  const byRank = c.offices
    .map((o, i) => ({ o, row: first + i }))
    .sort((a, b) => a.o.rank - b.o.rank);
  ops.push(
    ...tableOps(
      S.peringkat,
      ownName("Peringkat", run),
      ["Peringkat", "Kantor", "Rata-rata", "Tercapai", "Dihitung", "Belum Diisi", "Kesalahan"],
      byRank.map(({ o, row }) => [
        `=${rekap}!A${row}`,
        `=${rekap}!B${row}`,
        `=${rekap}!C${row}`,
        `=${rekap}!D${row}`,
        `=COUNT(${rekap}!${columnLetter(indStart)}${row}:${lastInd}${row})`,
        o.late.length,
        o.errors.length,
      ]),
      [null, null, PERCENT, null, null, null, null]
    )
  );

  // What each office must fix, at its cell: the offices are told exactly where to look.
  const toFix = c.offices.flatMap((o) =>
    o.findings.map((f) => [o.office, o.source, f.sheet, f.cell, f.kode, f.message])
  );
  if (toFix.length > 0) {
    sheet(
      S.periksa,
      [
        title,
        "Isian yang perlu diperiksa di buku kerja tiap kantor (hasil Periksa Isian): berkas, lembar dan sel.",
      ],
      [30, 30, 16, 8, 14, 90]
    );
    ops.push(
      ...tableOps(
        S.periksa,
        ownName("Periksa", run),
        ["Kantor", "Berkas", "Lembar", "Sel", "Kode", "Hasil Pemeriksaan"],
        toFix
      )
    );
  }

  // Files that could not be read, with the reason: the rest still consolidate.
  if (c.unreadable.length > 0) {
    sheet(
      S.gagal,
      [title, "Berkas yang tidak dapat dibaca; kantor lainnya tetap digabungkan."],
      [50, 80]
    );
    ops.push(
      ...tableOps(
        S.gagal,
        ownName("Gagal", run),
        ["Berkas", "Alasan"],
        c.unreadable.map((u) => [u.source, u.reason])
      )
    );
  }
  ops.push({ op: "activate", sheet: S.rekap });
  return {
    ops,
    summary: [
      {
        id: `Gabungan: ${n} kantor, ${c.indicators.length} indikator, ${c.unreadable.length} berkas gagal dibaca.`,
        en: `Consolidated: ${n} offices, ${c.indicators.length} indicators, ${c.unreadable.length} files could not be read.`,
      },
    ],
  };
}
