/**
 * Formulas into functions: @borgar/fx parses the text (en-US, as `Range.formulas` and files
 * hold it) into its AST, which is compiled once into closures. References are kept relative
 * to the formula's cell, so one compiled formula serves every cell whose formula is the same
 * in R1C1 terms (a column of Hitung Capaian's rows): the cache key is the formula with its
 * relative cell references written as offsets ({@link relativeKey}).
 */
import { parse, parseA1Ref, tokenize } from "@borgar/fx";
import { functionNamed, type CallContext, type Thunk } from "./functions";
import { binary, unary } from "./ops";
import {
  Arr,
  ERR,
  FormulaError,
  Ref,
  deref,
  isError,
  type Scalar,
  type SheetReader,
  type Value,
} from "./values";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Where a formula is evaluated: its workbook, sheet and cell (0-based). */
export interface EvalContext extends CallContext {
  /** The cell relative references count from (the formula's own, or one with the same text). */
  refRow: number;
  refCol: number;
  sheet: SheetReader;
  /** A sheet by name (any case), or undefined. */
  sheetNamed(name: string): SheetReader | undefined;
}

export type Compiled = (ctx: EvalContext) => Value;

/** The deepest formula (nested functions and operators) compiled; Excel allows 64 levels. */
const MAX_NESTING = 200;

interface AstNode {
  type: string;
  [k: string]: unknown;
}

/** One bound of a compiled reference: absolute, or an offset from the formula's cell. */
interface Bound {
  abs: boolean;
  at: number;
}

function compileRef(text: string, anchorRow: number, anchorCol: number): Compiled {
  const parsed = parseA1Ref(text) as
    | {
        context?: string[];
        name?: string;
        range?: {
          top: number | null;
          left: number | null;
          bottom: number | null;
          right: number | null;
          $top?: boolean;
          $left?: boolean;
          $bottom?: boolean;
          $right?: boolean;
        };
      }
    | null
    | undefined;
  if (parsed == null || parsed.range === undefined) return () => ERR.name;
  const context = parsed.context ?? [];
  if (context.length > 1) return () => ERR.ref;
  const sheetName = context[0];
  const r = parsed.range;
  // A whole column or row (A:A, 3:3) is fixed text: absolute.
  const whole = r.top === null || r.bottom === null || r.left === null || r.right === null;
  const bound = (
    v: number | null,
    abs: boolean | undefined,
    anchor: number,
    fallback: number
  ): Bound =>
    v === null
      ? { abs: true, at: fallback }
      : whole || abs === true
        ? { abs: true, at: v }
        : { abs: false, at: v - anchor };
  const top = bound(r.top, r.$top, anchorRow, 0);
  const bottom = bound(r.bottom, r.$bottom, anchorRow, MAX_ROWS - 1);
  const left = bound(r.left, r.$left, anchorCol, 0);
  const right = bound(r.right, r.$right, anchorCol, MAX_COLS - 1);
  const at = (b: Bound, here: number) => (b.abs ? b.at : here + b.at);
  return (ctx) => {
    const sheet = sheetName === undefined ? ctx.sheet : ctx.sheetNamed(sheetName);
    if (sheet === undefined) return ERR.ref;
    const t = at(top, ctx.refRow);
    const b = at(bottom, ctx.refRow);
    const l = at(left, ctx.refCol);
    const rr = at(right, ctx.refCol);
    if (t < 0 || l < 0 || b >= MAX_ROWS || rr >= MAX_COLS) return ERR.ref;
    return new Ref(sheet, Math.min(t, b), Math.min(l, rr), Math.max(t, b), Math.max(l, rr));
  };
}

/** The smallest rectangle holding two references on one sheet (the ":" operator). */
function span(a: Value, b: Value): Value {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (!(a instanceof Ref) || !(b instanceof Ref) || a.sheet !== b.sheet) return ERR.value;
  return new Ref(
    a.sheet,
    Math.min(a.top, b.top),
    Math.min(a.left, b.left),
    Math.max(a.bottom, b.bottom),
    Math.max(a.right, b.right)
  );
}

/** The cells two references share (the " " operator), #NULL! when none. */
function intersect(a: Value, b: Value): Value {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (!(a instanceof Ref) || !(b instanceof Ref) || a.sheet !== b.sheet) return ERR.value;
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top > bottom || left > right ? ERR.null : new Ref(a.sheet, top, left, bottom, right);
}

function literal(node: AstNode): Scalar {
  if (node.type === "ErrorLiteral") return FormulaError.of(String(node.value));
  const v = node.value;
  return typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : ERR.value;
}

