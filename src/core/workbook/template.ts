/**
 * Template: the decree becomes an Info sheet, one RKT sheet per RKT table and one IKU sheet per
 * IKU table. Sheets the add-in made before (found by their tables' names) are kept as they
 * are, with whatever staff typed: running Template again changes nothing.
 */
import { dividesByTarget } from "../rules/check-realisasi";
import { bilingual, type Bilingual } from "../i18n";
import type { Decree, DecreeTable, Indicator, Target } from "../decree/schema";
import { withIkuDefinition } from "../decree/query";
import { rangeAddress } from "./a1";
import {
  AGGREGATION_WORDS,
  COLORS,
  DIRECTION_WORDS,
  HEADER_FORMAT,
  HEADER_ROW,
  IKU_COLUMNS,
  INFO_SHEET,
  INFO_TABLE,
  KIND_FORMATS,
  KIND_WORDS,
  FOLLOW_UP_KEYS,
  LAYOUT_VERSION,
  LAYOUT_VERSION_LABEL,
  PERIOD_WORDS,
  PROBLEM_KEYS,
  QUARTER_KEYS,
  RKT_COLUMNS,
  columnOf,
  tableNameFor,
  type Column,
  type RktColumnKey,
} from "./layout";
import { certifiedLabel } from "./info";
import { findOwnedTable, freeSheetName } from "./ownership";
import { stampInfo, upgradeTable } from "./upgrade";
import { columnWidthsOp, landscapePrintOp, ownedSheetOpening } from "./owned-sheet";
import type { Plan, PlanOp, Scalar } from "./plan";
import { DEFAULT_SETTINGS, SETTING_ROWS, settingWord } from "./settings";
import type { WorkbookSnapshot } from "./snapshot";
import { GRADES, OPINIONS } from "../decree/scales";
import { budgetSheetsOps } from "./budget-sheets";
import type { AnggaranSeedRow } from "./anggaran/plan";

/** "2021-03-04" -> "4 Maret 2021". */
export function tanggalIndonesia(iso: string): string {
  return new Intl.DateTimeFormat("id-ID", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));
}

/** The Target cell: percents as fractions (100% -> 1), ranges as text the reader parses back. */
export function targetCell(target: Target | undefined): Scalar {
  if (target === undefined) return "";
  if (target.kind === "grade" || target.kind === "opinion") return target.value;
  const scale = target.kind === "percent" ? 100 : 1;
  const v = target.value;
  if (typeof v === "number") return v / scale;
  const unit = target.kind === "percent" ? "%" : "";
  return `${v.min}${unit} - ${v.max}${unit}`.replace(/\./g, ",");
}

export function satuanOf(ind: Indicator): string {
  if (ind.satuan !== undefined && ind.satuan !== "") return ind.satuan;
  if (ind.target?.kind === "count") return ind.target.unit;
  return { percent: "%", index: "Indeks", count: "Jumlah", grade: "Nilai", opinion: "Opini" }[
    ind.kind
  ];
}

/** A decree table's sheet heading: its title and the decree it comes from. */
const tableTitle = (decree: Decree, table: DecreeTable): string[] => [
  table.title.toUpperCase(),
  `Lampiran ${table.lampiran} Keputusan ${decree.office} Nomor ${decree.number}`,
];

function tableOps(
  sheet: string,
  tableName: string,
  columns: readonly Column[],
  rows: Scalar[][]
): PlanOp[] {
  const n = rows.length;
  const cols = columns.length;
  const address = rangeAddress(HEADER_ROW, 0, n + 1, cols);
  const ops: PlanOp[] = [
    { op: "write", sheet, address, values: [columns.map((c) => c.header), ...rows] },
    { op: "table", sheet, name: tableName, address, style: "TableStyleLight9" },
    { op: "format", sheet, address: rangeAddress(HEADER_ROW, 0, 1, cols), format: HEADER_FORMAT },
    {
      op: "format",
      sheet,
      address: rangeAddress(HEADER_ROW + 1, 0, n, cols),
      format: { vertical: "top", border: true },
    },
    columnWidthsOp(
      sheet,
      columns.map((c) => c.chars)
    ),
    { op: "freeze", sheet, rows: HEADER_ROW + 1 },
    landscapePrintOp(sheet, HEADER_ROW),
  ];
  columns.forEach((c, i) => {
    if ("wrap" in c && c.wrap === true)
      ops.push({
        op: "format",
        sheet,
        address: rangeAddress(HEADER_ROW + 1, i, n, 1),
        format: { wrap: true },
      });
  });
  return ops;
}

