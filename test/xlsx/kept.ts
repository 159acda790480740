/**
 * What "the user's workbook is kept" means, checked on two .xlsx files (before and after a
 * command): every part of the original is in the output with the same bytes, except the
 * shared parts the writer must extend — whose original entries must all still be there,
 * unchanged and in order — and the calculation chain (a cache Excel rebuilds). Each user
 * sheet also reads the same through exceljs: values, formulas, styles, merges, conditional
 * formats, data validations. Parsing here uses fast-xml-parser, not the writer's own code.
 */
import ExcelJS from "exceljs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";

export type Parts = Map<string, Uint8Array>;

export const partsOf = (bytes: Uint8Array): Parts => new Map(Object.entries(unzipSync(bytes)));

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

type Node = Record<string, unknown>;

const text = (parts: Parts, path: string) => strFromU8(parts.get(path) as Uint8Array);

/** The root element's children, each as a comparable string, with its tag name. */
function children(xml: string): { name: string; json: string; node: Node }[] {
  const doc = parser.parse(xml) as Node[];
  const root = doc.find((n) => !Object.keys(n)[0]?.startsWith("?")) as Node;
  const name = Object.keys(root).find((k) => k !== ":@") as string;
  return (root[name] as Node[])
    .filter((n) => !("#text" in n))
    .map((n) => ({
      name: Object.keys(n).find((k) => k !== ":@") as string,
      json: JSON.stringify(n),
      node: n,
    }));
}

/** Whether `a` appears in `b` in order (not necessarily adjacent). */
function inOrder(a: string[], b: string[]): boolean {
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j] !== x) j++;
    if (j === b.length) return false;
    j++;
  }
  return true;
}

const itemsOf = (n: Node, name: string) =>
  ((n[name] as Node[]) ?? []).filter((c) => !("#text" in c)).map((c) => JSON.stringify(c));

/** The attributes of a node without the ones named. */
function attrsWithout(n: Node, drop: string[]): string {
  const a = { ...((n[":@"] as Record<string, string>) ?? {}) };
  for (const d of drop) delete a[`@_${d}`];
  return JSON.stringify(a);
}

/** Shared parts the writer may extend: how each child may change. */
const EXTENDABLE: Record<string, Record<string, "prefix" | "subsequence" | string[]>> = {
  styles: {
    numFmts: "prefix",
    fonts: "prefix",
    fills: "prefix",
    borders: "prefix",
    cellXfs: "prefix",
    dxfs: "prefix",
  },
  workbook: {
    sheets: "prefix",
    definedNames: "subsequence",
    bookViews: ["activeTab", "firstSheet"],
    calcPr: ["fullCalcOnLoad"],
  },
};

function sharedPartProblems(
  kind: "styles" | "workbook" | "list",
  path: string,
  before: string,
  after: string,
  droppable: (json: string) => boolean
): string[] {
  if (!XMLValidator.validate(after)) return [`${path}: not well-formed`];
  const a = children(before);
  const b = children(after);
  if (kind === "list") {
    const kept = a.map((c) => c.json).filter((j) => !droppable(j));
    return inOrder(
      kept,
      b.map((c) => c.json)
    )
      ? []
      : [`${path}: an original entry changed or moved`];
  }
  const rules = EXTENDABLE[kind] as Record<string, "prefix" | "subsequence" | string[]>;
  const problems: string[] = [];
  const bNames = b.map((c) => c.name);
  let j = 0;
  for (const child of a) {
    const at = bNames.indexOf(child.name, j);
    if (at < 0) {
      problems.push(`${path}: <${child.name}> is gone or moved`);
      continue;
    }
    j = at + 1;
    const now = b[at] as { json: string; node: Node };
    if (now.json === child.json) continue;
    const rule = rules[child.name];
    if (rule === undefined) problems.push(`${path}: <${child.name}> changed`);
    else if (Array.isArray(rule)) {
      const x = itemsOf(child.node, child.name).map((s) => JSON.parse(s) as Node);
      const y = itemsOf(now.node, child.name).map((s) => JSON.parse(s) as Node);
      const same =
        attrsWithout(child.node, rule) === attrsWithout(now.node, rule) &&
        x.length <= y.length &&
        x.every(
          (n, i) =>
            attrsWithout(n, rule) === attrsWithout(y[i] as Node, rule) &&
            JSON.stringify({ ...n, ":@": 0 }) === JSON.stringify({ ...(y[i] as Node), ":@": 0 })
        );
      if (!same) problems.push(`${path}: <${child.name}> changed beyond ${rule.join(", ")}`);
    } else {
      const x = itemsOf(child.node, child.name);
      const y = itemsOf(now.node, child.name);
      const ok = rule === "prefix" ? x.every((s, i) => y[i] === s) : inOrder(x, y);
      const attrsOk = attrsWithout(child.node, ["count"]) === attrsWithout(now.node, ["count"]);
      if (!ok || !attrsOk) problems.push(`${path}: <${child.name}> lost or changed an entry`);
    }
  }
  return problems;
}

