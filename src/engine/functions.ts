/**
 * The worksheet functions the engine knows, each an entry of one table. Arguments arrive
 * unevaluated (thunks), so IF, IFERROR and CHOOSE evaluate only what Excel evaluates; a
 * function of single values is lifted over arrays and ranges. What Excel distinguishes
 * between a reference and a value is kept: AND, SUM, AVERAGE, MIN and MAX skip text in a
 * range but refuse it as a direct argument; ISBLANK is TRUE only for an empty cell.
 */
import { criterion, hasWildcards, wildcardRegExp, type Criterion } from "./criteria";
import { lift } from "./ops";
import {
  Arr,
  ERR,
  FormulaError,
  Ref,
  approxAdd,
  compare,
  deref,
  foldCase,
  isError,
  materialize,
  textToNumber,
  toBool,
  toNumber,
  toText,
  type Scalar,
  type Value,
} from "./values";

export type Thunk = () => Value;
export interface CallContext {
  row: number;
  col: number;
}
export type Fn = (args: readonly Thunk[], ctx: CallContext) => Value;

const arity =
  (min: number, max: number, f: Fn): Fn =>
  (args, ctx) =>
    args.length < min || args.length > max ? ERR.value : f(args, ctx);

/** A function of single values, lifted over arrays; missing optional arguments are undefined. */
function scalar(min: number, max: number, f: (...s: (Scalar | undefined)[]) => Scalar): Fn {
  return arity(min, max, (args) =>
    lift(
      args.map((a) => a()),
      f as (...s: Scalar[]) => Scalar
    )
  );
}

/** The same, for functions that take text (each argument turned into text first). */
function textFn(
  min: number,
  max: number,
  f: (t: string, ...rest: (Scalar | undefined)[]) => Scalar
): Fn {
  return scalar(min, max, (t, ...rest) => {
    const s = toText(t ?? null);
    return isError(s) ? s : f(s, ...rest);
  });
}

/** Every value of an argument: a range's non-empty cells, an array's elements, or itself. */
function eachValue(
  v: Value,
  f: (s: Scalar, direct: boolean) => FormulaError | void
): FormulaError | void {
  if (v instanceof Ref) {
    let found: FormulaError | void = undefined;
    v.sheet.each(v.top, v.left, v.bottom, v.right, (s) => {
      if (found === undefined) found = f(s, false);
    });
    return found;
  }
  if (v instanceof Arr) {
    for (const s of v.data) {
      const e = f(s, false);
      if (e !== undefined) return e;
    }
    return undefined;
  }
  return f(v, true);
}

/**
 * The numbers of SUM, AVERAGE, MIN, MAX: in ranges and arrays only numbers count (text and
 * logicals are skipped, errors returned); a direct argument is read as a number.
 */
function numbersOf(args: readonly Thunk[]): number[] | FormulaError {
  const out: number[] = [];
  for (const a of args) {
    const e = eachValue(a(), (s, direct) => {
      if (isError(s)) return s;
      if (typeof s === "number") out.push(s);
      else if (direct) {
        const n = toNumber(s);
        if (isError(n)) return n;
        out.push(n);
      }
      return undefined;
    });
    if (e !== undefined) return e;
  }
  return out;
}

const aggregate = (f: (xs: number[]) => Scalar): Fn =>
  arity(1, 255, (args) => {
    const xs = numbersOf(args);
    return isError(xs) ? xs : f(xs);
  });

function sum(xs: number[]): number {
  let s = 0;
  for (const x of xs) s = approxAdd(s, x);
  return s;
}

/** AND / OR / XOR: logicals and numbers count; text and blanks in ranges are skipped. */
function logical(combine: (bools: boolean[]) => boolean): Fn {
  return arity(1, 255, (args) => {
    const bools: boolean[] = [];
    for (const a of args) {
      const e = eachValue(a(), (s, direct) => {
        if (isError(s)) return s;
        if (typeof s === "boolean") bools.push(s);
        else if (typeof s === "number") bools.push(s !== 0);
        else if (direct && typeof s === "string") {
          const b = toBool(s);
          if (isError(b)) return b;
          bools.push(b);
        }
        return undefined;
      });
      if (e !== undefined) return e;
    }
    return bools.length === 0 ? ERR.value : combine(bools);
  });
}

