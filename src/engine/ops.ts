/**
 * Operators and element-wise lifting: a function of single values applied to arrays (an array
 * constant, a range) gives an array, the operands extended against each other as Excel does
 * (a single row or column stretches; a cell missing in the smaller array is #N/A).
 */
import {
  Arr,
  ERR,
  FormulaError,
  MAX_ARRAY_CELLS,
  approxAdd,
  compare,
  deref,
  isError,
  toNumber,
  toText,
  type Scalar,
  type Value,
} from "./values";

/** Applies `f` to scalars, or element by element when any operand is an array or a range. */
export function lift(values: readonly Value[], f: (...s: Scalar[]) => Scalar): Scalar | Arr {
  const ds = values.map(deref);
  if (!ds.some((d) => d instanceof Arr)) return f(...(ds as Scalar[]));
  let rows = 1;
  let cols = 1;
  for (const d of ds)
    if (d instanceof Arr) {
      rows = Math.max(rows, d.rows);
      cols = Math.max(cols, d.cols);
    }
  if (rows * cols > MAX_ARRAY_CELLS) return ERR.num;
  const data: Scalar[] = new Array<Scalar>(rows * cols);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      data[r * cols + c] = f(...ds.map((d) => (d instanceof Arr ? d.at(r, c) : d)));
  return new Arr(rows, cols, data);
}

const numeric =
  (op: (a: number, b: number) => number | FormulaError) =>
  (a: Scalar, b: Scalar): Scalar => {
    const x = toNumber(a);
    if (isError(x)) return x;
    const y = toNumber(b);
    if (isError(y)) return y;
    const r = op(x, y);
    if (isError(r)) return r;
    return Number.isFinite(r) ? r : ERR.num;
  };

const BINARY: Record<string, (a: Scalar, b: Scalar) => Scalar> = {
  "+": numeric(approxAdd),
  "-": numeric((a, b) => approxAdd(a, -b)),
  "*": numeric((a, b) => a * b),
  "/": numeric((a, b) => (b === 0 ? ERR.div0 : a / b)),
  "^": numeric((a, b) =>
    a === 0 && b === 0 ? ERR.num : a < 0 && !Number.isInteger(b) ? ERR.num : a ** b
  ),
  "&": (a, b) => {
    const x = toText(a);
    if (isError(x)) return x;
    const y = toText(b);
    return isError(y) ? y : x + y;
  },
  "=": (a, b) => cmp(a, b, (c) => c === 0, true),
  "<>": (a, b) => cmp(a, b, (c) => c !== 0, true),
  "<": (a, b) => cmp(a, b, (c) => c < 0),
  ">": (a, b) => cmp(a, b, (c) => c > 0),
  "<=": (a, b) => cmp(a, b, (c) => c <= 0),
  ">=": (a, b) => cmp(a, b, (c) => c >= 0),
};

function cmp(a: Scalar, b: Scalar, test: (c: number) => boolean, equality = false): Scalar {
  const c = compare(a, b, equality);
  return isError(c) ? c : test(c);
}

export function binary(op: string, a: Value, b: Value): Value {
  const f = BINARY[op];
  if (f === undefined) return ERR.value;
  return lift([a, b], f);
}

export function unary(op: string, a: Value): Value {
  if (op === "+") return a;
  if (op === "@") return deref(a) instanceof Arr ? (deref(a) as Arr).at(0, 0) : deref(a);
  const f =
    op === "-"
      ? (x: Scalar) => {
          const n = toNumber(x);
          return isError(n) ? n : n === 0 ? 0 : -n;
        }
      : op === "%"
        ? (x: Scalar) => {
            const n = toNumber(x);
            return isError(n) ? n : n / 100;
          }
        : () => ERR.value;
  return lift([a], f);
}
