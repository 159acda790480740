/**
 * styles.xml, append-only: the formats a plan asks for are found among the existing fonts,
 * fills, borders, number formats, cell formats and differential formats, or appended after
 * them. Nothing existing is renumbered or changed, so every cell of the user's keeps its look.
 */
import type { CellFormat } from "../../core/workbook/plan";
import {
  attrsOf,
  childSpans,
  escapeAttr,
  inner,
  rootSpan,
  setAttr,
  startTag,
  type Span,
} from "./xml";

/** CT_Stylesheet's children, in schema order. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
type ListName = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";
const ITEM: Record<ListName, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
  dxfs: "dxf",
};

/** Excel's built-in number formats (those a plan may name). */
const BUILT_IN: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "# ?/?": 12,
  "# ??/??": 13,
  "mm-dd-yy": 14,
  "d-mmm-yy": 15,
  "d-mmm": 16,
  "mmm-yy": 17,
  "h:mm AM/PM": 18,
  "h:mm:ss AM/PM": 19,
  "h:mm": 20,
  "h:mm:ss": 21,
  "m/d/yy h:mm": 22,
  "#,##0 ;(#,##0)": 37,
  "#,##0 ;[Red](#,##0)": 38,
  "#,##0.00;(#,##0.00)": 39,
  "#,##0.00;[Red](#,##0.00)": 40,
  "mm:ss": 45,
  "[h]:mm:ss": 46,
  "mmss.0": 47,
  "##0.0E+0": 48,
  "@": 49,
};
const BUILT_IN_CODE = new Map(Object.entries(BUILT_IN).map(([code, id]) => [id, code]));

interface List {
  items: string[];
  /** Index of an item's text, for find-or-append. */
  index: Map<string, number>;
  added: boolean;
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** One child element's local name -> its text, in the order found. */
function parts(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of childSpans(xml, 0, xml.length)) out.set(s.name, xml.slice(s.start, s.end));
  return out;
}

const FONT_ORDER = [
  "b",
  "i",
  "strike",
  "condense",
  "extend",
  "outline",
  "shadow",
  "u",
  "vertAlign",
  "sz",
  "color",
  "name",
  "family",
  "charset",
  "scheme",
];
const BORDER_ORDER = [
  "start",
  "left",
  "end",
  "right",
  "top",
  "bottom",
  "diagonal",
  "vertical",
  "horizontal",
];

export class Styles {
  private readonly xml: string;
  private readonly root: Span;
  private readonly spans = new Map<string, Span>();
  private readonly lists = new Map<ListName, List>();
  private readonly numFmtCodes = new Map<number, string>();
  private readonly xfCache = new Map<string, number>();

  constructor(xml: string) {
    this.xml = xml;
    this.root = rootSpan(xml);
    for (const s of childSpans(xml, this.root.openEnd, this.root.closeStart))
      this.spans.set(s.name, s);
    for (const name of Object.keys(ITEM) as ListName[]) {
      const span = this.spans.get(name);
      const items =
        span === undefined
          ? []
          : childSpans(xml, span.openEnd, span.closeStart)
              .filter((c) => c.name === ITEM[name])
              .map((c) => xml.slice(c.start, c.end));
      const index = new Map<string, number>();
      items.forEach((t, i) => {
        if (!index.has(t)) index.set(t, i);
      });
      this.lists.set(name, { items, index, added: false });
    }
    for (const t of this.list("numFmts").items) {
      const a = attrsOf(t);
      this.numFmtCodes.set(Number(a.numFmtId), a.formatCode ?? "");
    }
  }

  private list(name: ListName): List {
    return this.lists.get(name) as List;
  }

  /** Index of an item with exactly this text, appended when there is none. */
  private findOrAdd(name: ListName, text: string): number {
    const list = this.list(name);
    const found = list.index.get(text);
    if (found !== undefined) return found;
    list.items.push(text);
    list.index.set(text, list.items.length - 1);
    list.added = true;
    return list.items.length - 1;
  }

  private xfAt(id: number): { tag: string; body: Map<string, string> } {
    const text = this.list("cellXfs").items[id] ?? this.list("cellXfs").items[0];
    if (text === undefined)
      return {
        tag: '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0">',
        body: new Map(),
      };
    const span = childSpans(text, 0, text.length)[0] as Span;
    return { tag: startTag(text, span), body: parts(inner(text, span)) };
  }

