/**
 * An OOXML package as its parts: unzipped once, parts read and replaced as text, zipped again
 * in the original order. A part nobody replaced is written back with its original bytes.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { attrsOf, childSpans, escapeAttr, parsePart, rootSpan, splice, startTag } from "./xml";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

export const REL_TYPE = {
  worksheet: `${NS.rel}/worksheet`,
  table: `${NS.rel}/table`,
  styles: `${NS.rel}/styles`,
  sharedStrings: `${NS.rel}/sharedStrings`,
  calcChain: `${NS.rel}/calcChain`,
  officeDocument: `${NS.rel}/officeDocument`,
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part ("../tables/table1.xml"). */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** The path of `part` relative to the folder of `source`. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array(from.length - common).fill(".."), ...to.slice(common)].join("/");
}

export class XlsxPackage {
  private readonly bytes: Map<string, Uint8Array>;
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();
  /** Paths in zip order; new parts are appended. */
  private readonly order: string[];

  private constructor(files: Map<string, Uint8Array>) {
    this.bytes = files;
    this.order = [...files.keys()];
  }

  static fromZip(data: Uint8Array): XlsxPackage {
    const files = unzipSync(data);
    return new XlsxPackage(new Map(Object.entries(files)));
  }

  static fromParts(parts: Record<string, string>): XlsxPackage {
    const pkg = new XlsxPackage(new Map());
    for (const [path, text] of Object.entries(parts)) pkg.write(path, text);
    return pkg;
  }

  /**
   * The stored name of a part: part names are case-insensitive (OPC), and some writers
   * reference "Sheet1.xml" while naming its relationships "sheet1.xml.rels".
   */
  private name(path: string): string {
    if (this.texts.has(path) || this.bytes.has(path)) return path;
    const lower = path.toLowerCase();
    for (const p of this.order)
      if (p.toLowerCase() === lower && (this.texts.has(p) || this.bytes.has(p))) return p;
    return path;
  }

  has(path: string): boolean {
    const p = this.name(path);
    return this.texts.has(p) || this.bytes.has(p);
  }

  paths(): string[] {
    return this.order.filter((p) => this.has(p));
  }

  /** A part as text (UTF-8; a byte-order mark is kept out of the text and put back on write). */
  read(name: string): string {
    const path = this.name(name);
    const cached = this.texts.get(path);
    if (cached !== undefined) return cached;
    const data = this.bytes.get(path);
    if (data === undefined) throw new Error(`missing part ${path}`);
    const text = strFromU8(data);
    this.texts.set(path, text);
    return text;
  }

  /** Replace (or create) a part. Writing the same text back leaves it unchanged. */
  write(name: string, text: string): void {
    const path = this.name(name);
    if (this.has(path) && this.read(path) === text) return;
    if (!this.has(path) && !this.order.includes(path)) this.order.push(path);
    this.texts.set(path, text);
    this.changed.add(path);
  }

  remove(name: string): void {
    const path = this.name(name);
    this.texts.delete(path);
    this.bytes.delete(path);
    this.changed.delete(path);
  }

  /** The original bytes of a part, or its new text encoded. */
  data(name: string): Uint8Array | undefined {
    const path = this.name(name);
    if (this.changed.has(path)) return strToU8(this.texts.get(path) as string);
    return this.bytes.get(path);
  }

  isChanged(path: string): boolean {
    return this.changed.has(path);
  }

  toZip(): Uint8Array {
    const files: Zippable = {};
    for (const path of this.paths()) files[path] = this.data(path) as Uint8Array;
    return zipSync(files, { level: 6 });
  }

  // ---- relationships ----

  rels(source: string): Relationship[] {
    const path = relsPathOf(source);
    if (!this.has(path)) return [];
    const xml = this.read(path);
    const spans = parsePart(path, () => {
      const root = rootSpan(xml);
      return childSpans(xml, root.openEnd, root.closeStart);
    });
    return spans
      .filter((s) => s.name === "Relationship")
      .map((s) => {
        const a = attrsOf(startTag(xml, s));
        return {
          id: a.Id ?? "",
          type: a.Type ?? "",
          target: a.Target ?? "",
          external: a.TargetMode === "External",
        };
      });
  }