/** Values a converted sheet carries into the template, per indicator id and column. */
export type Carried = ReadonlyMap<string, Partial<Record<RktColumnKey, Scalar>>>;

/** A number in display units as the sheet holds it in the indicator's column (85% -> 0,85). */
function sheetNumber(ind: Indicator, value: number | undefined): Scalar {
  if (value === undefined) return "";
  return ind.kind === "percent" ? value / 100 : value;
}

export function rktRow(
  decree: Decree,
  indicator: Indicator,
  carried: Carried | undefined
): Scalar[] {
  const ind = withIkuDefinition(decree, indicator);
  const byKey: Partial<Record<RktColumnKey, Scalar>> = {
    no: ind.no,
    sasaran: ind.sasaran,
    indikator: ind.text,
    target: targetCell(ind.target),
    jenis: KIND_WORDS[ind.kind],
    satuan: satuanOf(ind),
    arah: DIRECTION_WORDS[ind.direction],
    agregasi: AGGREGATION_WORDS[ind.aggregation],
    periode: PERIOD_WORDS[ind.period ?? "quarterly"],
    // Written once, as the template is made: the IKU's sumber data, its penanggung jawab, and
    // last year's realisasi and the Renstra target where the decree has them. What staff type
    // afterwards is theirs (a template is never made again over its sheets).
    sumber: ind.sumberData ?? "",
    penanggungJawab: ind.penanggungJawab ?? "",
    realisasiLalu: sheetNumber(ind, ind.realisasiTahunLalu),
    targetRenstra: sheetNumber(ind, ind.targetRenstra),
    kode: ind.id,
    ...carried?.get(ind.id),
  };
  return RKT_COLUMNS.map((c) => byKey[c.key] ?? "");
}

function rktSheetOps(
  decree: Decree,
  table: DecreeTable,
  sheet: string,
  carried: Carried | undefined
): PlanOp[] {
  const inds = table.indicators;
  const first = HEADER_ROW + 1;
  const ops: PlanOp[] = [
    ...ownedSheetOpening({
      sheet,
      isNew: true,
      tabColor: "#1F4E79",
      title: tableTitle(decree, table),
    }),
    ...tableOps(
      sheet,
      tableNameFor(table.id),
      RKT_COLUMNS,
      inds.map((ind) => rktRow(decree, ind, carried))
    ),
  ];
  const col = (key: (typeof RKT_COLUMNS)[number]["key"]) => columnOf(RKT_COLUMNS, key);
  const n = inds.length;
  const quarters = QUARTER_KEYS.length;
  // Column-wise ops, so the number of ops grows with sasaran groups and kind runs, not rows.
  const formatOf = (ind: Indicator) => KIND_FORMATS[ind.kind];
  ops.push(
    {
      op: "write",
      sheet,
      address: rangeAddress(first, col("target"), n, 1),
      numberFormats: inds.map((ind) => [
        ind.target?.kind === "count" ? `0 "${ind.target.unit.replace(/"/g, "")}"` : formatOf(ind),
      ]),
    },
    {
      op: "write",
      sheet,
      address: rangeAddress(first, col("tw1"), n, quarters + 1),
      numberFormats: inds.map((ind) => Array<string>(quarters + 1).fill(formatOf(ind))),
    },
    {
      op: "format",
      sheet,
      address: rangeAddress(first, col("tw1"), n, quarters),
      format: { fill: COLORS.input },
    },
    // Target TW I..IV (rencana aksi): numbers in the target's units, typed by staff.
    {
      op: "write",
      sheet,
      address: rangeAddress(first, col("ttw1"), n, quarters),
      numberFormats: inds.map((ind) => Array<string>(quarters).fill(formatOf(ind))),
    },
    {
      op: "format",
      sheet,
      address: rangeAddress(first, col("ttw1"), n, quarters),
      format: { fill: COLORS.input },
    },
    ...lkjColumnOps(decree, sheet, inds, col)
  );
  // With the IKU's cara penghitungan: a percent "dibagi target" may pass 100%.
  const defined = inds.map((ind) => withIkuDefinition(decree, ind));
  for (const run of runs(defined, (ind) => JSON.stringify(quarterValidation(sheet, "", ind)))) {
    ops.push(
      ...quarterValidation(
        sheet,
        rangeAddress(first + run.start, col("tw1"), run.count, quarters),
        defined[run.start] as Indicator
      )
    );
  }
  const continues = (i: number) => i > 0 && inds[i - 1]?.sasaran === inds[i]?.sasaran;
  for (const run of runs(inds, (_ind, i) => continues(i))) {
    const address = rangeAddress(first + run.start, col("sasaran"), run.count, 1);
    if (run.key)
      ops.push({ op: "format", sheet, address, format: { fontColor: COLORS.groupContinuation } });
  }
  inds.forEach((_ind, i) => {
    if (i > 0 && !continues(i)) {
      ops.push({
        op: "format",
        sheet,
        address: rangeAddress(first + i, 0, 1, RKT_COLUMNS.length),
        format: { topRule: true },
      });
    }
  });
  const rows = n;
  ops.push(
    {
      op: "validation",
      sheet,
      address: rangeAddress(first, col("jenis"), rows, 1),
      rule: { type: "list", items: Object.values(KIND_WORDS) },
    },
    {
      op: "validation",
      sheet,
      address: rangeAddress(first, col("arah"), rows, 1),
      rule: { type: "list", items: Object.values(DIRECTION_WORDS) },
    },
    {
      op: "validation",
      sheet,
      address: rangeAddress(first, col("agregasi"), rows, 1),
      rule: { type: "list", items: Object.values(AGGREGATION_WORDS) },
    },
    {
      op: "validation",
      sheet,
      address: rangeAddress(first, col("periode"), rows, 1),
      rule: { type: "list", items: Object.values(PERIOD_WORDS) },
    }
  );
  return ops;
}

