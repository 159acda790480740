/**
 * What Excel refuses in a formula written through the API (Range.formulas / values), checked
 * without evaluating it: more than 8,192 characters, functions nested more than 64 levels, a
 * function given more than 255 arguments, and a sheet name left unquoted where Excel reads it
 * as something else (a cell such as "RKT2024" or "TW1", an R1C1 reference such as "R", "C" or
 * "R1C1", a name starting with a digit, TRUE/FALSE). Source: "Excel specifications and limits"
 * (support.microsoft.com) and Excel's quoting of sheet names in references.
 */
import { columnIndex, MAX_COLUMNS, MAX_ROWS } from "../core/workbook/a1";

export const MAX_FORMULA_CHARS = 8192;
export const MAX_NESTING = 64;
export const MAX_ARGUMENTS = 255;

/** Whether an unquoted sheet name would be read as something other than a sheet. */
export function needsQuotes(name: string): boolean {
  if (!/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name)) return true;
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1 && columnIndex(a1[1] as string) < MAX_COLUMNS && Number(a1[2]) <= MAX_ROWS) return true;
  if (/^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name)) return true;
  return /^(true|false)$/i.test(name);
}

/** Why Excel would refuse the formula (text starting with "="), or undefined. */
export function formulaProblem(formula: string): string | undefined {
  if (formula.length > MAX_FORMULA_CHARS)
    return `formula of ${formula.length} characters (Excel takes ${MAX_FORMULA_CHARS})`;
  // One frame per open parenthesis: whether it is a function's, and its arguments so far.
  const stack: { call: boolean; args: number }[] = [];
  let calls = 0;
  let braces = 0;
  for (let i = 1; i < formula.length; i++) {
    const ch = formula[i] as string;
    if (ch === '"') {
      i = formula.indexOf('"', i + 1);
      while (i >= 0 && formula[i + 1] === '"') i = formula.indexOf('"', i + 2);
      if (i < 0) return "unterminated text";
      continue;
    }
    if (ch === "'") {
      let j = formula.indexOf("'", i + 1);
      while (j >= 0 && formula[j + 1] === "'") j = formula.indexOf("'", j + 2);
      if (j < 0) return "unterminated sheet name";
      i = j;
      continue;
    }
    if (ch === "!") {
      let j = i;
      while (j > 1 && /[A-Za-z0-9_.\\\u00C0-\uFFFF]/.test(formula[j - 1] as string)) j--;
      const name = formula.slice(j, i);
      if (name !== "" && formula[j - 1] !== "'" && needsQuotes(name))
        return `sheet name ${name} must be quoted ('${name}'!)`;
      continue;
    }
    if (ch === "{") braces++;
    else if (ch === "}") braces--;
    else if (ch === "(") {
      const call = /[A-Za-z0-9_.]/.test(formula[i - 1] ?? "");
      stack.push({ call, args: 1 });
      if (call) {
        calls++;
        if (calls > MAX_NESTING) return `functions nested more than ${MAX_NESTING} levels`;
      }
    } else if (ch === ")") {
      const frame = stack.pop();
      if (frame?.call) calls--;
    } else if (ch === "," && braces === 0) {
      const frame = stack[stack.length - 1];
      if (frame?.call) {
        frame.args++;
        if (frame.args > MAX_ARGUMENTS)
          return `a function given more than ${MAX_ARGUMENTS} arguments`;
      }
    }
  }
  return undefined;
}
