/**
 * One worksheet part, patched in place: its direct children are kept as the original text and
 * only those a plan changes are rewritten, in CT_Worksheet's order. Rows of sheetData are read
 * only when a plan writes cells, and a row nobody touched keeps its original text.
 */
import { columnLetter, columnIndex, parseRange, type ParsedRange } from "../../core/workbook/a1";
import { Doc } from "./doc";
import { shiftFormula } from "./formula";
import {
  attrsOf,
  decodeOoxmlText,
  escapeXml,
  inner,
  rootSpan,
  setAttr,
  startTag,
  unescapeXml,
} from "./xml";

/** CT_Worksheet's children, in schema order. */
const ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

interface Row {
  /** The original row text (kept when the row is not changed). */
  raw: string;
  tag: string;
  cells: Map<number, string> | undefined;
  changed: boolean;
}

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Where a formula's text goes when the sheet is written (no XML text holds a NUL). */
const PENDING = "<f>\u0000</f>";

/** A cell in a shared formula's block. */
const SHARED = /<f\b[^>]*\bt="shared"/;
const formulaOf = (cell: string) => /<f\b[^>]*?(?:\/>|>[\s\S]*?<\/f>)/.exec(cell)?.[0];

const ROW_RE = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL_RE = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/** "B7" -> [6, 1] (0-based). */
function cellRef(ref: string): [number, number] {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (m === null) return [-1, -1];
  return [Number(m[2]) - 1, columnIndex(m[1] as string)];
}

/** A space-separated list of ranges ("A1:B2 D4") as boxes; unreadable parts are skipped. */
export function sqrefBoxes(sqref: string): ParsedRange[] {
  const out: ParsedRange[] = [];
  for (const part of sqref.trim().split(/\s+/)) {
    if (part === "") continue;
    try {
      out.push(parseRange(part));
    } catch {
      // not an A1 range; kept as it is by the callers that compare text
    }
  }
  return out;
}

export const boxAddress = (b: ParsedRange): string =>
  b.rows === 1 && b.cols === 1
    ? `${columnLetter(b.col)}${b.row + 1}`
    : `${columnLetter(b.col)}${b.row + 1}:${columnLetter(b.col + b.cols - 1)}${b.row + b.rows}`;

export const overlaps = (a: ParsedRange, b: ParsedRange): boolean =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.col < b.col + b.cols &&
  b.col < a.col + a.cols;

export const contains = (outer: ParsedRange, b: ParsedRange): boolean =>
  b.row >= outer.row &&
  b.col >= outer.col &&
  b.row + b.rows <= outer.row + outer.rows &&
  b.col + b.cols <= outer.col + outer.cols;

/** `a` without the cells of `b`, as at most four boxes. */
export function subtract(a: ParsedRange, b: ParsedRange): ParsedRange[] {
  if (!overlaps(a, b)) return [a];
  const out: ParsedRange[] = [];
  const top = b.row - a.row;
  if (top > 0) out.push({ row: a.row, col: a.col, rows: top, cols: a.cols });
  const bottom = a.row + a.rows - (b.row + b.rows);
  if (bottom > 0) out.push({ row: b.row + b.rows, col: a.col, rows: bottom, cols: a.cols });
  const r0 = Math.max(a.row, b.row);
  const r1 = Math.min(a.row + a.rows, b.row + b.rows);
  const left = b.col - a.col;
  if (left > 0) out.push({ row: r0, col: a.col, rows: r1 - r0, cols: left });
  const right = a.col + a.cols - (b.col + b.cols);
  if (right > 0) out.push({ row: r0, col: b.col + b.cols, rows: r1 - r0, cols: right });
  return out;
}

export class Sheet extends Doc {
  /** The root's prefix for the relationships namespace ("r"), if declared. */
  readonly relPrefix: string | undefined;
  private rows: Map<number, Row> | undefined;
  private sheetDataTag = "<sheetData>";
  private cellsChanged = false;
  /** A row's attributes changed (its height) without its cells: sheetData is written again. */
  private rowsChanged = false;
  /** Formulas written by the plan, by column then row: shared again where they repeat. */
  private readonly formulas = new Map<number, Map<number, string>>();