  /** The part a relationship points to. */
  relTarget(source: string, rel: Relationship): string {
    return resolveTarget(source, rel.target);
  }

  /** Add a relationship from `source` to `part`; returns its new id (the lowest free rIdN). */
  addRel(source: string, type: string, part: string): string {
    const path = relsPathOf(source);
    const taken = new Set(this.rels(source).map((r) => r.id));
    let n = 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const el = `<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(relativeTarget(source, part))}"/>`;
    if (!this.has(path)) {
      this.write(
        path,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}">${el}</Relationships>`
      );
    } else {
      const xml = this.read(path);
      const root = rootSpan(xml);
      this.write(path, insertAtEnd(xml, root, el));
    }
    return id;
  }

  /** Remove a relationship of `source` by id (the rels part goes when it is empty). */
  removeRel(source: string, id: string): void {
    const path = relsPathOf(source);
    if (!this.has(path)) return;
    const xml = this.read(path);
    const root = rootSpan(xml);
    const spans = childSpans(xml, root.openEnd, root.closeStart).filter(
      (s) => s.name === "Relationship"
    );
    const gone = spans.filter((s) => attrsOf(startTag(xml, s)).Id === id);
    if (gone.length === 0) return;
    if (gone.length === spans.length && spans.length > 0) {
      this.remove(path);
      return;
    }
    this.write(
      path,
      splice(
        xml,
        gone.map((s) => ({ start: s.start, end: s.end, text: "" }))
      )
    );
  }

  // ---- content types ----

  /** Declare a part's content type (an Override), unless it is already declared so. */
  addOverride(part: string, contentType: string): void {
    const path = "[Content_Types].xml";
    const xml = this.read(path);
    const root = parsePart(path, () => rootSpan(xml));
    const spans = parsePart(path, () => childSpans(xml, root.openEnd, root.closeStart));
    for (const s of spans) {
      const a = attrsOf(startTag(xml, s));
      if (s.name === "Override" && a.PartName?.toLowerCase() === `/${part}`.toLowerCase()) return;
    }
    this.write(
      path,
      insertAtEnd(
        xml,
        root,
        `<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(contentType)}"/>`
      )
    );
  }

  removeOverride(part: string): void {
    const path = "[Content_Types].xml";
    const xml = this.read(path);
    const root = rootSpan(xml);
    const gone = childSpans(xml, root.openEnd, root.closeStart).filter(
      (s) =>
        s.name === "Override" &&
        attrsOf(startTag(xml, s)).PartName?.toLowerCase() === `/${part}`.toLowerCase()
    );
    if (gone.length > 0)
      this.write(
        path,
        splice(
          xml,
          gone.map((s) => ({ start: s.start, end: s.end, text: "" }))
        )
      );
  }

  /** The first free path "prefix{N}.xml" (N from 1). */
  freePath(prefix: string): string {
    const taken = new Set(this.paths().map((p) => p.toLowerCase()));
    let n = 1;
    while (taken.has(`${prefix}${n}.xml`.toLowerCase())) n++;
    return `${prefix}${n}.xml`;
  }
}

/** Insert `text` as the last child of `root` (an empty element is opened up). */
export function insertAtEnd(
  xml: string,
  root: { openEnd: number; closeStart: number; end: number; start: number; name: string },
  text: string
): string {
  if (root.openEnd === root.end) {
    const tag = xml.slice(root.start, root.end);
    const open = `${tag.slice(0, -2).trimEnd()}>`;
    const qname = /^<([^\s/>]+)/.exec(tag)?.[1] ?? root.name;
    return `${xml.slice(0, root.start)}${open}${text}</${qname}>${xml.slice(root.end)}`;
  }
  return `${xml.slice(0, root.closeStart)}${text}${xml.slice(root.closeStart)}`;
}
