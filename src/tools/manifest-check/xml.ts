/**
 * Turns manifest text into a small element tree that remembers where each element starts.
 * fast-xml-parser's XMLValidator reports well-formedness errors with line and column; its
 * parser (preserveOrder keeps children in document order, captureMetaData gives each
 * element's start offset) builds the tree.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  name: string;
  /** Name without its prefix, e.g. "Image". */
  local: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated text content directly inside the element, trimmed. */
  text: string;
  line: number;
  column: number;
}

export type ParseResult =
  { ok: true; root: XmlElement } | { ok: false; line: number; column: number; message: string };

/** One node of preserveOrder output: `{ tagName: children[], ":@"?: attributes }` or `{ "#text": ... }`. */
type OrderedNode = Record<string, unknown>;

const ATTRS_KEY = ":@";
const TEXT_KEY = "#text";

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === "\n") starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

function toStringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) out[k] = String(v);
  }
  return out;
}

export function parseXml(source: string): ParseResult {
  const valid = XMLValidator.validate(source, { allowBooleanAttributes: false });
  if (valid !== true) {
    return { ok: false, line: valid.err.line, column: valid.err.col, message: valid.err.msg };
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    captureMetaData: true,
  });
  const meta = XMLParser.getMetaDataSymbol();
  const starts = lineStarts(source);
  const nodes = parser.parse(source) as OrderedNode[];

  const build = (node: OrderedNode): XmlElement | undefined => {
    const name = Object.keys(node).find((k) => k !== ATTRS_KEY);
    if (!name || name === TEXT_KEY || name.startsWith("?") || name.startsWith("!"))
      return undefined;
    const rawChildren = node[name];
    const childNodes = Array.isArray(rawChildren) ? (rawChildren as OrderedNode[]) : [];
    // The metadata lives on the node under a symbol key; the parser types do not describe it.
    const info = (node as unknown as Record<symbol, { startIndex?: number } | undefined>)[
      meta as symbol
    ];
    const at = position(starts, info?.startIndex ?? 0);
    const children: XmlElement[] = [];
    let text = "";
    for (const child of childNodes) {
      if (TEXT_KEY in child) text += String(child[TEXT_KEY]);
      else {
        const element = build(child);
        if (element) children.push(element);
      }
    }
    const colon = name.indexOf(":");
    return {
      name,
      local: colon >= 0 ? name.slice(colon + 1) : name,
      attrs: toStringRecord(node[ATTRS_KEY]),
      children,
      text: text.trim(),
      line: at.line,
      column: at.column,
    };
  };

  for (const node of nodes) {
    const root = build(node);
    if (root) return { ok: true, root };
  }
  return { ok: false, line: 1, column: 1, message: "no root element" };
}

/** Depth-first, document order; `visit` gets each element and its ancestors (nearest last). */
export function walk(
  root: XmlElement,
  visit: (el: XmlElement, ancestors: XmlElement[]) => void
): void {
  const go = (el: XmlElement, ancestors: XmlElement[]): void => {
    visit(el, ancestors);
    const next = [...ancestors, el];
    for (const child of el.children) go(child, next);
  };
  go(root, []);
}