  constructor(xml: string) {
    super(xml, ORDER);
    if (!this.rootTag.startsWith("<worksheet"))
      throw new Error("not a worksheet this writer can patch (namespace prefix)");
    this.relPrefix = this.prefixOf(NS_REL);
  }

  // ---- cells ----

  private rowMap(): Map<number, Row> {
    if (this.rows !== undefined) return this.rows;
    const rows = new Map<number, Row>();
    const data = this.element("sheetData");
    if (data !== undefined) {
      const span = rootSpan(data);
      this.sheetDataTag = startTag(data, span).replace(/\s*\/>$/, ">");
      const body = inner(data, span);
      let next = 0;
      for (const m of body.matchAll(ROW_RE)) {
        const tag = `<row${m[1] ?? ""}>`;
        const r = attrsOf(tag).r;
        const index = r === undefined ? next : Number(r) - 1;
        next = index + 1;
        rows.set(index, { raw: m[0], tag, cells: undefined, changed: false });
      }
    }
    this.rows = rows;
    return rows;
  }

  private cellsOf(row: Row, index: number): Map<number, string> {
    if (row.cells !== undefined) return row.cells;
    const cells = new Map<number, string>();
    const body = /^<row\b[^>]*?(?:\/>|>([\s\S]*)<\/row>)$/.exec(row.raw)?.[1] ?? "";
    let next = 0;
    for (const m of body.matchAll(CELL_RE)) {
      const r = attrsOf(`<c${m[1] ?? ""}>`).r;
      const col = r === undefined ? next : (cellRef(r)[1] as number);
      next = col + 1;
      // A cell without r gets one, so it keeps its place when the row is written again.
      cells.set(
        col,
        r === undefined ? m[0].replace(/^<c\b/, `<c r="${columnLetter(col)}${index + 1}"`) : m[0]
      );
    }
    row.cells = cells;
    return cells;
  }

  private row(index: number, create: boolean): Row | undefined {
    const rows = this.rowMap();
    let row = rows.get(index);
    if (row === undefined && create) {
      row = { raw: "", tag: `<row r="${index + 1}">`, cells: new Map(), changed: true };
      rows.set(index, row);
    }
    return row;
  }

  /** A row's height in points, kept as set (customHeight): Excel and LibreOffice print it so. */
  setRowHeight(index: number, points: number): void {
    const row = this.row(index, true) as Row;
    this.cellsOf(row, index);
    row.tag = setAttr(setAttr(row.tag, "ht", String(points)), "customHeight", "1");
    row.changed = true;
    this.rowsChanged = true;
  }

  /** The raw XML of a cell, if there is one. */
  cell(r: number, c: number): string | undefined {
    const row = this.row(r, false);
    return row === undefined ? undefined : this.cellsOf(row, r).get(c);
  }

  /** Set (or with undefined remove) a cell's raw XML. */
  setCell(r: number, c: number, xml: string | undefined): void {
    const row = this.row(r, xml !== undefined);
    if (row === undefined) return;
    const cells = this.cellsOf(row, r);
    const old = cells.get(c);
    // A new style keeps the formula noted; a new value or formula forgets it.
    if (old === undefined || xml === undefined || formulaOf(old) !== formulaOf(xml))
      this.formulas.get(c)?.delete(r);
    if (old !== undefined && SHARED.test(old) && formulaOf(old) !== formulaOf(xml ?? "")) {
      this.unshare(attrsOf(/<f\b[^>]*>/.exec(old)?.[0] ?? "").si ?? "");
    }
    if (xml === undefined) {
      if (!cells.has(c)) return;
      cells.delete(c);
    } else {
      if (cells.get(c) === xml) return;
      cells.set(c, xml);
    }
    row.changed = true;
    this.cellsChanged = true;
  }

