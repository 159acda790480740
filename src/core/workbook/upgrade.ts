/**
 * Upgrading a template made by an earlier layout, in place (Mulai dari Keputusan inside Excel,
 * `kinerja template --out` on an existing workbook): the columns the layout added since are
 * appended to the right of each RKT and IKU table, which grows in place (its name, style,
 * totals row and filter kept), and the Info table grows by the layout stamp's row ("Versi Tata
 * Letak"). Every cell staff typed stays where it is, in its indicator's row; new cells are
 * written only where nothing is, in the row's own units, and a table whose neighbouring cells
 * hold anything is left as it is (the summary says so). Inside Excel the read brings the cells
 * the new columns would take (`upgradeReach`), and only those.
 */
import { bilingual, type Bilingual } from "../i18n";
import type { Decree, Indicator } from "../decree/schema";
import { findIndicator, withIkuDefinition } from "../decree/query";
import { sheetUnits } from "../rules/sheet-reading";
import { cellAddress, columnLetter, parseRange, rangeAddress } from "./a1";
import {
  HEADER_FORMAT,
  IKU_COLUMNS,
  INFO_TABLE,
  KIND_FORMATS,
  OWN_PREFIX,
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
import {
  cellAt,
  formatAt,
  formulaAt,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "./snapshot";
import { ikuRow, lkjColumnOps, rktRow } from "./template";

const blank = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

const headerText = (v: unknown): string => (typeof v === "string" ? v.trim().toLowerCase() : "");

/** Which of `columns` a header row has, by header text (any case): key -> index in the row. */
function present(header: readonly CellValue[], columns: readonly Column[]) {
  const found = new Map<string, number>();
  header.forEach((v, i) => {
    const h = headerText(v);
    const col = columns.find((k) => k.header.toLowerCase() === h);
    if (col !== undefined && !found.has(col.key)) found.set(col.key, i);
  });
  return found;
}

/** The layout's columns a table's header row lacks, in the layout's order. */
function missingColumns(header: readonly CellValue[], kind: "rkt" | "iku"): Column[] {
  const columns: readonly Column[] = kind === "rkt" ? RKT_COLUMNS : IKU_COLUMNS;
  const found = present(header, columns);
  return columns.filter((c) => !found.has(c.key));
}

const ownKind = (tableName: string): "rkt" | "iku" | undefined => {
  const name = tableName.toLowerCase();
  if (name.startsWith(`${OWN_PREFIX}rkt_`.toLowerCase())) return "rkt";
  if (name.startsWith(`${OWN_PREFIX}iku_`.toLowerCase())) return "iku";
  return undefined;
};

/**
 * The cells beyond an owned table the upgrade needs read, from the table's own cells (its
 * header row first; of an RKT or IKU table the header row alone is enough): the columns an
 * RKT or IKU table lacks, to its right, and then its own rows (`body`: each row's Kode, Jenis
 * and Target say what to write); the row under the Info table when it has no layout stamp.
 * Undefined when there is nothing to upgrade.
 */
export function upgradeReach(
  tableName: string,
  cells: readonly (readonly CellValue[])[]
): { right: number; below: number; body?: boolean } | undefined {
  if (tableName.toLowerCase() === INFO_TABLE.toLowerCase()) {
    const label = LAYOUT_VERSION_LABEL.toLowerCase();
    const stamped = cells.some((row) => row.some((v) => headerText(v) === label));
    return stamped ? undefined : { right: 0, below: 1 };
  }
  const kind = ownKind(tableName);
  if (kind === undefined) return undefined;
  const right = missingColumns(cells[0] ?? [], kind).length;
  return right === 0 ? undefined : { right, below: 0, body: true };
}

/** Whether the cells `right` columns beside and `below` rows under the table are known. */
const readBeside = (book: WorkbookSnapshot, table: OwnedTable, right: number, below: number) =>
  book.complete === true ||
  ((table.beside?.right ?? 0) >= right && (table.beside?.below ?? 0) >= below);

/**
 * A decree's number (85 for 85%) in the units of the row whose Target cell is `target`:
 * a fraction under a percent format (0,85 as "0.00%"), else the plain number ("0.00").
 */
function inRowUnits(
  sheet: SheetSnapshot,
  targetAt: { row: number; col: number } | undefined,
  ind: Indicator
): { per: number; format: string } {
  const target =
    targetAt === undefined
      ? undefined
      : {
          value: cellAt(sheet, targetAt.row, targetAt.col),
          numberFormat: formatAt(sheet, targetAt.row, targetAt.col),
        };
  const units = sheetUnits(target, ind.kind);
  if (units === undefined) return { per: 1, format: KIND_FORMATS[ind.kind] };
  return units === "fraction"
    ? { per: 100, format: KIND_FORMATS.percent }
    : { per: 1, format: KIND_FORMATS.index };
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
  const sheet = table.sheet;
  const box = parseRange(table.address);
  const header = Array.from({ length: box.cols }, (_, i) => cellAt(sheet, box.row, box.col + i));
  const columns: readonly Column[] = kind === "rkt" ? RKT_COLUMNS : IKU_COLUMNS;
  const found = new Map([...present(header, columns)].map(([k, i]) => [k, box.col + i]));
  const missing = missingColumns(header, kind);
  if (missing.length === 0) return { ops: [], summary: [] };
  // Inside Excel without the cells beside the table: what would be written over is unknown.
  if (!readBeside(book, table, missing.length, 0))
    return { ops: [], summary: [bilingual("done.upgradeNeedsFile", { sheet: sheet.name })] };
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
  // A totals row is not data: nothing is written into it.
  const rows = box.rows - 1 - (table.totals === true ? 1 : 0);
  const dataRow = box.row + 1;
  const at = (key: string): number => {
    const i = missing.findIndex((c) => c.key === key);
    return i >= 0 ? first + i : -1;
  };
  // Each data row's indicator: the decree's by Kode, with the kind the sheet's Jenis says.
  const kodeCol = found.get("kode");
  const jenisCol = found.get("jenis");
  const targetCol = found.get("target");
  const inds: Indicator[] = [];
  /** Each row's units, as its Target cell holds them (0,8 under "0%", or 80). */
  const units: { per: number; format: string }[] = [];
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
    const unit = inRowUnits(
      sheet,
      targetCol === undefined ? undefined : { row: r, col: targetCol },
      ind
    );
    units.push(unit);
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
    // Renstra), written once; nothing else (targets and realisasi are typed by staff). Last
    // year's realisasi and the Renstra target in the row's units.
    const full = known === undefined ? undefined : rktRow(decree, known, undefined);
    const defined = known === undefined ? undefined : withIkuDefinition(decree, ind);
    const number = (v: number | undefined): Scalar => (v === undefined ? "" : v / unit.per);
    const byKey: Partial<Record<RktColumnKey, Scalar>> = {
      realisasiLalu: number(defined?.realisasiTahunLalu),
      targetRenstra: number(defined?.targetRenstra),
    };
    const keep = new Set<RktColumnKey>(["periode", "sumber", "penanggungJawab"]);
    values.push(
      missing.map((c) => {
        if (full === undefined) return "";
        const key = c.key as RktColumnKey;
        if (key in byKey) return byKey[key] ?? "";
        return keep.has(key) ? (full[RKT_COLUMNS.findIndex((k) => k.key === c.key)] ?? "") : "";
      })
    );
  }
  const name = table.name;
  const s = sheet.name;
  const ops: PlanOp[] = [
    // The table grows in place: its name, style, totals row and filter stay.
    { op: "addTableColumns", sheet: s, name, headers: missing.map((c) => c.header) },
    ...(rows > 0
      ? [
          {
            op: "write" as const,
            sheet: s,
            address: rangeAddress(dataRow, first, rows, missing.length),
            values,
          },
        ]
      : []),
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
      const rowFormat = (i: number) => units[i]?.format ?? "General";
      ops.push(...lkjColumnOps(decree, s, inds, (key) => at(key), dataRow, rowFormat));
      // Target TW I..IV and Periode, for a template made before them.
      for (const key of QUARTER_TARGET_KEYS) {
        if (at(key) < 0) continue;
        const address = rangeAddress(dataRow, at(key), rows, 1);
        ops.push(
          {
            op: "write",
            sheet: s,
            address,
            numberFormats: inds.map((_ind, i) => [rowFormat(i)]),
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
 * The layout stamp on the Info sheet: a row "Versi Tata Letak | 3" added to the Info table
 * (which grows by the row in place) when it has none, or the number brought up to date beside
 * it. Nothing when the row under the table holds anything, or the table ends in a totals row.
 */
export function stampInfo(book: WorkbookSnapshot, table: OwnedTable): Upgrade {
  const sheet = table.sheet;
  const stamped = {
    ops: [],
    summary: [bilingual("done.layoutStamp", { version: LAYOUT_VERSION })],
  };
  const at = findLabel(sheet, LAYOUT_VERSION_LABEL);
  if (at !== undefined) {
    const v = cellAt(sheet, at.row, at.col + 1);
    if (v === LAYOUT_VERSION) return { ops: [], summary: [] };
    return {
      ...stamped,
      ops: [
        {
          op: "write",
          sheet: sheet.name,
          address: cellAddress(at.row, at.col + 1),
          values: [[LAYOUT_VERSION]],
        },
      ],
    };
  }
  const box = parseRange(table.address);
  const below = box.row + box.rows;
  if (!readBeside(book, table, 0, 1) || table.totals === true) return { ops: [], summary: [] };
  if (!emptyBlock(sheet, below, box.col, 1, box.cols)) return { ops: [], summary: [] };
  const row: Scalar[] = Array.from({ length: box.cols }, (_, i) =>
    i === 0 ? LAYOUT_VERSION_LABEL : i === 1 ? LAYOUT_VERSION : ""
  );
  return {
    ...stamped,
    ops: [
      { op: "addTableRows", sheet: sheet.name, name: table.name, values: [row] },
      {
        op: "format",
        sheet: sheet.name,
        address: rangeAddress(below, box.col, 1, box.cols),
        format: { vertical: "top", border: true },
      },
    ],
  };
}
