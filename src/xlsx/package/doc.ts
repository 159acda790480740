/**
 * An XML part as its root's direct children, each kept as its original text (with the
 * whitespace before it): a child can be replaced, inserted in schema order or removed, and
 * everything else is written back byte for byte.
 */
import { childSpans, rootSpan, startTag } from "./xml";

export interface Child {
  name: string;
  /** The element's text, with the whitespace that preceded it in the original. */
  text: string;
}

export class Doc {
  readonly children: Child[];
  readonly rootTag: string;
  private readonly head: string;
  private readonly tail: string;

  constructor(
    xml: string,
    /** The root's children in schema order (unknown ones stay where they are). */
    private readonly order: readonly string[]
  ) {
    const root = rootSpan(xml);
    if (root.openEnd === root.end) throw new Error(`empty <${root.name}> element`);
    this.rootTag = startTag(xml, root);
    let at = root.openEnd;
    this.children = childSpans(xml, root.openEnd, root.closeStart).map((s) => {
      const child = { name: s.name, text: xml.slice(at, s.end) };
      at = s.end;
      return child;
    });
    this.head = xml.slice(0, root.openEnd);
    this.tail = xml.slice(at);
  }

  /** The prefix bound to a namespace on the root element ("r"), if any. */
  prefixOf(namespace: string): string | undefined {
    for (const m of this.rootTag.matchAll(/xmlns:([A-Za-z0-9_.-]+)\s*=\s*"([^"]*)"/g))
      if (m[2] === namespace) return m[1];
    return undefined;
  }

  child(name: string): Child | undefined {
    return this.children.find((c) => c.name === name);
  }

  /** The element's text without the whitespace before it. */
  element(name: string): string | undefined {
    return this.child(name)?.text.trimStart();
  }

  /** Replace the element (keeping the whitespace before it), insert it in order, or remove it (undefined). */
  setElement(name: string, text: string | undefined): void {
    const i = this.children.findIndex((c) => c.name === name);
    if (i >= 0) {
      const old = this.children[i] as Child;
      if (text === undefined) this.children.splice(i, 1);
      else old.text = old.text.slice(0, old.text.length - old.text.trimStart().length) + text;
      return;
    }
    if (text === undefined) return;
    this.children.splice(this.insertIndex(name), 0, { name, text });
  }

  /** Where a new element of this name goes: before the first present one that follows it. */
  insertIndex(name: string): number {
    const rank = this.order.indexOf(name);
    const i = this.children.findIndex((c) => this.order.indexOf(c.name) > rank);
    return i < 0 ? this.children.length : i;
  }

  toXml(): string {
    return this.head + this.children.map((c) => c.text).join("") + this.tail;
  }
}