function compileNode(
  node: AstNode | null,
  anchorRow: number,
  anchorCol: number,
  depth: number
): Compiled {
  if (depth > MAX_NESTING) throw new RangeError("formula nested too deeply");
  if (node === null) return () => null;
  const sub = (n: unknown) => compileNode(n as AstNode | null, anchorRow, anchorCol, depth + 1);
  switch (node.type) {
    case "Literal":
    case "ErrorLiteral": {
      const v = literal(node);
      return () => v;
    }
    case "ReferenceIdentifier": {
      if (node.kind === "range" || node.kind === "beam")
        return compileRef(String(node.value), anchorRow, anchorCol);
      // Defined names and table references: none in a workbook the engine is given.
      return () => ERR.name;
    }
    case "ArrayExpression": {
      const rows = (node.elements as AstNode[][]).map((row) =>
        row.map((e) => (e.type === "Literal" || e.type === "ErrorLiteral" ? literal(e) : ERR.value))
      );
      const arr = Arr.of(rows);
      return () => arr;
    }
    case "UnaryExpression": {
      const op = String(node.operator);
      const [arg] = (node.arguments as AstNode[]).map(sub);
      return (ctx) => unary(op, (arg as Compiled)(ctx));
    }
    case "BinaryExpression": {
      const op = String(node.operator);
      const [a, b] = (node.arguments as AstNode[]).map(sub) as [Compiled, Compiled];
      if (op === ":") return (ctx) => span(a(ctx), b(ctx));
      if (op === " ") return (ctx) => intersect(a(ctx), b(ctx));
      if (op === ",") return () => ERR.value;
      return (ctx) => binary(op, a(ctx), b(ctx));
    }
    case "CallExpression": {
      const name = String((node.callee as { name: string }).name);
      const fn = functionNamed(name);
      const args = (node.arguments as (AstNode | null)[]).map(sub);
      if (fn === undefined) return () => ERR.name;
      return (ctx) =>
        fn(
          args.map(
            (a): Thunk =>
              () =>
                a(ctx)
          ),
          ctx
        );
    }
    default:
      // LAMBDA, LET and whatever else a newer Excel writes: not known here.
      return () => ERR.name;
  }
}

/**
 * A formula ("=..." or without "=") compiled for the cell at (`row`, `col`); a formula that
 * does not parse evaluates to #NAME?, one nested too deeply to #VALUE!.
 */
export function compileFormula(formula: string, row: number, col: number): Compiled {
  const text = formula.startsWith("=") ? formula : `=${formula}`;
  try {
    const ast = parse(
      tokenize(text, { mergeRefs: true, negativeNumbers: true }),
      {}
    ) as unknown as AstNode;
    return compileNode(ast, row, col, 0);
  } catch (e) {
    if (e instanceof RangeError) return () => ERR.value;
    return () => ERR.name;
  }
}

const isWordChar = (c: number) =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  c === 95 ||
  c === 46 ||
  c === 36 ||
  c > 127;

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;

const columnNumber = (letters: string) =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * The formula with every relative part of a cell reference written as an offset from (`row`,
 * `col`) ("=B5*2" in C5 and "=B6*2" in C6 give the same key). Text in quotes and quoted sheet
 * names stay as they are; a word followed by "(" (a function), "!" (a sheet) or "[" is not a
 * reference. Two formulas with the same key compile to the same function.
 */
export function relativeKey(formula: string, row: number, col: number): string {
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula.charCodeAt(i);
    if (ch === 34 || ch === 39) {
      // "text" or 'sheet name': up to the closing quote (doubled quotes inside).
      let j = i + 1;
      while (j < n) {
        if (formula.charCodeAt(j) === ch) {
          if (formula.charCodeAt(j + 1) === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (isWordChar(ch)) {
      let j = i;
      while (j < n && isWordChar(formula.charCodeAt(j))) j++;
      const word = formula.slice(i, j);
      const next = formula[j];
      const m = next === "(" || next === "!" || next === "[" ? null : CELL.exec(word);
      if (m === null) out += word;
      else {
        const c = columnNumber(m[2] as string);
        const r = Number(m[4]) - 1;
        out += `${m[1] === "$" ? `C${c}` : `C[${c - col}]`}${m[3] === "$" ? `R${r}` : `R[${r - row}]`}`;
      }
      i = j;
      continue;
    }
    out += formula[i];
    i++;
  }
  return out;
}

export { deref };
