/**
 * Apply a plan to the original .xlsx package, part by part: only the parts a plan names are
 * rewritten (the add-in's sheets and tables; workbook.xml, its relationships, the content
 * types and styles.xml where something is added), and inside them only the named cells and
 * elements. Everything else — the user's sheets, charts, drawings, pivot tables, comments,
 * macros, custom XML — is written back with its original bytes.
 */
import { columnIndex, columnLetter, parseRange, type ParsedRange } from "../../core/workbook/a1";
import {
  writeGrids,
  type CellFormat,
  type Plan,
  type PlanOp,
  type Scalar,
} from "../../core/workbook/plan";
import type { ApplyReport } from "../../app/port";
import { addChart, chartNames, deleteChart } from "./charts";
import { Doc } from "./doc";
import { CONTENT_TYPE, NS, REL_TYPE, XlsxPackage } from "./package";
import {
  Sheet,
  boxAddress,
  cellXml,
  contains,
  inlineString,
  overlaps,
  sqrefBoxes,
  subtract,
  textOfRuns,
} from "./sheet";
import { Styles } from "./styles";
import {
  attrsOf,
  childSpans,
  encodeOoxmlText,
  parsePart,
  escapeAttr,
  escapeXml,
  inner,
  rootSpan,
  setAttr,
  splice,
  startTag,
  unescapeXml,
} from "./xml";

const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** A kategori colour rule as the add-in writes it: `$E5="Sangat Baik"`. */
const OWN_RULE_FORMULA = /^\$[A-Z]{1,3}\d+="(?:[^"]|"")*"$/;

interface SheetEntry {
  name: string;
  part: string;
  /** The <sheet> element's text in workbook.xml. */
  tag: string;
}

export class PackageWriter {
  private readonly workbookPart: string;
  private readonly workbook: Doc;
  private readonly relAttr: string;
  private readonly sheets: SheetEntry[];
  private readonly open = new Map<string, Sheet>();
  private styles: Styles | undefined;
  private shared: string[] | undefined;
  /** Conditional-format elements this plan added, by sheet and address (rules go together). */
  private readonly ownCf = new Map<string, number>();
  private wroteCells = false;

  constructor(private readonly pkg: XlsxPackage) {
    const office = pkg.rels("").find((r) => r.type === REL_TYPE.officeDocument);
    // Strict OOXML names the type differently; any officeDocument relationship will do.
    const main = office ?? pkg.rels("").find((r) => r.type.endsWith("/officeDocument"));
    if (main === undefined) throw new Error("no workbook part in the package");
    this.workbookPart = pkg.relTarget("", main);
    const wbPart = this.workbookPart;
    this.workbook = parsePart(wbPart, () => new Doc(pkg.read(wbPart), WORKBOOK_ORDER));
    const prefix = this.workbook.prefixOf(NS.rel);
    this.relAttr = prefix === undefined ? "r:id" : `${prefix}:id`;
    const rels = pkg.rels(this.workbookPart);
    const sheetsXml = this.workbook.element("sheets") ?? "<sheets/>";
    const root = rootSpan(sheetsXml);
    this.sheets =
      root.openEnd === root.end
        ? []
        : childSpans(sheetsXml, root.openEnd, root.closeStart)
            .filter((s) => s.name === "sheet")
            .map((s) => {
              const tag = sheetsXml.slice(s.start, s.end);
              const a = attrsOf(tag);
              const rel = rels.find((r) => r.id === a[this.relAttr]);
              return {
                name: a.name ?? "",
                part: rel === undefined ? "" : pkg.relTarget(this.workbookPart, rel),
                tag,
              };
            });
  }

  // ---- lookups ----