/** Excel's ROUND: half away from zero on the number's decimal form (1.005 -> 1.01). */
export function roundTo(x: number, digits: number, mode: "half" | "up" | "down" = "half"): number {
  const d = Math.trunc(digits);
  const a = Math.abs(Number(x.toPrecision(15)));
  const shift = (n: number, by: number) => {
    const [m, e = "0"] = String(n).split("e");
    return Number(`${m}e${Number(e) + by}`);
  };
  const scaled = shift(a, d);
  const r =
    mode === "half"
      ? Math.floor(Number(scaled.toPrecision(15)) + 0.5)
      : mode === "up"
        ? Math.ceil(Number(scaled.toPrecision(15)))
        : Math.floor(Number(scaled.toPrecision(15)));
  const out = shift(r, -d);
  return x < 0 ? -out : out;
}

const rounding = (mode: "half" | "up" | "down") =>
  scalar(1, 2, (x, digits) => {
    const n = toNumber(x ?? null);
    if (isError(n)) return n;
    const d = toNumber(digits ?? 0);
    if (isError(d)) return d;
    return roundTo(n, d, mode);
  });

const is = (test: (s: Scalar) => boolean): Fn => scalar(1, 1, (s) => test(s ?? null));

/** A range or array argument as an array (a single value as 1 x 1). */
function arrayOf(v: Value): Arr | FormulaError {
  if (v instanceof Ref) return materialize(v);
  if (v instanceof Arr) return v;
  return new Arr(1, 1, [v]);
}

/** MATCH's search: exact (0; text without case, with wildcards) or sorted (1, -1). */
function match(lookup: Scalar, list: Scalar[], type: number): Scalar {
  if (isError(lookup)) return lookup;
  if (lookup === null) return ERR.na;
  if (type === 0) {
    const re =
      typeof lookup === "string" && hasWildcards(lookup) ? wildcardRegExp(lookup) : undefined;
    const i = list.findIndex((v) =>
      re !== undefined
        ? typeof v === "string" && re.test(v)
        : v !== null && !isError(v) && typeof v === typeof lookup && compare(v, lookup, true) === 0
    );
    return i < 0 ? ERR.na : i + 1;
  }
  let found = -1;
  for (let i = 0; i < list.length; i++) {
    const v = list[i] as Scalar;
    if (v === null || isError(v) || typeof v !== typeof lookup) continue;
    const c = compare(v, lookup) as number;
    if (type > 0 ? c <= 0 : c >= 0) found = i;
    else break;
  }
  return found < 0 ? ERR.na : found + 1;
}

/** The cells of an -IF function's range with their positions, and the range's shape. */
function rangeCells(v: Value):
  | {
      rows: number;
      cols: number;
      at: (r: number, c: number) => Scalar;
      each: (f: (s: Scalar, r: number, c: number) => void) => void;
    }
  | FormulaError {
  if (v instanceof Ref) {
    return {
      rows: v.rows,
      cols: v.cols,
      at: (r, c) => v.sheet.get(v.top + r, v.left + c),
      each: (f) =>
        v.sheet.each(v.top, v.left, v.bottom, v.right, (s, r, c) => f(s, r - v.top, c - v.left)),
    };
  }
  const a = arrayOf(v);
  if (isError(a)) return a;
  return {
    rows: a.rows,
    cols: a.cols,
    at: (r, c) => a.at(r, c),
    each: (f) => {
      for (let r = 0; r < a.rows; r++) for (let c = 0; c < a.cols; c++) f(a.at(r, c), r, c);
    },
  };
}

/**
 * The positions (r * cols + c) meeting every (range, criterion) pair of COUNTIFS and kin, and
 * the shape; ranges must share a shape. Empty cells are visited only when a criterion takes
 * them, so a whole-column range costs its filled cells.
 */
