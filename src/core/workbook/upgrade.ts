/**
 * Upgrading a template made by an earlier layout, in place (Buat Template, `kinerja template
 * --out` on an existing workbook): the columns the layout added since are appended to the
 * right of each RKT and IKU table, which is made again over the wider range with its own name,
 * and the Info sheet gets the layout stamp ("Versi Tata Letak"). Every cell staff typed stays
 * where it is, in its indicator's row; new cells are written only where nothing is, and a
 * table whose neighbouring cells hold anything is left as it is (the summary says so).
 */
import { bilingual, type Bilingual } from "../i18n";
import type { Decree, Indicator } from "../decree/schema";
import { findIndicator } from "../decree/query";
import { cellAddress, columnLetter, parseRange, rangeAddress } from "./a1";
import {
  HEADER_FORMAT,
  IKU_COLUMNS,
  INFO_TABLE,
  KIND_FORMATS,
  KIND_WORDS,
  LAYOUT_VERSION,
  LAYOUT_VERSION_LABEL,
  COLORS,
  PERIOD_WORDS,
  QUARTER_TARGET_KEYS,
  RKT_COLUMNS,
  sheetWord,
  type Column,
  type RktColumnKey,
} from "./layout";
import type { OwnedTable } from "./ownership";
import type { PlanOp, Scalar } from "./plan";
import { findLabel } from "./settings";
import { cellAt, formulaAt, type SheetSnapshot, type WorkbookSnapshot } from "./snapshot";
import { ikuRow, lkjColumnOps, rktRow } from "./template";

const blank = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

const headerText = (v: unknown): string => (typeof v === "string" ? v.trim().toLowerCase() : "");

/** Which of `columns` the table's header has, by header text (any case). */
function present(
  sheet: SheetSnapshot,
  box: ReturnType<typeof parseRange>,
  columns: readonly Column[]
) {
  const found = new Map<string, number>();
  for (let c = box.col; c < box.col + box.cols; c++) {
    const h = headerText(cellAt(sheet, box.row, c));
    const col = columns.find((k) => k.header.toLowerCase() === h);
    if (col !== undefined && !found.has(col.key)) found.set(col.key, c);
  }
  return found;
}

/**
 * Whether every cell of the block is empty (nothing of the user's would be written over): no
 * value and no formula — a formula that shows "" is the user's all the same.
 */
function emptyBlock(sheet: SheetSnapshot, row: number, col: number, rows: number, cols: number) {
  for (let r = row; r < row + rows; r++)
    for (let c = col; c < col + cols; c++) {
      const f = formulaAt(sheet, r, c);
      if (!blank(cellAt(sheet, r, c)) || (typeof f === "string" && f.startsWith("="))) return false;
    }
  return true;
}

export interface Upgrade {
  ops: PlanOp[];
  summary: Bilingual[];
}

/**
 * The ops that give an owned RKT or IKU table the columns it lacks, or none when it has them
 * all. `kind` says which layout the table follows.
 */