  /**
   * Give every cell of a shared formula (one text for a block of cells) its own formula, so
   * that overwriting one of them — the one holding the text, above all — leaves the others
   * computing what they did.
   */
  private unshare(si: string): void {
    const group: [number, number, string][] = [];
    let master: { r: number; c: number; formula: string } | undefined;
    for (const [r, row] of this.rowMap()) {
      for (const [c, raw] of this.cellsOf(row, r)) {
        if (!SHARED.test(raw)) continue;
        const f = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(raw);
        const a = attrsOf(`<f${f?.[1] ?? ""}>`);
        if (a.si !== si) continue;
        group.push([r, c, raw]);
        if (a.ref !== undefined && (f?.[2] ?? "") !== "")
          master = { r, c, formula: unescapeXml(f?.[2] as string) };
      }
    }
    if (master === undefined) return;
    for (const [r, c, raw] of group) {
      const own = escapeXml(shiftFormula(master.formula, r - master.r, c - master.c));
      const cells = this.cellsOf(this.rowMap().get(r) as Row, r);
      cells.set(c, raw.replace(/<f\b[^>]*?(?:\/>|>[\s\S]*?<\/f>)/, `<f>${own}</f>`));
      (this.rowMap().get(r) as Row).changed = true;
    }
    this.cellsChanged = true;
  }

  /**
   * Write a formula into a cell. Its text goes into the XML when the sheet is written (once
   * per shared block), so a column of long formulas is not held twice in memory.
   */
  setFormula(r: number, c: number, style: number, formula: string): void {
    this.setCell(r, c, cellXml(`${columnLetter(c)}${r + 1}`, style, undefined, PENDING));
    let col = this.formulas.get(c);
    if (col === undefined) this.formulas.set(c, (col = new Map()));
    col.set(r, formula);
  }

  /**
   * Store the plan's formulas as Excel does when a formula is filled down: a run of cells in a
   * column whose formulas are the first one moved row by row becomes one shared formula (the
   * text once, with `ref`, and `si` on the others). A 7,000-row sheet stays a third the size.
   */
  private shareFormulas(): void {
    let si = -1;
    for (const [r, row] of this.rowMap())
      for (const raw of this.cellsOf(row, r).values())
        for (const m of raw.matchAll(/<f\b[^>]*\bsi="(\d+)"/g)) si = Math.max(si, Number(m[1]));
    for (const [c, byRow] of [...this.formulas].sort((a, b) => a[0] - b[0])) {
      const rows = [...byRow.keys()].sort((a, b) => a - b);
      let i = 0;
      while (i < rows.length) {
        const r0 = rows[i] as number;
        const f0 = byRow.get(r0) as string;
        // Rows between may hold no formula of the plan (a sasaran's heading), but never
        // another shared formula: blocks must not overlap.
        const gapFree = (from: number, to: number) => {
          for (let r = from + 1; r < to; r++) if (SHARED.test(this.cell(r, c) ?? "")) return false;
          return true;
        };
        let j = i + 1;
        while (
          j < rows.length &&
          byRow.get(rows[j] as number) === shiftFormula(f0, (rows[j] as number) - r0, 0) &&
          gapFree(rows[j - 1] as number, rows[j] as number)
        )
          j++;
        // Structured references ([Column]) are not moved like cell references: never shared.
        const shared = j - i >= 2 && !/[[\]]/.test(f0.replace(/"(?:[^"]|"")*"/g, ""));
        if (shared) si++;
        const last = rows[j - 1] as number;
        const ref = `${columnLetter(c)}${r0 + 1}:${columnLetter(c)}${last + 1}`;
        for (let k = i; k < j; k++) {
          const r = rows[k] as number;
          const cells = this.cellsOf(this.rowMap().get(r) as Row, r);
          const raw = cells.get(c) as string;
          const f = !shared
            ? `<f>${escapeXml(byRow.get(r) as string)}</f>`
            : k === i
              ? `<f t="shared" ref="${ref}" si="${si}">${escapeXml(f0)}</f>`
              : `<f t="shared" si="${si}"/>`;
          cells.set(c, raw.replace(PENDING, f));
        }
        i = j;
      }
    }
    this.formulas.clear();
  }

  /** Existing cells in a box: [row, col] pairs. */
  cellsIn(box: ParsedRange): [number, number][] {
    const out: [number, number][] = [];
    for (const [r, row] of this.rowMap()) {
      if (r < box.row || r >= box.row + box.rows) continue;
      for (const c of this.cellsOf(row, r).keys())
        if (c >= box.col && c < box.col + box.cols) out.push([r, c]);
    }
    return out;
  }