function matching(
  pairs: readonly [Thunk, Thunk][]
): { hits: number[]; cols: number } | FormulaError {
  let hits: Set<number> | undefined;
  let shape: [number, number] | undefined;
  for (const [range, crit] of pairs) {
    const cells = rangeCells(range());
    if (isError(cells)) return cells;
    if (shape === undefined) shape = [cells.rows, cells.cols];
    else if (shape[0] !== cells.rows || shape[1] !== cells.cols) return ERR.value;
    const c = deref(crit());
    const test: Criterion | FormulaError = criterion(c instanceof Arr ? c.at(0, 0) : c);
    if (isError(test)) return test;
    const next = new Set<number>();
    const cols = cells.cols;
    if (test(null)) {
      if (cells.rows * cells.cols > 2_000_000) return ERR.num;
      const filled = new Set<number>();
      cells.each((s, r, cc) => {
        filled.add(r * cols + cc);
        if (test(s)) next.add(r * cols + cc);
      });
      for (let i = 0; i < cells.rows * cols; i++) if (!filled.has(i)) next.add(i);
    } else cells.each((s, r, cc) => test(s) && next.add(r * cols + cc));
    hits = hits === undefined ? next : new Set([...hits].filter((h) => next.has(h)));
  }
  return { hits: [...(hits ?? [])], cols: shape?.[1] ?? 1 };
}

/** SUMIF / AVERAGEIF: the numbers of `target` (from its top-left, the criteria range's shape) at the hits. */
function numbersAt(target: Value, hits: number[], cols: number): number[] | FormulaError {
  const cells = rangeCells(target);
  if (isError(cells)) return cells;
  const out: number[] = [];
  for (const h of hits) {
    const s = cells.at(Math.floor(h / cols), h % cols);
    if (isError(s)) return s;
    if (typeof s === "number") out.push(s);
  }
  return out;
}

const pairsOf = (args: readonly Thunk[], from: number): [Thunk, Thunk][] => {
  const pairs: [Thunk, Thunk][] = [];
  for (let i = from; i + 1 < args.length; i += 2)
    pairs.push([args[i] as Thunk, args[i + 1] as Thunk]);
  return pairs;
};

const caseMap = (s: string, f: (ch: string) => string) =>
  Array.from(s, (ch) => {
    const m = f(ch);
    return m.length === ch.length ? m : ch;
  }).join("");

const whole = (n: Scalar | undefined, fallback: number): number | FormulaError => {
  const x = toNumber(n === undefined ? fallback : n);
  return isError(x) ? x : Math.trunc(x);
};