/**
 * The LKj columns' formats and lists (`col` gives each column's index; -1 where absent, as in
 * an upgraded sheet that keeps its own columns): Realisasi Tahun Lalu and Target Renstra in
 * the row's number format, Pembilang and Penyebut as counts (input colour where the indicator
 * has components), Penanggung Jawab with the decree's units as a list when it names them, and
 * the text inputs (Permasalahan, Rencana Tindak Lanjut) wrapped.
 */
export function lkjColumnOps(
  decree: Decree,
  sheet: string,
  inds: readonly Indicator[],
  col: (key: RktColumnKey) => number,
  first = HEADER_ROW + 1,
  /** Each row's number format of last year and Renstra (the row's units); the kind's else. */
  numberFormat: (i: number) => string = (i) => KIND_FORMATS[inds[i]?.kind ?? "count"]
): PlanOp[] {
  const n = inds.length;
  const ops: PlanOp[] = [];
  if (n === 0) return ops;
  const has = (key: RktColumnKey) => col(key) >= 0;
  for (const key of ["realisasiLalu", "targetRenstra"] as const) {
    if (!has(key)) continue;
    const address = rangeAddress(first, col(key), n, 1);
    ops.push(
      {
        op: "write",
        sheet,
        address,
        numberFormats: inds.map((_ind, i) => [numberFormat(i)]),
      },
      { op: "format", sheet, address, format: { fill: COLORS.input } }
    );
  }
  for (const key of ["pembilang", "penyebut"] as const) {
    if (!has(key)) continue;
    ops.push({
      op: "write",
      sheet,
      address: rangeAddress(first, col(key), n, 1),
      numberFormats: inds.map(() => ["0"]),
    });
    const defined = inds.map((ind) => withIkuDefinition(decree, ind));
    for (const run of runs(defined, (ind) => ind.components !== undefined))
      if (run.key)
        ops.push({
          op: "format",
          sheet,
          address: rangeAddress(first + run.start, col(key), run.count, 1),
          format: { fill: COLORS.input },
        });
  }
  const inputs: RktColumnKey[] = ["penanggungJawab", ...PROBLEM_KEYS, ...FOLLOW_UP_KEYS];
  for (const key of inputs) {
    if (!has(key)) continue;
    const address = rangeAddress(first, col(key), n, 1);
    ops.push({ op: "format", sheet, address, format: { fill: COLORS.input, wrap: true } });
  }
  const units = decree.units ?? [];
  // A list validation's items are one comma-separated string of at most 255 characters.
  if (
    has("penanggungJawab") &&
    units.length > 0 &&
    units.every((u) => !u.includes(",")) &&
    units.join(",").length <= 255
  )
    ops.push({
      op: "validation",
      sheet,
      address: rangeAddress(first, col("penanggungJawab"), n, 1),
      rule: { type: "list", items: [...units] },
    });
  return ops;
}