  charts(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const s of this.sheets) {
      if (s.part === "" || !this.pkg.has(s.part)) continue;
      const names = chartNames(this.pkg, s.part);
      if (names.length > 0) out.set(s.name, names);
    }
    return out;
  }

  private entry(name: string): SheetEntry {
    const e =
      this.sheets.find((s) => s.name === name) ??
      this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (e === undefined || e.part === "" || !this.pkg.has(e.part))
      throw new Error(`Plan refers to a missing sheet: ${name}`);
    return e;
  }

  private sheet(name: string): Sheet {
    const e = this.entry(name);
    let s = this.open.get(e.part);
    if (s === undefined) {
      s = parsePart(e.part, () => new Sheet(this.pkg.read(e.part)));
      this.open.set(e.part, s);
    }
    return s;
  }

  private style(): Styles {
    if (this.styles !== undefined) return this.styles;
    const part = this.stylesPart();
    this.styles = parsePart(part, () => new Styles(this.pkg.read(part)));
    return this.styles;
  }

  private stylesPart(): string {
    const rel = this.pkg.rels(this.workbookPart).find((r) => r.type === REL_TYPE.styles);
    if (rel !== undefined) return this.pkg.relTarget(this.workbookPart, rel);
    const part = "xl/styles.xml";
    if (!this.pkg.has(part)) this.pkg.write(part, BLANK_STYLES);
    this.pkg.addRel(this.workbookPart, REL_TYPE.styles, part);
    this.pkg.addOverride(part, CONTENT_TYPE.styles);
    return part;
  }

  private sharedStrings = (): string[] => {
    if (this.shared !== undefined) return this.shared;
    const rel = this.pkg.rels(this.workbookPart).find((r) => r.type === REL_TYPE.sharedStrings);
    const part = rel === undefined ? undefined : this.pkg.relTarget(this.workbookPart, rel);
    this.shared = [];
    if (part !== undefined && this.pkg.has(part)) {
      const xml = this.pkg.read(part);
      for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g))
        this.shared.push(textOfRuns((m[1] ?? "").replace(/<rPh\b[\s\S]*?<\/rPh>/g, "")));
    }
    return this.shared;
  };

  // ---- ops ----

  apply(plan: Plan): ApplyReport {
    let applied = 0;
    const leftOut = new Map<PlanOp["op"], number>();
    for (const op of plan.ops) {
      if (this.applyOp(op)) applied++;
      else leftOut.set(op.op, (leftOut.get(op.op) ?? 0) + 1);
    }
    this.finish();
    // No `requires`: no Excel version would help; the file writer writes every op today.
    return { applied, syncs: 0, leftOut: [...leftOut].map(([op, count]) => ({ op, count })) };
  }

  private applyOp(op: PlanOp): boolean {
    switch (op.op) {
      case "addSheet":
        this.addSheet(op.sheet, op.tabColor);
        return true;
      case "clear":
        this.clear(op.sheet, parseRange(op.address));
        return true;
      case "write":
        this.write(op);
        return true;
      case "format":
        this.format(op.sheet, parseRange(op.address), op.format);
        return true;
      case "columnWidths":
        this.columnWidths(op.sheet, op.widths);
        return true;
      case "rowHeight": {
        const box = parseRange(op.address);
        for (let r = box.row; r < box.row + box.rows; r++)
          this.sheet(op.sheet).setRowHeight(r, op.points);
        return true;
      }
      case "merge":
        this.merge(op.sheet, parseRange(op.address));
        return true;
      case "table":
        this.table(op);
        return true;
      case "deleteTable":
        this.deleteTable(op.sheet, op.name);
        return true;
      case "addTableColumns":
        this.addTableColumns(op);
        return true;
      case "addTableRows":
        this.addTableRows(op);
        return true;
      case "validation":
        this.validation(op);
        return true;
      case "conditionalFormat":
        this.conditionalFormat(op);
        return true;
      case "clearConditionalFormats":
        this.clearConditionalFormats(op.sheet, parseRange(op.address));
        return true;
      case "freeze":
        this.freeze(op.sheet, op.rows);
        return true;
      case "pageSetup":
        this.pageSetup(op);
        return true;
      case "activate":
        this.activate(op.sheet);
        return true;
      case "chart":
        addChart(
          this.pkg,
          this.entry(op.sheet).part,
          this.entry(op.sheet).name,
          this.sheet(op.sheet),
          op.chart
        );
        return true;
      case "deleteChart":
        deleteChart(this.pkg, this.entry(op.sheet).part, this.sheet(op.sheet), op.name);
        return true;
    }
  }

  private addSheet(name: string, tabColor: string | undefined): void {
    const part = this.pkg.freePath("xl/worksheets/sheet");
    const sheetPr =
      tabColor === undefined ? "" : `<sheetPr><tabColor rgb="${argb(tabColor)}"/></sheetPr>`;
    this.pkg.write(
      part,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">${sheetPr}<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
    );
    this.pkg.addOverride(part, CONTENT_TYPE.worksheet);
    const rid = this.pkg.addRel(this.workbookPart, REL_TYPE.worksheet, part);
    const ids = this.sheets.map((s) => Number(attrsOf(s.tag).sheetId ?? 0));
    const sheetId = Math.max(0, ...ids) + 1;
    const tag = `<sheet name="${escapeAttr(name)}" sheetId="${sheetId}" ${this.relAttrFor()}="${rid}"/>`;
    this.sheets.push({ name, part, tag });
    this.updateSheetsElement();
  }

  /** The r:id attribute name, declaring the namespace on the element when the root has none. */
  private relAttrFor(): string {
    return this.workbook.prefixOf(NS.rel) === undefined ? `xmlns:r="${NS.rel}" r:id` : this.relAttr;
  }

  private updateSheetsElement(): void {
    const old = this.workbook.element("sheets");
    const open =
      old === undefined ? "<sheets>" : startTag(old, rootSpan(old)).replace(/\s*\/>$/, ">");
    this.workbook.setElement("sheets", `${open}${this.sheets.map((s) => s.tag).join("")}</sheets>`);
  }

  private clear(name: string, box: ParsedRange): void {
    const ws = this.sheet(name);
    for (const [r, c] of ws.cellsIn(box)) ws.setCell(r, c, undefined);
    const merges = this.merges(ws).filter((m) => !contains(box, m));
    this.setMerges(ws, merges);
  }

  private write(op: Extract<PlanOp, { op: "write" }>): void {
    const ws = this.sheet(op.sheet);
    const box = parseRange(op.address);
    const { values, formulas } = writeGrids(op);
    for (const [grid, formula] of [
      [values, false],
      [formulas, true],
    ] as const) {
      if (grid === undefined) continue;
      for (let r = 0; r < box.rows; r++) {
        for (let c = 0; c < box.cols; c++) {
          const v = grid[r]?.[c];
          if (v === null || v === undefined) continue;
          this.setValue(ws, box.row + r, box.col + c, v, formula);
        }
      }
    }
    if (op.numberFormats !== undefined) {
      const styles = this.style();
      for (let r = 0; r < box.rows; r++) {
        for (let c = 0; c < box.cols; c++) {
          const f = op.numberFormats[r]?.[c];
          if (f === null || f === undefined) continue;
          const [row, col] = [box.row + r, box.col + c];
          this.restyle(ws, row, col, styles.withNumFmt(ws.styleOf(row, col), f));
        }
      }
    }
  }

  private setValue(ws: Sheet, r: number, c: number, v: Scalar, formula: boolean): void {
    const ref = `${columnLetter(c)}${r + 1}`;
    const s = ws.styleOf(r, c);
    let xml: string | undefined;
    if (typeof v === "string" && formula && v.startsWith("=")) {
      ws.setFormula(r, c, s, v.slice(1));
      this.wroteCells = true;
      return;
    } else if (v === "") xml = s === 0 ? undefined : cellXml(ref, s, undefined, "");
    else if (typeof v === "number")
      xml = Number.isFinite(v)
        ? cellXml(ref, s, undefined, `<v>${v}</v>`)
        : cellXml(ref, s, "e", "<v>#NUM!</v>");
    else if (typeof v === "boolean") xml = cellXml(ref, s, "b", `<v>${v ? 1 : 0}</v>`);
    else xml = cellXml(ref, s, "inlineStr", inlineString(v, encodeOoxmlText));
    ws.setCell(r, c, xml);
    this.wroteCells = true;
  }

  /** Give a cell another style, keeping its value (a cell is created when there is none). */
  private restyle(ws: Sheet, r: number, c: number, style: number): void {
    const raw = ws.cell(r, c);
    const ref = `${columnLetter(c)}${r + 1}`;
    if (raw === undefined) {
      if (style !== 0) ws.setCell(r, c, cellXml(ref, style, undefined, ""));
      return;
    }
    const tag = /^<c\b[^>]*?(\/?)>/.exec(raw)?.[0] ?? "<c>";
    const next = setAttr(tag, "s", style === 0 ? undefined : String(style));
    ws.setCell(r, c, next + raw.slice(tag.length));
  }

  private format(name: string, box: ParsedRange, f: CellFormat): void {
    const ws = this.sheet(name);
    const styles = this.style();
    for (let r = 0; r < box.rows; r++) {
      for (let c = 0; c < box.cols; c++) {
        const [row, col] = [box.row + r, box.col + c];
        this.restyle(ws, row, col, styles.withFormat(ws.styleOf(row, col), f, r === 0));
      }
    }
  }

  private columnWidths(name: string, widths: { column: string; chars: number }[]): void {
    const ws = this.sheet(name);
    const old = ws.element("cols");
    type Col = { min: number; max: number; tag: string };
    let cols: Col[] = [];
    if (old !== undefined) {
      const root = rootSpan(old);
      for (const s of childSpans(old, root.openEnd, root.closeStart)) {
        if (s.name !== "col") continue;
        const tag = old.slice(s.start, s.end);
        const a = attrsOf(tag);
        cols.push({ min: Number(a.min), max: Number(a.max), tag });
      }
    }
    for (const w of widths) {
      const n = columnIndex(w.column) + 1;
      const next: Col[] = [];
      let found: Col | undefined;
      for (const col of cols) {
        if (n < col.min || n > col.max) {
          next.push(col);
          continue;
        }
        if (col.min < n)
          next.push({ min: col.min, max: n - 1, tag: setAttr(col.tag, "max", String(n - 1)) });
        found = {
          min: n,
          max: n,
          tag: setAttr(setAttr(col.tag, "min", String(n)), "max", String(n)),
        };
        if (col.max > n)
          next.push({ min: n + 1, max: col.max, tag: setAttr(col.tag, "min", String(n + 1)) });
      }
      let tag = found?.tag ?? `<col min="${n}" max="${n}"/>`;
      tag = setAttr(setAttr(tag, "width", String(w.chars)), "customWidth", "1");
      next.push({ min: n, max: n, tag });
      cols = next.sort((a, b) => a.min - b.min);
    }
    const open = old === undefined ? "<cols>" : startTag(old, rootSpan(old));
    ws.setElement("cols", `${open}${cols.map((c) => c.tag).join("")}</cols>`);
  }

  private merges(ws: Sheet): ParsedRange[] {
    const xml = ws.element("mergeCells");
    if (xml === undefined) return [];
    const out: ParsedRange[] = [];
    for (const m of xml.matchAll(/<mergeCell\b[^>]*?\bref="([^"]*)"/g))
      out.push(...sqrefBoxes(m[1] ?? ""));
    return out;
  }

  private setMerges(ws: Sheet, merges: ParsedRange[]): void {
    const old = ws.element("mergeCells");
    const text =
      merges.length === 0
        ? undefined
        : `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${boxAddress(m)}"/>`).join("")}</mergeCells>`;
    if (old === undefined && text === undefined) return;
    // Unchanged merges keep their original text.
    if (old !== undefined && text !== undefined && sameMerges(old, merges)) return;
    ws.setElement("mergeCells", text);
  }

  private merge(name: string, box: ParsedRange): void {
    const ws = this.sheet(name);
    const merges = this.merges(ws).filter((m) => !overlaps(m, box));
    merges.push(box);
    this.setMerges(ws, merges);
  }

  // ---- tables ----

  /** The sheet's table parts: relationship id, part path, and the table's name and id. */
  private tablesOf(name: string): { rid: string; part: string; name: string; id: number }[] {
    const e = this.entry(name);
    return this.pkg
      .rels(e.part)
      .filter((r) => r.type === REL_TYPE.table && !r.external)
      .map((r) => {
        const part = this.pkg.relTarget(e.part, r);
        const tag = this.pkg.has(part)
          ? startTag(this.pkg.read(part), rootSpan(this.pkg.read(part)))
          : "";
        const a = attrsOf(tag);
        return { rid: r.id, part, name: a.name ?? "", id: Number(a.id ?? 0) };
      });
  }

  private allTableIds(): number[] {
    const ids: number[] = [];
    for (const s of this.sheets) {
      if (s.part === "" || !this.pkg.has(s.part)) continue;
      for (const t of this.tablesOf(s.name)) ids.push(t.id);
    }
    return ids;
  }

  private table(op: Extract<PlanOp, { op: "table" }>): void {
    const ws = this.sheet(op.sheet);
    const box = parseRange(op.address);
    const names: string[] = [];
    const taken = new Set<string>();
    for (let c = 0; c < box.cols; c++) {
      const text = ws.cellText(box.row, box.col + c, this.sharedStrings);
      let name = text === undefined || text.trim() === "" ? `Kolom ${c + 1}` : text;
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${text ?? "Kolom"}${n}`;
      taken.add(name.toLowerCase());
      names.push(name);
      // Excel wants each header cell to hold its column's name as text.
      const raw = ws.cell(box.row, box.col + c);
      if (
        text !== name ||
        raw === undefined ||
        /<f>/.test(raw) ||
        !/\st="(s|inlineStr|str)"/.test(raw)
      )
        this.setValue(ws, box.row, box.col + c, name, false);
    }
    const part = this.pkg.freePath("xl/tables/table");
    // The lowest free id: a table made again after its deletion gets the id it had.
    const ids = new Set(this.allTableIds());
    let id = 1;
    while (ids.has(id)) id++;
    const ref = boxAddress(box);
    const columns = names
      .map(
        (n, i) =>
          `<tableColumn id="${i + 1}" name="${escapeAttr(encodeOoxmlText(n).replace(/\n/g, "_x000a_"))}"/>`
      )
      .join("");
    this.pkg.write(
      part,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${NS.main}" id="${id}" name="${escapeAttr(op.name)}" displayName="${escapeAttr(op.name)}" ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${names.length}">${columns}</tableColumns><tableStyleInfo name="${escapeAttr(op.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
    );
    this.pkg.addOverride(part, CONTENT_TYPE.table);
    const e = this.entry(op.sheet);
    const rid = this.pkg.addRel(e.part, REL_TYPE.table, part);
    this.setTableParts(ws, [...this.tablePartIds(ws), rid]);
  }

  private tablePartIds(ws: Sheet): string[] {
    const xml = ws.element("tableParts");
    if (xml === undefined) return [];
    const root = rootSpan(xml);
    if (root.openEnd === root.end) return [];
    return childSpans(xml, root.openEnd, root.closeStart)
      .filter((s) => s.name === "tablePart")
      .map((s) => {
        const a = attrsOf(startTag(xml, s));
        const key = Object.keys(a).find((k) => k.endsWith(":id"));
        return key === undefined ? "" : (a[key] as string);
      });
  }

  private setTableParts(ws: Sheet, ids: string[]): void {
    const attr = ws.relPrefix === undefined ? `xmlns:r="${NS.rel}" r:id` : `${ws.relPrefix}:id`;
    ws.setElement(
      "tableParts",
      ids.length === 0
        ? undefined
        : `<tableParts count="${ids.length}">${ids.map((id) => `<tablePart ${attr}="${id}"/>`).join("")}</tableParts>`
    );
  }

  /** The table part of the sheet's table named `name` (any case). */
  private tablePart(sheet: string, name: string): string {
    const t = this.tablesOf(sheet).find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (t === undefined) throw new Error(`Plan refers to a missing table: ${sheet}!${name}`);
    return t.part;
  }

  /**
   * Grow a table part in place: its ref, its filter's and sort's refs widened by `rows` and
   * `cols` from the same top-left cell, `columns` appended to its column list. Everything
   * else of the part — style, totals row, filter and sort state, column formulas — stays.
   */
  private growTable(part: string, rows: number, cols: number, columns: string[]): ParsedRange {
    const xml = this.pkg.read(part);
    const root = rootSpan(xml);
    const tag = startTag(xml, root);
    const box = parseRange(attrsOf(tag).ref ?? "");
    const wider = (ref: string | undefined) => {
      if (ref === undefined) return undefined;
      const b = parseRange(ref);
      return boxAddress({ ...b, rows: b.rows + rows, cols: b.cols + cols });
    };
    const edits = [
      {
        start: root.start,
        end: root.openEnd,
        text: setAttr(tag, "ref", wider(tag.match(/\sref="([^"]*)"/)?.[1])),
      },
    ];
    for (const child of root.openEnd === root.end
      ? []
      : childSpans(xml, root.openEnd, root.closeStart)) {
      const ctag = startTag(xml, child);
      if (child.name === "autoFilter") {
        edits.push({
          start: child.start,
          end: child.openEnd,
          text: setAttr(ctag, "ref", wider(attrsOf(ctag).ref)),
        });
        // A sort inside the filter covers the data rows.
        if (child.openEnd !== child.end)
          for (const sub of childSpans(xml, child.openEnd, child.closeStart)) {
            if (sub.name !== "sortState") continue;
            const stag = startTag(xml, sub);
            edits.push({
              start: sub.start,
              end: sub.openEnd,
              text: setAttr(stag, "ref", wider(attrsOf(stag).ref)),
            });
          }
      } else if (child.name === "sortState") {
        edits.push({
          start: child.start,
          end: child.openEnd,
          text: setAttr(ctag, "ref", wider(attrsOf(ctag).ref)),
        });
      } else if (child.name === "tableColumns" && columns.length > 0) {
        const spans =
          child.openEnd === child.end ? [] : childSpans(xml, child.openEnd, child.closeStart);
        let id = Math.max(0, ...spans.map((c) => Number(attrsOf(startTag(xml, c)).id ?? 0)));
        const added = columns
          .map(
            (n) =>
              `<tableColumn id="${++id}" name="${escapeAttr(encodeOoxmlText(n).replace(/\n/g, "_x000a_"))}"/>`
          )
          .join("");
        const count = spans.length + columns.length;
        if (child.openEnd === child.end)
          edits.push({
            start: child.start,
            end: child.end,
            text: `${setAttr(ctag, "count", String(count)).replace(/\s*\/>$/, ">")}${added}</tableColumns>`,
          });
        else {
          edits.push({
            start: child.start,
            end: child.openEnd,
            text: setAttr(ctag, "count", String(count)),
          });
          edits.push({ start: child.closeStart, end: child.closeStart, text: added });
        }
      }
    }
    this.pkg.write(part, splice(xml, edits));
    return box;
  }

  private addTableColumns(op: Extract<PlanOp, { op: "addTableColumns" }>): void {
    const ws = this.sheet(op.sheet);
    const box = this.growTable(this.tablePart(op.sheet, op.name), 0, op.headers.length, op.headers);
    // Excel wants each header cell to hold its column's name as text.
    op.headers.forEach((h, i) => this.setValue(ws, box.row, box.col + box.cols + i, h, false));
  }

  private addTableRows(op: Extract<PlanOp, { op: "addTableRows" }>): void {
    const ws = this.sheet(op.sheet);
    const part = this.tablePart(op.sheet, op.name);
    const totals = Number(
      attrsOf(startTag(this.pkg.read(part), rootSpan(this.pkg.read(part)))).totalsRowCount ?? 0
    );
    // Rows go above a totals row: the file writer does not move cells, so it refuses.
    if (totals > 0) throw new Error(`Rows cannot be added above ${op.name}'s totals row`);
    const box = this.growTable(part, op.values.length, 0, []);
    op.values.forEach((row, r) =>
      row.forEach((v, c) => this.setValue(ws, box.row + box.rows + r, box.col + c, v, true))
    );
  }

  private deleteTable(sheet: string, name: string): void {
    const ws = this.sheet(sheet);
    const e = this.entry(sheet);
    const t = this.tablesOf(sheet).find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (t === undefined) return;
    this.pkg.remove(t.part);
    this.pkg.remove(
      `${t.part.slice(0, t.part.lastIndexOf("/") + 1)}_rels/${t.part.slice(t.part.lastIndexOf("/") + 1)}.rels`
    );
    this.pkg.removeOverride(t.part);
    this.pkg.removeRel(e.part, t.rid);
    this.setTableParts(
      ws,
      this.tablePartIds(ws).filter((id) => id !== t.rid)
    );
  }

  // ---- validation, conditional formats ----

  private validation(op: Extract<PlanOp, { op: "validation" }>): void {
    const ws = this.sheet(op.sheet);
    const box = parseRange(op.address);
    const old = ws.element("dataValidations");
    const kept: string[] = [];
    let open = "<dataValidations>";
    if (old !== undefined) {
      const root = rootSpan(old);
      open = startTag(old, root).replace(/\s*\/>$/, ">");
      if (root.openEnd !== root.end) {
        for (const s of childSpans(old, root.openEnd, root.closeStart)) {
          const text = old.slice(s.start, s.end);
          if (s.name !== "dataValidation") {
            kept.push(text);
            continue;
          }
          const tag = startTag(old, s);
          const boxes = sqrefBoxes(attrsOf(tag).sqref ?? "");
          if (!boxes.some((b) => overlaps(b, box))) {
            kept.push(text);
            continue;
          }
          const rest = boxes.flatMap((b) => subtract(b, box));
          if (rest.length > 0)
            kept.push(
              setAttr(tag, "sqref", rest.map(boxAddress).join(" ")) + text.slice(tag.length)
            );
        }
      }
    }
    const rule = op.rule;
    const attrs = [
      `type="${rule.type === "list" ? "list" : rule.type === "decimal" ? "decimal" : "whole"}"`,
      ...(rule.type === "list" ? [] : ['operator="between"']),
      'allowBlank="1"',
      ...(op.prompt !== undefined ? ['showInputMessage="1"'] : []),
      ...(op.error !== undefined
        ? ['showErrorMessage="1"', 'errorTitle="Kinerja"', `error="${escapeAttr(op.error)}"`]
        : []),
      ...(op.prompt !== undefined ? [`prompt="${escapeAttr(op.prompt)}"`] : []),
      `sqref="${boxAddress(box)}"`,
    ].join(" ");
    const formulas =
      rule.type === "list"
        ? `<formula1>${escapeXml(`"${rule.items.join(",")}"`)}</formula1>`
        : `<formula1>${rule.min}</formula1><formula2>${rule.max}</formula2>`;
    kept.push(`<dataValidation ${attrs}>${formulas}</dataValidation>`);
    const count = kept.filter((k) => k.startsWith("<dataValidation ")).length;
    ws.setElement(
      "dataValidations",
      `${setAttr(open, "count", String(count))}${kept.join("")}</dataValidations>`
    );
  }

  /** The highest conditional-format priority on the sheet (old and Excel 2010 rules). */
  private maxPriority(ws: Sheet): number {
    let max = 0;
    for (const c of ws.children) {
      if (c.name !== "conditionalFormatting" && c.name !== "extLst") continue;
      for (const m of c.text.matchAll(/<(?:[A-Za-z0-9]+:)?cfRule\b[^>]*?\spriority="(\d+)"/g))
        max = Math.max(max, Number(m[1]));
    }
    return max;
  }

  private conditionalFormat(op: Extract<PlanOp, { op: "conditionalFormat" }>): void {
    const ws = this.sheet(op.sheet);
    const dxf = this.style().dxf(op.format);
    const address = boxAddress(parseRange(op.address));
    const rule = `<cfRule type="expression" dxfId="${dxf}" priority="${this.maxPriority(ws) + 1}"><formula>${escapeXml(op.formula.replace(/^=/, ""))}</formula></cfRule>`;
    const key = `${this.entry(op.sheet).part}|${address}`;
    const own = this.ownCf.get(key);
    const at =
      own === undefined
        ? -1
        : ws.children.findIndex((c, i) => i === own && c.name === "conditionalFormatting");
    if (at >= 0) {
      const child = ws.children[at] as { name: string; text: string };
      child.text = child.text.replace(
        /<\/conditionalFormatting>$/,
        `${rule}</conditionalFormatting>`
      );
      return;
    }
    const text = `<conditionalFormatting sqref="${address}">${rule}</conditionalFormatting>`;
    let index = -1;
    ws.children.forEach((c, i) => {
      if (c.name === "conditionalFormatting") index = i + 1;
    });
    if (index < 0) index = ws.insertIndex("conditionalFormatting");
    ws.children.splice(index, 0, { name: "conditionalFormatting", text });
    // Indexes of later elements moved: forget the others of this sheet.
    for (const k of [...this.ownCf.keys()])
      if (k.startsWith(`${this.entry(op.sheet).part}|`)) this.ownCf.delete(k);
    this.ownCf.set(key, index);
  }

  /**
   * Remove the add-in's own kategori rules (an expression `$E5="label"`) from the conditional
   * formats that lie within the range. A user's rule — any other type or formula, or one that
   * reaches outside the range — stays.
   */
  private clearConditionalFormats(name: string, box: ParsedRange): void {
    const ws = this.sheet(name);
    this.ownCf.clear();
    for (let i = ws.children.length - 1; i >= 0; i--) {
      const child = ws.children[i] as { name: string; text: string };
      if (child.name !== "conditionalFormatting") continue;
      const xml = child.text.trimStart();
      const root = rootSpan(xml);
      const boxes = sqrefBoxes(attrsOf(startTag(xml, root)).sqref ?? "");
      if (boxes.length === 0 || !boxes.every((b) => contains(box, b))) continue;
      if (root.openEnd === root.end) continue;
      const rules = childSpans(xml, root.openEnd, root.closeStart);
      const own = rules.filter((s) => s.name === "cfRule" && isOwnRule(xml.slice(s.start, s.end)));
      if (own.length === 0) continue;
      if (own.length === rules.length) {
        ws.children.splice(i, 1);
        continue;
      }
      let text = xml;
      for (const s of [...own].reverse()) text = text.slice(0, s.start) + text.slice(s.end);
      child.text = child.text.slice(0, child.text.length - xml.length) + text;
    }
  }

  // ---- views and printing ----

  private freeze(name: string, rows: number): void {
    const ws = this.sheet(name);
    const old =
      ws.element("sheetViews") ?? '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
    const root = rootSpan(old);
    const views = childSpans(old, root.openEnd, root.closeStart);
    const view = views.find((v) => v.name === "sheetView");
    if (view === undefined) return;
    const kids =
      view.openEnd === view.end
        ? []
        : childSpans(old, view.openEnd, view.closeStart).filter(
            (k) => k.name !== "pane" && k.name !== "selection"
          );
    const cell = `A${rows + 1}`;
    const pane =
      rows > 0
        ? `<pane ySplit="${rows}" topLeftCell="${cell}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${cell}" sqref="${cell}"/>`
        : "";
    const tag = startTag(old, view).replace(/\s*\/>$/, ">");
    const text = `${tag}${pane}${kids.map((k) => old.slice(k.start, k.end)).join("")}</sheetView>`;
    ws.setElement("sheetViews", old.slice(0, view.start) + text + old.slice(view.end));
  }

  private sheetPrChild(
    ws: Sheet,
    name: "tabColor" | "outlinePr" | "pageSetUpPr",
    text: string
  ): void {
    const order = ["tabColor", "outlinePr", "pageSetUpPr"];
    const old = ws.element("sheetPr") ?? "<sheetPr/>";
    const root = rootSpan(old);
    const kids = root.openEnd === root.end ? [] : childSpans(old, root.openEnd, root.closeStart);
    const map = new Map(kids.map((k) => [k.name, old.slice(k.start, k.end)]));
    const existing = map.get(name);
    map.set(name, existing === undefined ? text : mergeAttrs(existing, text));
    const body = [
      ...order.filter((k) => map.has(k)).map((k) => map.get(k)),
      ...[...map].filter(([k]) => !order.includes(k)).map(([, v]) => v),
    ].join("");
    const tag = startTag(old, root).replace(/\s*\/>$/, ">");
    ws.setElement("sheetPr", `${tag}${body}</sheetPr>`);
  }

  private pageSetup(op: Extract<PlanOp, { op: "pageSetup" }>): void {
    const ws = this.sheet(op.sheet);
    let tag = ws.element("pageSetup") ?? "<pageSetup/>";
    tag = setAttr(tag, "paperSize", "9");
    tag = setAttr(tag, "orientation", op.orientation);
    tag = setAttr(tag, "fitToWidth", "1");
    tag = setAttr(tag, "fitToHeight", "0");
    ws.setElement("pageSetup", tag);
    this.sheetPrChild(ws, "pageSetUpPr", `<pageSetUpPr fitToPage="${op.fitToWidth ? 1 : 0}"/>`);
    const m = op.margins;
    if (m !== undefined)
      ws.setElement(
        "pageMargins",
        `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="0.3" footer="0.3"/>`
      );
    else if (ws.element("pageMargins") === undefined)
      ws.setElement(
        "pageMargins",
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
      );
    if (op.centerHorizontally !== undefined) {
      let p = ws.element("printOptions") ?? "<printOptions/>";
      p = setAttr(p, "horizontalCentered", op.centerHorizontally ? "1" : "0");
      ws.setElement("printOptions", p);
    }
    if (op.header !== undefined || op.footer !== undefined) {
      const old = ws.element("headerFooter") ?? "<headerFooter/>";
      const root = rootSpan(old);
      const kids = root.openEnd === root.end ? [] : childSpans(old, root.openEnd, root.closeStart);
      const map = new Map(kids.map((k) => [k.name, old.slice(k.start, k.end)]));
      if (op.header !== undefined)
        map.set("oddHeader", `<oddHeader>${escapeXml(op.header)}</oddHeader>`);
      if (op.footer !== undefined)
        map.set("oddFooter", `<oddFooter>${escapeXml(op.footer)}</oddFooter>`);
      const order = [
        "oddHeader",
        "oddFooter",
        "evenHeader",
        "evenFooter",
        "firstHeader",
        "firstFooter",
      ];
      const body = order
        .filter((k) => map.has(k))
        .map((k) => map.get(k))
        .join("");
      const tag2 = startTag(old, root).replace(/\s*\/>$/, ">");
      ws.setElement("headerFooter", `${tag2}${body}</headerFooter>`);
    }
    if (op.printTitleRows !== undefined) {
      const index = this.sheets.indexOf(this.entry(op.sheet));
      const e = this.entry(op.sheet);
      const quoted = `'${e.name.replace(/'/g, "''")}'`;
      this.definedName("_xlnm.Print_Titles", index, `${quoted}!${op.printTitleRows}`);
    }
    if (op.printArea !== undefined) {
      const index = this.sheets.indexOf(this.entry(op.sheet));
      const quoted = `'${this.entry(op.sheet).name.replace(/'/g, "''")}'`;
      const absolute = op.printArea.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      this.definedName("_xlnm.Print_Area", index, `${quoted}!${absolute}`);
    }
  }

  private definedName(name: string, localSheetId: number, value: string): void {
    const old = this.workbook.element("definedNames");
    const el = `<definedName name="${name}" localSheetId="${localSheetId}">${escapeXml(value)}</definedName>`;
    if (old === undefined) {
      this.workbook.setElement("definedNames", `<definedNames>${el}</definedNames>`);
      return;
    }
    const root = rootSpan(old);
    const kids = root.openEnd === root.end ? [] : childSpans(old, root.openEnd, root.closeStart);
    const same = kids.find((k) => {
      const a = attrsOf(startTag(old, k));
      return (
        a.name?.toLowerCase() === name.toLowerCase() && a.localSheetId === String(localSheetId)
      );
    });
    if (same !== undefined) {
      if (unescapeXml(inner(old, same)) === value) return;
      this.workbook.setElement("definedNames", old.slice(0, same.start) + el + old.slice(same.end));
      return;
    }
    // Excel keeps defined names sorted; a new one goes after those that sort before it.
    const after = kids.filter(
      (k) => (attrsOf(startTag(old, k)).name ?? "").toLowerCase() <= name.toLowerCase()
    );
    const at = after.length === 0 ? root.openEnd : (after[after.length - 1] as { end: number }).end;
    const open = root.openEnd === root.end ? "<definedNames>" : "";
    const text =
      root.openEnd === root.end
        ? `${open}${el}</definedNames>`
        : old.slice(0, at) + el + old.slice(at);
    this.workbook.setElement("definedNames", text);
  }

  private activate(name: string): void {
    const target = this.entry(name);
    const index = this.sheets.indexOf(target);
    const views = this.workbook.element("bookViews") ?? "<bookViews><workbookView/></bookViews>";
    const root = rootSpan(views);
    const first = childSpans(views, root.openEnd, root.closeStart).find(
      (s) => s.name === "workbookView"
    );
    if (first !== undefined) {
      let tag = startTag(views, first);
      tag = setAttr(tag, "activeTab", index === 0 ? undefined : String(index));
      const firstSheet = Number(attrsOf(tag).firstSheet ?? 0);
      if (firstSheet > index) tag = setAttr(tag, "firstSheet", undefined);
      this.workbook.setElement(
        "bookViews",
        views.slice(0, first.start) + tag + views.slice(first.openEnd)
      );
    }
    // One selected tab: two would group the sheets, and typing would change both.
    for (const s of this.sheets) {
      if (s.part === "" || !this.pkg.has(s.part)) continue;
      const selected = s === target;
      const text = this.pkg.read(s.part);
      if (!selected && !/\btabSelected="(1|true)"/.test(text)) continue;
      const ws = this.sheet(s.name);
      const old =
        ws.element("sheetViews") ?? '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
      const r = rootSpan(old);
      const view = childSpans(old, r.openEnd, r.closeStart).find((v) => v.name === "sheetView");
      if (view === undefined) continue;
      const tag = setAttr(startTag(old, view), "tabSelected", selected ? "1" : undefined);
      ws.setElement("sheetViews", old.slice(0, view.start) + tag + old.slice(view.openEnd));
    }
  }

  // ---- finish ----

  private finish(): void {
    for (const [part, ws] of this.open) this.pkg.write(part, ws.toXml());
    if (this.styles !== undefined) this.pkg.write(this.stylesPart(), this.styles.toXml());
    if (this.wroteCells || [...this.open.values()].some((ws) => ws.changedCells)) {
      // Formulas are written without results: the spreadsheet computes them on opening.
      const calc = this.workbook.element("calcPr") ?? "<calcPr/>";
      this.workbook.setElement("calcPr", setAttr(calc, "fullCalcOnLoad", "1"));
      this.dropCalcChain();
    }
    this.pkg.write(this.workbookPart, this.workbook.toXml());
  }

  /**
   * The calculation chain lists formula cells in the order last computed; with cells changed
   * it is out of date, and Excel rebuilds it when it is missing.
   */
  private dropCalcChain(): void {
    const rel = this.pkg.rels(this.workbookPart).find((r) => r.type === REL_TYPE.calcChain);
    if (rel === undefined) return;
    const part = this.pkg.relTarget(this.workbookPart, rel);
    this.pkg.remove(part);
    this.pkg.removeOverride(part);
    this.pkg.removeRel(this.workbookPart, rel.id);
  }
}

