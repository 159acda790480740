/**
 * Just enough XML for patching OOXML parts as text: find an element's direct children as
 * spans of the original string, read and set attributes of a start tag, escape text. Every
 * byte outside what is changed stays as it was.
 */

export interface Span {
  /** Local name (without a namespace prefix). */
  name: string;
  /** Offset of "<" of the start tag. */
  start: number;
  /** Offset just after the element's end. */
  end: number;
  /** Offset just after the start tag's ">". */
  openEnd: number;
  /** Offset of the end tag's "<" (equal to `end` for an empty element). */
  closeStart: number;
}

/** Thrown when a part is not XML this writer can patch; the command reports it. */
export class PartError extends Error {
  constructor(
    readonly part: string,
    readonly detail: string
  ) {
    super(`${part}: ${detail}`);
    this.name = "PartError";
  }
}

/** Parse a part, naming it in the error when it is not XML this writer can patch. */
export function parsePart<T>(part: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof PartError) throw error;
    throw new PartError(part, error instanceof Error ? error.message : String(error));
  }
}

const localName = (qname: string) => qname.slice(qname.indexOf(":") + 1);

/** End of the tag opened at `lt` (offset after ">"), skipping quoted attribute values. */
function tagEnd(xml: string, lt: number): number {
  let quote = "";
  for (let i = lt + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote !== "") {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return i + 1;
  }
  throw new Error("unterminated tag");
}

/** Skip a comment, processing instruction, CDATA or doctype at `lt`; -1 if it is a tag. */
function skipSpecial(xml: string, lt: number): number {
  if (xml.startsWith("<!--", lt)) return endOf(xml, "-->", lt);
  if (xml.startsWith("<![CDATA[", lt)) return endOf(xml, "]]>", lt);
  if (xml.startsWith("<?", lt)) return endOf(xml, "?>", lt);
  if (xml.startsWith("<!", lt)) return tagEnd(xml, lt);
  return -1;
}

function endOf(xml: string, marker: string, from: number): number {
  const i = xml.indexOf(marker, from);
  if (i < 0) throw new Error(`unterminated ${marker}`);
  return i + marker.length;
}

/** The direct child elements between `from` and `to` (the inside of one element). */
export function childSpans(xml: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let i = from;
  let depth = 0;
  let current: { name: string; start: number; openEnd: number } | undefined;
  while (i < to) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= to) break;
    const special = skipSpecial(xml, lt);
    if (special >= 0) {
      i = special;
      continue;
    }
    const gt = tagEnd(xml, lt);
    const closing = xml[lt + 1] === "/";
    const selfClosing = !closing && xml[gt - 2] === "/";
    if (closing) {
      depth--;
      if (depth === 0 && current !== undefined) {
        out.push({ ...current, end: gt, closeStart: lt });
        current = undefined;
      }
    } else {
      if (depth === 0) {
        const name = localName(/^<([^\s/>]+)/.exec(xml.slice(lt, gt))?.[1] ?? "");
        if (selfClosing) out.push({ name, start: lt, end: gt, openEnd: gt, closeStart: gt });
        else current = { name, start: lt, openEnd: gt };
      }
      if (!selfClosing) depth++;
    }
    i = gt;
  }
  if (depth !== 0) throw new Error("unbalanced elements");
  return out;
}

/** The document's root element. */
export function rootSpan(xml: string): Span {
  const spans = childSpans(xml, 0, xml.length);
  const root = spans[0];
  if (root === undefined) throw new Error("no root element");
  return root;
}

/** The start tag of a span. */
export const startTag = (xml: string, s: Span): string => xml.slice(s.start, s.openEnd);
/** The inside of a span ("" for an empty element). */
export const inner = (xml: string, s: Span): string =>
  s.openEnd === s.end ? "" : xml.slice(s.openEnd, s.closeStart);

const ATTR = /([^\s=/<>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Attributes of a start tag, values unescaped. */
export function attrsOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const head = tag.replace(/^<[^\s/>]+/, "");
  for (const m of head.matchAll(ATTR)) out[m[1] as string] = unescapeXml(m[3] ?? m[4] ?? "");
  return out;
}

export const attrOf = (tag: string, name: string): string | undefined => attrsOf(tag)[name];

/** The start tag with one attribute set (appended when new) or removed (undefined). */
export function setAttr(tag: string, name: string, value: string | undefined): string {
  const re = new RegExp(`(\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (re.test(tag)) {
    return value === undefined
      ? tag.replace(new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`), "")
      : tag.replace(re, `$1${name}="${escapeAttr(value)}"`);
  }
  if (value === undefined) return tag;
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  const before = tag.slice(0, close);
  const space = /\s$/.test(before) ? "" : " ";
  return `${before}${space}${name}="${escapeAttr(value)}"${tag.slice(close)}`;
}

/** Escape text content. */
export const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Escape an attribute value (line breaks kept as character references). */
export const escapeAttr = (s: string): string =>
  escapeXml(s)
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");

export function unescapeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/**
 * Text as OOXML stores it in cells and names: characters XML cannot carry become _xHHHH_,
 * and a literal "_xHHHH_" is protected so it is not read as one.
 */
export function encodeOoxmlText(s: string): string {
  return (
    s
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
      // eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 cannot carry
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (ch) => {
        return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
      })
  );
}

export function decodeOoxmlText(s: string): string {
  if (!s.includes("_x")) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

/**
 * Replace spans of `xml` (non-overlapping, any order) with new text; null removes one.
 * Inserts are spans with start === end.
 */
export function splice(xml: string, edits: { start: number; end: number; text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let at = 0;
  for (const e of sorted) {
    out += xml.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + xml.slice(at);
}