/** Runs of consecutive items with the same key: one op per run instead of one per row. */
export function runs<T, K>(
  items: readonly T[],
  key: (item: T, i: number) => K
): { start: number; count: number; key: K }[] {
  const out: { start: number; count: number; key: K }[] = [];
  items.forEach((item, i) => {
    const k = key(item, i);
    const last = out[out.length - 1];
    if (last !== undefined && last.key === k) last.count++;
    else out.push({ start: i, count: 1, key: k });
  });
  return out;
}

/** Data-validation rules that fire when a person types a realisasi (pasting bypasses them; Validasi catches the rest). */
function quarterValidation(sheet: string, address: string, ind: Indicator): PlanOp[] {
  switch (ind.kind) {
    case "percent": {
      // "… dibagi target x 100%": exceeding the target shows above 100%.
      const max = dividesByTarget(ind) ? 10 : 1;
      return [
        {
          op: "validation",
          sheet,
          address,
          rule: { type: "decimal", min: 0, max },
          error: `Isi persen antara 0% dan ${max * 100}%.`,
        },
      ];
    }
    case "count": {
      const max =
        ind.target?.kind === "count" && ind.target.items ? ind.target.items.length : 1_000_000;
      return [
        {
          op: "validation",
          sheet,
          address,
          rule: { type: "decimal", min: 0, max },
          error: `Isi jumlah antara 0 dan ${max}.`,
        },
      ];
    }
    case "index":
      return [
        {
          op: "validation",
          sheet,
          address,
          rule: { type: "decimal", min: 0, max: 1_000_000 },
          error: "Isi nilai indeks berupa angka.",
        },
      ];
    case "grade":
      return [
        {
          op: "validation",
          sheet,
          address,
          rule: { type: "list", items: [...GRADES] },
          error: "Pilih nilai SAKIP: AA, A, BB, B, CC, C atau D.",
        },
      ];
    case "opinion":
      return [
        {
          op: "validation",
          sheet,
          address,
          rule: { type: "list", items: [...OPINIONS] },
          error: "Pilih opini BPK: WTP, WDP, TW atau TMP.",
        },
      ];
  }
}

/** An IKU row: the decree's words, the satuan (the decree's, else the kind's). */
export function ikuRow(ind: Indicator): Scalar[] {
  const byKey: Record<(typeof IKU_COLUMNS)[number]["key"], Scalar> = {
    no: ind.no,
    sasaran: ind.sasaran,
    indikator: ind.text,
    satuan: satuanOf(ind),
    cara: ind.caraPenghitungan ?? "",
    penjelasan: ind.penjelasan ?? "",
    sumber: ind.sumberData ?? "",
    kode: ind.id,
  };
  return IKU_COLUMNS.map((c) => byKey[c.key]);
}

function ikuSheetOps(table: DecreeTable, decree: Decree, sheet: string): PlanOp[] {
  const rows = table.indicators.map((ind) => ikuRow(ind));
  return [
    ...ownedSheetOpening({
      sheet,
      isNew: true,
      tabColor: "#548235",
      title: tableTitle(decree, table),
    }),
    ...tableOps(sheet, tableNameFor(table.id), IKU_COLUMNS, rows),
  ];
}

/** The rows the Info sheet's table holds before its settings (labels with their values). */
export function infoRowsBeforeSettings(decree: Decree): number {
  return 6 + decree.signatories.length + (decree.certifiedBy ? 1 : 0);
}