  /** The style index of a cell (0 when none). */
  styleOf(r: number, c: number): number {
    const raw = this.cell(r, c);
    if (raw === undefined) return 0;
    const s = /^<c\b[^>]*?\ss="(\d+)"/.exec(raw)?.[1];
    return s === undefined ? 0 : Number(s);
  }

  /** What a cell shows as text: its string, number or boolean, or its formula's cached result. */
  cellText(r: number, c: number, sharedStrings: () => string[]): string | undefined {
    const raw = this.cell(r, c);
    if (raw === undefined) return undefined;
    const t = /^<c\b[^>]*?\st="([^"]*)"/.exec(raw)?.[1];
    if (t === "inlineStr") {
      const is = /<is>([\s\S]*?)<\/is>/.exec(raw)?.[1] ?? "";
      return textOfRuns(is);
    }
    const v = /<v>([\s\S]*?)<\/v>/.exec(raw)?.[1];
    if (v === undefined) return undefined;
    if (t === "s") return sharedStrings()[Number(v)];
    if (t === "b") return v === "1" ? "TRUE" : "FALSE";
    return decodeOoxmlText(unescapeXml(v));
  }

  get changedCells(): boolean {
    return this.cellsChanged;
  }

  // ---- output ----

  private sheetDataXml(): string {
    const rows = this.rowMap();
    const keys = [...rows.keys()].sort((a, b) => a - b);
    let out = this.sheetDataTag;
    for (const r of keys) {
      const row = rows.get(r) as Row;
      if (!row.changed) {
        out += row.raw;
        continue;
      }
      const cells = row.cells ?? new Map<number, string>();
      let tag = setAttr(setAttr(row.tag, "spans", undefined), "r", String(r + 1));
      if (cells.size === 0) {
        // An empty row with no attributes of its own says nothing.
        if (Object.keys(attrsOf(tag)).length <= 1) continue;
        out += tag.replace(/>$/, "/>");
        continue;
      }
      tag = tag.replace(/\/>$/, ">");
      out += tag;
      for (const c of [...cells.keys()].sort((a, b) => a - b)) out += cells.get(c);
      out += "</row>";
    }
    const close = /^<([^\s/>]+)/.exec(this.sheetDataTag)?.[1] ?? "sheetData";
    return `${out}</${close}>`;
  }

  /** The used range of the cells, for <dimension>. */
  private dimension(): string {
    let r0 = Infinity;
    let r1 = -1;
    let c0 = Infinity;
    let c1 = -1;
    for (const [r, row] of this.rowMap()) {
      const cells = this.cellsOf(row, r);
      if (cells.size === 0) continue;
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
      for (const c of cells.keys()) {
        c0 = Math.min(c0, c);
        c1 = Math.max(c1, c);
      }
    }
    if (r1 < 0) return "A1";
    return boxAddress({ row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 });
  }

  override toXml(): string {
    if (this.cellsChanged) this.shareFormulas();
    if (this.cellsChanged || this.rowsChanged) {
      this.setElement("sheetData", this.sheetDataXml());
      this.setElement("dimension", `<dimension ref="${this.dimension()}"/>`);
    }
    return super.toXml();
  }
}

/** The text of a string item's runs (<t> elements), decoded. */
export function textOfRuns(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(/<t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/t>)/g))
    out += decodeOoxmlText(unescapeXml(m[1] ?? ""));
  return out;
}

/** A cell's XML. `body` is what goes inside (a <v>, <f> or <is>). */
export function cellXml(
  ref: string,
  style: number,
  type: string | undefined,
  body: string
): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  const t = type === undefined ? "" : ` t="${type}"`;
  return body === "" ? `<c r="${ref}"${s}${t}/>` : `<c r="${ref}"${s}${t}>${body}</c>`;
}

export const inlineString = (text: string, encode: (s: string) => string): string =>
  `<is><t${/^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : ""}>${escapeXml(encode(text))}</t></is>`;

export { cellRef };