function isOwnRule(rule: string): boolean {
  const tag = /^<cfRule\b[^>]*>/.exec(rule)?.[0] ?? "";
  if (attrsOf(tag).type !== "expression") return false;
  const formulas = [...rule.matchAll(/<formula>([\s\S]*?)<\/formula>/g)].map((m) =>
    unescapeXml(m[1] ?? "")
  );
  return formulas.length === 1 && OWN_RULE_FORMULA.test(formulas[0] as string);
}

function sameMerges(old: string, merges: ParsedRange[]): boolean {
  const refs = [...old.matchAll(/<mergeCell\b[^>]*?\bref="([^"]*)"/g)].map((m) => m[1]);
  return (
    refs.length === merges.length &&
    refs.every((r, i) => r === boxAddress(merges[i] as ParsedRange))
  );
}

/** An element's attributes with another's set over them. */
function mergeAttrs(existing: string, update: string): string {
  let tag = existing;
  for (const [k, v] of Object.entries(attrsOf(update))) tag = setAttr(tag, k, v);
  return tag;
}

export const BLANK_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

/** An empty workbook package (no sheets yet: the plan adds them). */
export function blankPackage(): XlsxPackage {
  return XlsxPackage.fromParts({
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${NS.types}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="${REL_TYPE.officeDocument}" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    "docProps/app.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Kinerja</Application></Properties>`,
    "docProps/core.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Kinerja</dc:creator></cp:coreProperties>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><bookViews><workbookView/></bookViews><sheets/><calcPr calcId="191029"/></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="${REL_TYPE.styles}" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": BLANK_STYLES,
  });
}

/** Apply a plan to a package (changed in place); report what the file writer cannot do. */
/** The charts on each sheet, by sheet name (exceljs does not read charts). */
export function packageCharts(pkg: XlsxPackage): Map<string, string[]> {
  return new PackageWriter(pkg).charts();
}

export function applyPlanToPackage(pkg: XlsxPackage, plan: Plan): ApplyReport {
  return new PackageWriter(pkg).apply(plan);
}