function infoSheetOps(decree: Decree, sheet: string): PlanOp[] {
  // One row per signer (role, name), then the copy's certifier on a row of its own, labelled
  // the way the decree prints it, so that nobody reads him as a signer.
  const certifier = decree.certifiedBy;
  const rows: Scalar[][] = [
    ["Kantor", decree.office],
    ["Tahun", decree.year],
    ["Nomor Keputusan", decree.number],
    ["Tentang", decree.title],
    ["Ditetapkan di", decree.place],
    ["Tanggal", tanggalIndonesia(decree.date)],
    ...decree.signatories.map((p) => [p.role, p.name]),
    ...(certifier ? [[certifiedLabel(certifier.role), certifier.name]] : []),
    ...SETTING_ROWS.map((s) => [s.label, settingWord(s.key, DEFAULT_SETTINGS[s.key])]),
    // Which layout the template has: an upgrade reads it (upgrade.ts).
    [LAYOUT_VERSION_LABEL, LAYOUT_VERSION],
  ];
  const firstSetting = HEADER_ROW + 1 + rows.length - 1 - SETTING_ROWS.length;
  const columns: Column[] = [
    { key: "butir", header: "Butir", chars: 30 },
    { key: "isi", header: "Isi", chars: 70, wrap: true },
  ];
  const table = tableOps(sheet, INFO_TABLE, columns, rows).filter(
    (op) => op.op !== "freeze" && op.op !== "pageSetup"
  );
  const ops: PlanOp[] = [
    ...ownedSheetOpening({
      sheet,
      isNew: true,
      tabColor: "#7F6000",
      title: ["PENETAPAN KINERJA", decree.title],
    }),
    ...table,
  ];
  SETTING_ROWS.forEach((s, i) => {
    const address = rangeAddress(firstSetting + i, 1);
    ops.push({
      op: "validation",
      sheet,
      address,
      rule: { type: "list", items: Object.keys(s.words) },
    });
    ops.push({ op: "write", sheet, address, numberFormats: [["@"]] });
    ops.push({ op: "format", sheet, address, format: { fill: COLORS.input } });
  });
  return ops;
}

/** The TW Pelaporan cell of the Info sheet this plan makes (none when the workbook has one). */
function newInfoTw(decree: Decree, made: ReadonlyMap<string, string>) {
  const sheet = made.get(INFO_TABLE);
  if (sheet === undefined) return undefined;
  const index = SETTING_ROWS.findIndex((s) => s.key === "reportingQuarter");
  return { sheet, row: HEADER_ROW + 1 + infoRowsBeforeSettings(decree) + index, col: 1 };
}

/**
 * The plan that makes the workbook a template for `decree`. Sheets found by their tables'
 * names are left alone; a sheet name the user already uses gets a "(2)" suffix.
 */
export function planTemplate(
  decree: Decree,
  book: WorkbookSnapshot,
  carried?: Carried,
  budget: readonly AnggaranSeedRow[] = []
): Plan {
  const ops: PlanOp[] = [];
  const summary: Bilingual[] = [];
  const taken: string[] = [];
  /** Sheets this plan makes, by their table's name. */
  const made = new Map<string, string>();
  const want = [
    { table: INFO_TABLE, name: INFO_SHEET, make: (sheet: string) => infoSheetOps(decree, sheet) },
    ...decree.tables.map((t) => ({
      table: tableNameFor(t.id),
      name: `${t.kind.toUpperCase()} ${t.shortName ?? (t.unit === "kpu" ? "KPU" : "Sekretariat")}`,
      make: (sheet: string) =>
        t.kind === "rkt" ? rktSheetOps(decree, t, sheet, carried) : ikuSheetOps(t, decree, sheet),
      count: t.indicators.length,
      kind: t.kind,
    })),
  ];
  for (const w of want) {
    const found = findOwnedTable(book, w.table);
    if (found !== undefined) {
      // Made by an earlier layout: the new columns (and the Info sheet's stamp) are added in
      // place where the cells they take were read (a file whole; inside Excel, the cells
      // beside the tables: `upgradeReach`).
      const upgrade =
        "kind" in w ? upgradeTable(decree, book, found, w.kind) : stampInfo(book, found);
      ops.push(...upgrade.ops);
      summary.push(...upgrade.summary);
      continue;
    }
    const sheet = freeSheetName(book, w.name, taken);
    taken.push(sheet);
    made.set(w.table, sheet);
    ops.push(...w.make(sheet));
    summary.push(
      "count" in w
        ? bilingual("done.sheetIndicators", { sheet, count: w.count })
        : bilingual("done.sheet", { sheet })
    );
  }
  ops.push(...budgetSheetsOps(decree, book, made, taken, summary, newInfoTw(decree, made), budget));
  const firstRkt = taken.find((n) => n.startsWith("RKT"));
  if (firstRkt !== undefined) ops.push({ op: "activate", sheet: firstRkt });
  return { ops, summary };
}