export function upgradeTable(
  decree: Decree,
  book: WorkbookSnapshot,
  table: OwnedTable,
  kind: "rkt" | "iku"
): Upgrade {
  const columns: readonly Column[] = kind === "rkt" ? RKT_COLUMNS : IKU_COLUMNS;
  const sheet = table.sheet;
  const box = parseRange(table.address);
  const found = present(sheet, box, columns);
  const missing = columns.filter((c) => !found.has(c.key));
  if (missing.length === 0) return { ops: [], summary: [] };
  const first = box.col + box.cols;
  if (!emptyBlock(sheet, box.row, first, box.rows, missing.length))
    return {
      ops: [],
      summary: [
        bilingual("done.upgradeBlocked", {
          sheet: sheet.name,
          cells: rangeAddress(box.row, first, box.rows, missing.length),
        }),
      ],
    };
  const rows = box.rows - 1;
  const dataRow = box.row + 1;
  const at = (key: string): number => {
    const i = missing.findIndex((c) => c.key === key);
    return i >= 0 ? first + i : -1;
  };
  // Each data row's indicator: the decree's by Kode, with the kind the sheet's Jenis says.
  const kodeCol = found.get("kode");
  const jenisCol = found.get("jenis");
  const inds: Indicator[] = [];
  const values: Scalar[][] = [];
  for (let r = dataRow; r < dataRow + rows; r++) {
    const kode = kodeCol === undefined ? "" : String(cellAt(sheet, r, kodeCol) ?? "").trim();
    const known = kode === "" ? undefined : findIndicator(decree, kode);
    const word =
      jenisCol === undefined ? "blank" : sheetWord(KIND_WORDS, cellAt(sheet, r, jenisCol));
    const ind: Indicator = {
      ...(known ?? {
        id: kode || `row-${r + 1}`,
        no: "",
        sasaran: "-",
        text: "-",
        kind: "percent",
        direction: "higher",
        aggregation: "last",
      }),
      ...(typeof word === "object" && { kind: word.key }),
    };
    inds.push(ind);
    if (kind === "iku") {
      const full = ikuRow(ind);
      values.push(
        missing.map((c) =>
          known === undefined
            ? ""
            : (full[IKU_COLUMNS.indexOf(c as (typeof IKU_COLUMNS)[number])] ?? "")
        )
      );
      continue;
    }
    // What the decree says of a new column (Periode, Sumber Data, Penanggung Jawab, last year,
    // Renstra), written once; nothing else (targets and realisasi are typed by staff).
    const full = known === undefined ? undefined : rktRow(decree, known, undefined);
    const keep = new Set<RktColumnKey>([
      "periode",
      "sumber",
      "penanggungJawab",
      "realisasiLalu",
      "targetRenstra",
    ]);
    values.push(
      missing.map((c) =>
        full !== undefined && keep.has(c.key as RktColumnKey)
          ? (full[RKT_COLUMNS.findIndex((k) => k.key === c.key)] ?? "")
          : ""
      )
    );
  }
  const name = table.name;
  const wide = rangeAddress(box.row, box.col, box.rows, box.cols + missing.length);
  const s = sheet.name;
  const ops: PlanOp[] = [
    // The table is made again over the wider range under its own name; its cells stay.
    { op: "deleteTable", sheet: s, name },
    {
      op: "write",
      sheet: s,
      address: rangeAddress(box.row, first, box.rows, missing.length),
      values: [missing.map((c) => c.header), ...values],
    },
    { op: "table", sheet: s, name, address: wide, style: "TableStyleLight9" },
    {
      op: "format",
      sheet: s,
      address: rangeAddress(box.row, first, 1, missing.length),
      format: HEADER_FORMAT,
    },
    {
      op: "columnWidths",
      sheet: s,
      widths: missing.map((c, i) => ({ column: columnLetter(first + i), chars: c.chars })),
    },
  ];
  if (rows > 0) {
    ops.push({
      op: "format",
      sheet: s,
      address: rangeAddress(dataRow, first, rows, missing.length),
      format: { vertical: "top", border: true },
    });
    missing.forEach((c, i) => {
      if (c.wrap === true)
        ops.push({
          op: "format",
          sheet: s,
          address: rangeAddress(dataRow, first + i, rows, 1),
          format: { wrap: true },
        });
    });
    if (kind === "rkt") {
      ops.push(...lkjColumnOps(decree, s, inds, (key) => at(key), dataRow));
      // Target TW I..IV and Periode, for a template made before them.
      for (const key of QUARTER_TARGET_KEYS) {
        if (at(key) < 0) continue;
        const address = rangeAddress(dataRow, at(key), rows, 1);
        ops.push(
          {
            op: "write",
            sheet: s,
            address,
            numberFormats: inds.map((ind) => [KIND_FORMATS[ind.kind]]),
          },
          { op: "format", sheet: s, address, format: { fill: COLORS.input } }
        );
      }
      if (at("periode") >= 0)
        ops.push({
          op: "validation",
          sheet: s,
          address: rangeAddress(dataRow, at("periode"), rows, 1),
          rule: { type: "list", items: Object.values(PERIOD_WORDS) },
        });
    }
  }
  return {
    ops,
    summary: [
      bilingual("done.upgraded", {
        sheet: s,
        columns: missing.map((c) => c.header).join(", "),
      }),
    ],
  };
}

/**
 * The layout stamp on the Info sheet: a row "Versi Tata Letak | 3" added under the Info table
 * (which grows by the row) when it has none, or the number brought up to date beside it.
 */
export function stampInfo(book: WorkbookSnapshot, table: OwnedTable): PlanOp[] {
  const sheet = table.sheet;
  const at = findLabel(sheet, LAYOUT_VERSION_LABEL);
  if (at !== undefined) {
    const v = cellAt(sheet, at.row, at.col + 1);
    return v === LAYOUT_VERSION
      ? []
      : [
          {
            op: "write",
            sheet: sheet.name,
            address: cellAddress(at.row, at.col + 1),
            values: [[LAYOUT_VERSION]],
          },
        ];
  }
  const box = parseRange(table.address);
  const below = box.row + box.rows;
  if (!emptyBlock(sheet, below, box.col, 1, box.cols)) return [];
  return [
    { op: "deleteTable", sheet: sheet.name, name: table.name },
    {
      op: "write",
      sheet: sheet.name,
      address: rangeAddress(below, box.col, 1, 2),
      values: [[LAYOUT_VERSION_LABEL, LAYOUT_VERSION]],
    },
    {
      op: "table",
      sheet: sheet.name,
      name: INFO_TABLE,
      address: rangeAddress(box.row, box.col, box.rows + 1, box.cols),
      style: "TableStyleLight9",
    },
    {
      op: "format",
      sheet: sheet.name,
      address: rangeAddress(below, box.col, 1, box.cols),
      format: { vertical: "top", border: true },
    },
  ];
}