export const FUNCTIONS: Record<string, Fn> = {
  // ---- logical
  IF: arity(1, 3, (args) => {
    const c = deref(args[0]!());
    const pick = (b: Scalar): Value => {
      const t = toBool(b);
      if (isError(t)) return t;
      if (t) return args[1] ? args[1]() : true;
      return args[2] ? args[2]() : false;
    };
    if (c instanceof Arr) {
      const yes = args[1] ? deref(args[1]()) : true;
      const no = args[2] ? deref(args[2]()) : false;
      return lift([c, yes, no], (cc, y, n) => {
        const t = toBool(cc);
        return isError(t) ? t : t ? y : n;
      });
    }
    return pick(c);
  }),
  IFERROR: arity(2, 2, (args) => {
    const v = deref(args[0]!());
    if (v instanceof Arr) {
      const alt = deref(args[1]!());
      return lift([v, alt], (x, y) => (isError(x) ? y : x));
    }
    return isError(v) ? args[1]!() : v;
  }),
  IFNA: arity(2, 2, (args) => {
    const v = deref(args[0]!());
    if (v instanceof Arr) {
      const alt = deref(args[1]!());
      return lift([v, alt], (x, y) => (x === ERR.na ? y : x));
    }
    return v === ERR.na ? args[1]!() : v;
  }),
  AND: logical((bs) => bs.every(Boolean)),
  OR: logical((bs) => bs.some(Boolean)),
  XOR: logical((bs) => bs.filter(Boolean).length % 2 === 1),
  NOT: scalar(1, 1, (x) => {
    const b = toBool(x ?? null);
    return isError(b) ? b : !b;
  }),
  TRUE: arity(0, 0, () => true),
  FALSE: arity(0, 0, () => false),
  NA: arity(0, 0, () => ERR.na),
  CHOOSE: arity(2, 255, (args) => {
    const i = deref(args[0]!());
    if (i instanceof Arr) {
      const options = args.slice(1).map((a) => deref(a()));
      return lift([i, ...options], (n, ...opts) => {
        const k = toNumber(n);
        if (isError(k)) return k;
        return Math.trunc(k) >= 1 && Math.trunc(k) <= opts.length
          ? (opts[Math.trunc(k) - 1] as Scalar)
          : ERR.value;
      });
    }
    const k = toNumber(i);
    if (isError(k)) return k;
    const n = Math.trunc(k);
    return n >= 1 && n < args.length ? args[n]!() : ERR.value;
  }),

  // ---- information
  ISBLANK: is((s) => s === null),
  ISTEXT: is((s) => typeof s === "string"),
  ISNONTEXT: is((s) => typeof s !== "string"),
  ISNUMBER: is((s) => typeof s === "number"),
  ISLOGICAL: is((s) => typeof s === "boolean"),
  ISERROR: is((s) => isError(s)),
  ISERR: is((s) => isError(s) && s !== ERR.na),
  ISNA: is((s) => s === ERR.na),

  // ---- text
  TRIM: textFn(1, 1, (t) => t.replace(/ +/g, " ").replace(/^ | $/g, "")),
  UPPER: textFn(1, 1, (t) => caseMap(t, (c) => c.toUpperCase())),
  LOWER: textFn(1, 1, (t) => caseMap(t, (c) => c.toLowerCase())),
  LEN: textFn(1, 1, (t) => t.length),
  LEFT: textFn(1, 2, (t, n) => {
    const k = whole(n, 1);
    if (isError(k)) return k;
    return k < 0 ? ERR.value : t.slice(0, k);
  }),
  RIGHT: textFn(1, 2, (t, n) => {
    const k = whole(n, 1);
    if (isError(k)) return k;
    return k < 0 ? ERR.value : k === 0 ? "" : t.slice(-k);
  }),
  MID: textFn(3, 3, (t, start, n) => {
    const s = whole(start, 1);
    if (isError(s)) return s;
    const k = whole(n, 0);
    if (isError(k)) return k;
    return s < 1 || k < 0 ? ERR.value : t.slice(s - 1, s - 1 + k);
  }),
  FIND: scalar(2, 3, (find, within, start) => {
    const f = toText(find ?? null);
    if (isError(f)) return f;
    const w = toText(within ?? null);
    if (isError(w)) return w;
    const s = whole(start, 1);
    if (isError(s)) return s;
    if (s < 1 || s > w.length + 1) return ERR.value;
    const i = w.indexOf(f, s - 1);
    return i < 0 ? ERR.value : i + 1;
  }),
  SEARCH: scalar(2, 3, (find, within, start) => {
    const f = toText(find ?? null);
    if (isError(f)) return f;
    const w = toText(within ?? null);
    if (isError(w)) return w;
    const s = whole(start, 1);
    if (isError(s)) return s;
    if (s < 1 || s > w.length + 1) return ERR.value;
    const m = wildcardRegExp(f, false).exec(w.slice(s - 1));
    return m === null ? ERR.value : m.index + s;
  }),
  SUBSTITUTE: scalar(3, 4, (text, old, rep, instance) => {
    const t = toText(text ?? null);
    if (isError(t)) return t;
    const o = toText(old ?? null);
    if (isError(o)) return o;
    const r = toText(rep ?? null);
    if (isError(r)) return r;
    if (o === "") return t;
    if (instance === undefined) return t.split(o).join(r);
    const n = whole(instance, 1);
    if (isError(n)) return n;
    if (n < 1) return ERR.value;
    let at = -1;
    for (let i = 0; i < n; i++) {
      at = t.indexOf(o, at + 1);
      if (at < 0) return t;
    }
    return t.slice(0, at) + r + t.slice(at + o.length);
  }),
  // REPT: the count truncated; a negative count or a result over 32,767 characters is #VALUE!.
  REPT: textFn(2, 2, (t, n) => {
    const k = whole(n, 0);
    if (isError(k)) return k;
    return k < 0 || t.length * k > 32767 ? ERR.value : t.repeat(k);
  }),
  EXACT: scalar(2, 2, (a, b) => {
    const x = toText(a ?? null);
    if (isError(x)) return x;
    const y = toText(b ?? null);
    return isError(y) ? y : x === y;
  }),
  CONCATENATE: arity(1, 255, (args) =>
    lift(
      args.map((a) => a()),
      (...parts) => {
        let out = "";
        for (const p of parts) {
          const t = toText(p);
          if (isError(t)) return t;
          out += t;
        }
        return out;
      }
    )
  ),
  VALUE: scalar(1, 1, (x) => {
    if (x === null || x === undefined) return 0;
    if (typeof x === "number") return x;
    if (typeof x === "string") return textToNumber(x) ?? ERR.value;
    return isError(x) ? x : ERR.value;
  }),

  // ---- math
  ABS: scalar(1, 1, (x) => {
    const n = toNumber(x ?? null);
    return isError(n) ? n : Math.abs(n);
  }),
  INT: scalar(1, 1, (x) => {
    const n = toNumber(x ?? null);
    return isError(n) ? n : Math.floor(n);
  }),
  MOD: scalar(2, 2, (a, b) => {
    const x = toNumber(a ?? null);
    if (isError(x)) return x;
    const y = toNumber(b ?? null);
    if (isError(y)) return y;
    return y === 0 ? ERR.div0 : x - y * Math.floor(x / y);
  }),
  ROUND: rounding("half"),
  ROUNDUP: rounding("up"),
  ROUNDDOWN: rounding("down"),
  SUM: aggregate(sum),
  AVERAGE: aggregate((xs) => (xs.length === 0 ? ERR.div0 : sum(xs) / xs.length)),
  MIN: aggregate((xs) => (xs.length === 0 ? 0 : xs.reduce((a, b) => (b < a ? b : a)))),
  MAX: aggregate((xs) => (xs.length === 0 ? 0 : xs.reduce((a, b) => (b > a ? b : a)))),
  // The middle number, or the mean of the two middle ones; no number at all is #NUM!.
  MEDIAN: aggregate((xs) => {
    if (xs.length === 0) return ERR.num;
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 === 1
      ? (s[mid] as number)
      : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  }),
  COUNT: arity(1, 255, (args) => {
    let n = 0;
    for (const a of args)
      eachValue(a(), (s, direct) => {
        if (typeof s === "number" || (direct && s !== null && !isError(s) && !isError(toNumber(s))))
          n++;
      });
    return n;
  }),
  COUNTA: arity(1, 255, (args) => {
    let n = 0;
    for (const a of args) eachValue(a(), (s) => void (s !== null && n++));
    return n;
  }),
  SUMPRODUCT: arity(1, 255, (args) => {
    const arrays: Arr[] = [];
    for (const a of args) {
      const arr = arrayOf(a());
      if (isError(arr)) return arr;
      arrays.push(arr);
    }
    const first = arrays[0] as Arr;
    if (arrays.some((a) => a.rows !== first.rows || a.cols !== first.cols)) return ERR.value;
    let total = 0;
    for (let i = 0; i < first.data.length; i++) {
      let p = 1;
      for (const a of arrays) {
        const s = a.data[i] ?? null;
        if (isError(s)) return s;
        p *= typeof s === "number" ? s : 0;
      }
      total = approxAdd(total, p);
    }
    return total;
  }),

  // ---- lookup
  MATCH: arity(2, 3, (args) => {
    const lookup = deref(args[0]!());
    const list = arrayOf(args[1]!());
    if (isError(list)) return list;
    if (list.rows !== 1 && list.cols !== 1) return ERR.na;
    const t = args[2] ? deref(args[2]()) : 1;
    const type = toNumber(t instanceof Arr ? t.at(0, 0) : t);
    if (isError(type)) return type;
    const items = list.data;
    if (lookup instanceof Arr) return lift([lookup], (l) => match(l, items, type));
    return match(lookup, items, type);
  }),
  INDEX: arity(2, 3, (args) => {
    const src = args[0]!();
    const r = whole(deref(args[1]!()) as Scalar, 0);
    if (isError(r)) return r;
    const c = args[2] ? whole(deref(args[2]()) as Scalar, 0) : 0;
    if (isError(c)) return c;
    const rows = src instanceof Ref ? src.rows : src instanceof Arr ? src.rows : 1;
    const cols = src instanceof Ref ? src.cols : src instanceof Arr ? src.cols : 1;
    // One row or column: a single index counts along it.
    let rr = r;
    let cc = c;
    if (args[2] === undefined && rows === 1) [rr, cc] = [1, r];
    if (rr < 0 || cc < 0 || rr > rows || cc > cols) return ERR.ref;
    if (src instanceof Ref) {
      const top = rr === 0 ? src.top : src.top + rr - 1;
      const bottom = rr === 0 ? src.bottom : top;
      const left = cc === 0 ? src.left : src.left + cc - 1;
      const right = cc === 0 ? src.right : left;
      return new Ref(src.sheet, top, left, bottom, right);
    }
    if (src instanceof Arr) {
      if (rr === 0 || cc === 0) return ERR.value;
      return src.at(rr - 1, cc - 1);
    }
    return src;
  }),

  // ---- conditional aggregation
  COUNTIF: arity(2, 2, (args) => {
    // Counted without listing positions: a whole column costs its filled cells.
    const cells = rangeCells(args[0]!());
    if (isError(cells)) return cells;
    const c = deref(args[1]!());
    const test = criterion(c instanceof Arr ? c.at(0, 0) : c);
    if (isError(test)) return test;
    let filled = 0;
    let n = 0;
    cells.each((s) => {
      if (s !== null) filled++;
      if (test(s)) n++;
    });
    return test(null) ? n + cells.rows * cells.cols - filled : n;
  }),
  COUNTIFS: arity(2, 254, (args) => {
    if (args.length % 2 !== 0) return ERR.value;
    const m = matching(pairsOf(args, 0));
    return isError(m) ? m : m.hits.length;
  }),
  SUMIF: arity(2, 3, (args) => {
    const m = matching([[args[0]!, args[1]!]]);
    if (isError(m)) return m;
    const xs = numbersAt((args[2] ?? args[0]!)(), m.hits, m.cols);
    return isError(xs) ? xs : sum(xs);
  }),
  SUMIFS: arity(3, 255, (args) => {
    if (args.length % 2 !== 1) return ERR.value;
    const m = matching(pairsOf(args, 1));
    if (isError(m)) return m;
    const xs = numbersAt(args[0]!(), m.hits, m.cols);
    return isError(xs) ? xs : sum(xs);
  }),
  AVERAGEIF: arity(2, 3, (args) => {
    const m = matching([[args[0]!, args[1]!]]);
    if (isError(m)) return m;
    const xs = numbersAt((args[2] ?? args[0]!)(), m.hits, m.cols);
    if (isError(xs)) return xs;
    return xs.length === 0 ? ERR.div0 : sum(xs) / xs.length;
  }),
  AVERAGEIFS: arity(3, 255, (args) => {
    if (args.length % 2 !== 1) return ERR.value;
    const m = matching(pairsOf(args, 1));
    if (isError(m)) return m;
    const xs = numbersAt(args[0]!(), m.hits, m.cols);
    if (isError(xs)) return xs;
    return xs.length === 0 ? ERR.div0 : sum(xs) / xs.length;
  }),

  // ---- position
  ROW: arity(0, 1, (args, ctx) => {
    if (args.length === 0) return ctx.row + 1;
    const r = args[0]!();
    return r instanceof Ref ? r.top + 1 : ERR.value;
  }),
  COLUMN: arity(0, 1, (args, ctx) => {
    if (args.length === 0) return ctx.col + 1;
    const r = args[0]!();
    return r instanceof Ref ? r.left + 1 : ERR.value;
  }),
};

/** Names Excel writes with a prefix in files ("_xlfn.IFNA"): the plain name. */
export function functionNamed(name: string): Fn | undefined {
  const upper = name.toUpperCase().replace(/^_XLFN\.|^_XLWS\./, "");
  return FUNCTIONS[upper];
}

export { foldCase };