  private static xfText(tag: string, body: Map<string, string>): string {
    const order = ["alignment", "protection", "extLst"];
    const kids = [...order.filter((k) => body.has(k)).map((k) => body.get(k) as string)];
    const open = tag.endsWith("/>") ? `${tag.slice(0, -2).trimEnd()}>` : tag;
    return kids.length === 0 ? `${open.slice(0, -1)}/>` : `${open}${kids.join("")}</xf>`;
  }

  /** The number format code of a cell format. */
  numFmtOf(xfId: number): string {
    const id = Number(attrsOf(this.xfAt(xfId).tag).numFmtId ?? 0);
    return this.numFmtCodes.get(id) ?? BUILT_IN_CODE.get(id) ?? "General";
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    for (const [id, c] of this.numFmtCodes) if (c === code) return id;
    const id = Math.max(163, ...this.numFmtCodes.keys()) + 1;
    this.numFmtCodes.set(id, code);
    this.findOrAdd("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  /** The cell format `xfId` with another number format. */
  withNumFmt(xfId: number, code: string): number {
    const key = `n|${xfId}|${code}`;
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    const { tag, body } = this.xfAt(xfId);
    const id = this.numFmtId(code);
    let t = setAttr(tag, "numFmtId", String(id));
    t = setAttr(t, "applyNumberFormat", id === 0 ? undefined : "1");
    const out = this.findOrAdd("cellXfs", Styles.xfText(t, body));
    this.xfCache.set(key, out);
    return out;
  }

  /** The cell format `xfId` with a plan's format applied (`firstRow`: the range's top row). */
  withFormat(xfId: number, f: CellFormat, firstRow: boolean): number {
    const key = `f|${xfId}|${firstRow}|${JSON.stringify(f)}`;
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    const { tag: t0, body } = this.xfAt(xfId);
    let tag = t0;
    const a = attrsOf(tag);
    if (
      f.bold !== undefined ||
      f.italic !== undefined ||
      f.fontColor !== undefined ||
      f.fontSize !== undefined
    ) {
      const font = this.font(Number(a.fontId ?? 0), f);
      tag = setAttr(setAttr(tag, "fontId", String(font)), "applyFont", "1");
    }
    if (f.clearFill === true || f.fill !== undefined) {
      const fill =
        f.fill !== undefined
          ? `<fill><patternFill patternType="solid"><fgColor rgb="${argb(f.fill)}"/><bgColor indexed="64"/></patternFill></fill>`
          : `<fill><patternFill patternType="none"/></fill>`;
      tag = setAttr(
        setAttr(tag, "fillId", String(this.findOrAdd("fills", fill))),
        "applyFill",
        "1"
      );
    }
    if (f.border === true || (f.topRule === true && firstRow)) {
      const border = this.border(
        Number(a.borderId ?? 0),
        f.border === true,
        f.topRule === true && firstRow
      );
      tag = setAttr(setAttr(tag, "borderId", String(border)), "applyBorder", "1");
    }
    if (f.wrap !== undefined || f.horizontal !== undefined || f.vertical !== undefined) {
      let al = body.get("alignment") ?? "<alignment/>";
      if (f.horizontal !== undefined) al = setAttr(al, "horizontal", f.horizontal);
      if (f.vertical !== undefined) al = setAttr(al, "vertical", f.vertical);
      if (f.wrap !== undefined) al = setAttr(al, "wrapText", f.wrap ? "1" : undefined);
      body.set("alignment", al);
      tag = setAttr(tag, "applyAlignment", "1");
    }
    const out = this.findOrAdd("cellXfs", Styles.xfText(tag, body));
    this.xfCache.set(key, out);
    return out;
  }

  private font(fontId: number, f: CellFormat): number {
    const text = this.list("fonts").items[fontId] ?? "<font/>";
    const span = childSpans(text, 0, text.length)[0] as Span;
    const kids = parts(inner(text, span));
    if (f.bold !== undefined) f.bold ? kids.set("b", "<b/>") : kids.delete("b");
    if (f.italic !== undefined) f.italic ? kids.set("i", "<i/>") : kids.delete("i");
    if (f.fontSize !== undefined) kids.set("sz", `<sz val="${f.fontSize}"/>`);
    if (f.fontColor !== undefined) kids.set("color", `<color rgb="${argb(f.fontColor)}"/>`);
    const body = [
      ...FONT_ORDER.filter((k) => kids.has(k)).map((k) => kids.get(k)),
      ...[...kids].filter(([k]) => !FONT_ORDER.includes(k)).map(([, v]) => v),
    ].join("");
    return this.findOrAdd("fonts", body === "" ? "<font/>" : `<font>${body}</font>`);
  }

  private border(borderId: number, all: boolean, top: boolean): number {
    const text = this.list("borders").items[borderId] ?? "<border/>";
    const span = childSpans(text, 0, text.length)[0] as Span;
    const kids = parts(inner(text, span));
    const thin = (side: string) => `<${side} style="thin"><color rgb="FFBFBFBF"/></${side}>`;
    if (all) for (const side of ["left", "right", "top", "bottom"]) kids.set(side, thin(side));
    if (top) kids.set("top", `<top style="medium"><color rgb="FF1F4E79"/></top>`);
    for (const side of ["left", "right", "top", "bottom", "diagonal"])
      if (!kids.has(side)) kids.set(side, `<${side}/>`);
    const tag = startTag(text, span).replace(/\/>$/, ">");
    const body = [
      ...BORDER_ORDER.filter((k) => kids.has(k)).map((k) => kids.get(k)),
      ...[...kids].filter(([k]) => !BORDER_ORDER.includes(k)).map(([, v]) => v),
    ].join("");
    return this.findOrAdd("borders", `${tag}${body}</border>`);
  }

  /** A differential format for a conditional format's fill and font colour. */
  dxf(format: { fill?: string; fontColor?: string }): number {
    const font =
      format.fontColor === undefined ? "" : `<font><color rgb="${argb(format.fontColor)}"/></font>`;
    const fill =
      format.fill === undefined
        ? ""
        : `<fill><patternFill patternType="solid"><bgColor rgb="${argb(format.fill)}"/></patternFill></fill>`;
    return this.findOrAdd("dxfs", `<dxf>${font}${fill}</dxf>`);
  }

  /** styles.xml with what was appended (the original text when nothing was). */
  toXml(): string {
    const edits: { start: number; end: number; text: string }[] = [];
    for (const name of Object.keys(ITEM) as ListName[]) {
      const list = this.list(name);
      if (!list.added) continue;
      const span = this.spans.get(name);
      if (span !== undefined) {
        const tag = setAttr(
          startTag(this.xml, span).replace(/\s*\/>$/, ">"),
          "count",
          String(list.items.length)
        );
        const kept = span.openEnd === span.end ? "" : this.xml.slice(span.openEnd, span.closeStart);
        const original =
          span.openEnd === span.end
            ? 0
            : childSpans(this.xml, span.openEnd, span.closeStart).filter(
                (c) => c.name === ITEM[name]
              ).length;
        const qname = /^<([^\s/>]+)/.exec(tag)?.[1] ?? name;
        edits.push({
          start: span.start,
          end: span.end,
          text: `${tag}${kept}${list.items.slice(original).join("")}</${qname}>`,
        });
      } else {
        const text = `<${name} count="${list.items.length}">${list.items.join("")}</${name}>`;
        edits.push({ start: this.insertAt(name), end: this.insertAt(name), text });
      }
    }
    if (edits.length === 0) return this.xml;
    const sorted = edits.sort((a, b) => a.start - b.start);
    let out = "";
    let at = 0;
    for (const e of sorted) {
      out += this.xml.slice(at, e.start) + e.text;
      at = e.end;
    }
    return out + this.xml.slice(at);
  }

  /** Where a missing list goes: before the first present element that follows it in order. */
  private insertAt(name: ListName): number {
    const after = ORDER.slice(ORDER.indexOf(name) + 1);
    for (const next of after) {
      const span = this.spans.get(next);
      if (span !== undefined) return span.start;
    }
    return this.root.closeStart;
  }
}