/** The selected tab moves to the add-in's sheet: the only change allowed in a user's sheet. */
const withoutTabSelected = (xml: string) => xml.replace(/\stabSelected="(1|true|0|false)"/g, "");

/**
 * Problems with how `after` keeps `before`'s parts ([] when every part is kept). `owned` are
 * parts the add-in owns in `before` (its sheets and tables from an earlier run).
 */
export function partProblems(
  before: Parts,
  after: Parts,
  owned: ReadonlySet<string> = new Set()
): string[] {
  const problems: string[] = [];
  const relsOf = (p: Parts) => text(p, "_rels/.rels");
  const workbook = /Target="\/?([^"]*)"[^>]*\/>/.exec(
    relsOf(before)
      .split("<Relationship ")
      .find((r) => r.includes(`/relationships/officeDocument"`)) ?? ""
  )?.[1];
  const wbPath = workbook ?? "xl/workbook.xml";
  const wbRels = wbPath.replace(/([^/]+)$/, "_rels/$1.rels");
  const styles = [...before.keys()].find((k) => /(^|\/)styles\.xml$/.test(k));
  for (const [path, bytes] of before) {
    const now = after.get(path);
    if (/calcChain\.xml$/.test(path)) continue;
    if (owned.has(path)) continue;
    if (now === undefined) {
      problems.push(`${path}: gone`);
      continue;
    }
    if (Buffer.from(now).equals(Buffer.from(bytes))) continue;
    const b = strFromU8(bytes);
    const a = strFromU8(now);
    const dropCalc = (j: string) => j.includes("calcChain");
    if (path === "[Content_Types].xml" || path === wbRels)
      problems.push(...sharedPartProblems("list", path, b, a, dropCalc));
    else if (path === wbPath)
      problems.push(...sharedPartProblems("workbook", path, b, a, dropCalc));
    else if (path === styles) problems.push(...sharedPartProblems("styles", path, b, a, dropCalc));
    else if (
      /^xl\/worksheets\/[^/]+\.xml$/.test(path) &&
      withoutTabSelected(a) === withoutTabSelected(b)
    )
      continue;
    else problems.push(`${path}: changed`);
  }
  return problems;
}

/** A user sheet as exceljs reads it: everything a person sees and the rules. */
function sheetModel(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) =>
      cells.push([cell.address, cell.value, cell.style, cell.dataValidation ?? null])
    )
  );
  const model = ws.model as unknown as {
    merges?: string[];
    conditionalFormattings?: unknown[];
    cols?: unknown[];
  };
  return {
    cells,
    merges: model.merges ?? [],
    conditionalFormattings: model.conditionalFormattings ?? [],
    cols: model.cols ?? [],
    tables: Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables ?? {}),
  };
}

export async function loadBook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** The names of sheets in `before` whose exceljs reading differs in `after`. */
export async function changedUserSheets(before: Uint8Array, after: Uint8Array): Promise<string[]> {
  const [x, y] = [await loadBook(before), await loadBook(after)];
  const out: string[] = [];
  for (const ws of x.worksheets) {
    const other = y.getWorksheet(ws.name);
    if (other === undefined || JSON.stringify(sheetModel(ws)) !== JSON.stringify(sheetModel(other)))
      out.push(ws.name);
  }
  return out;
}
