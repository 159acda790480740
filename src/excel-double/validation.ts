/** Data validation of a range: rules are data only, nothing checks the cell values. */
import { formatRange, rectContains, rectsIntersect } from "../core/workbook/a1";
import { defineProperties, defineScalar } from "./accessors";
import type { RequestContextDouble } from "./context";
import { excelError } from "./errors";
import { ProxyBase } from "./proxy";
import type { RangeProxy } from "./range";
import { EXCEL_API } from "./requirements";
import { assertWritable, clone, Props } from "./state";

const VALIDATION_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};

/** Range.dataValidation (ExcelApi 1.8). Rules are recorded per range address. */
export class DataValidationProxy extends ProxyBase {
  readonly _scalars = ["rule", "type", "errorAlert", "prompt", "ignoreBlanks", "valid"] as const;
  declare readonly type: string;
  declare readonly valid: boolean;

  constructor(
    ctx: RequestContextDouble,
    private readonly _range: RangeProxy
  ) {
    super(ctx, "DataValidation", { requires: EXCEL_API.dataValidation });
    for (const prop of ["errorAlert", "prompt", "ignoreBlanks"] as const) {
      defineScalar(this, prop, (value) =>
        this._set(prop, value, () => (this._entry(true).props[prop] = clone(value)))
      );
    }
  }

  set rule(rule: Props) {
    this._set("rule", rule, () => {
      const loc = "DataValidation.rule";
      const kinds =
        rule && typeof rule === "object"
          ? Object.keys(rule).filter((k) => rule[k] !== undefined)
          : [];
      const kind = kinds[0];
      if (kinds.length !== 1 || kind === undefined || !(kind in VALIDATION_TYPES)) {
        throw excelError("InvalidArgument", loc, "a rule needs exactly one known criterion");
      }
      const stored = clone(rule) as Props;
      const props: Props = { rule: stored, type: VALIDATION_TYPES[kind] };
      if (kind === "list") {
        const list = rule.list as { source?: unknown } | undefined;
        const source = list?.source;
        // A string source is a comma-separated list (Excel splits on commas, no trimming).
        if (typeof source === "string") props.listItems = source.split(",");
        else if (source && typeof source === "object" && "_ref" in source) {
          const ref = (source as RangeProxy)._ref();
          (stored.list as Props).source = `=${formatRange(ref.rect)}`;
        }
      }
      const entry = this._entry(true);
      entry.props = { ...entry.props, ...props };
    });
  }

  /** Finds (or creates) the record for exactly this range; records fully inside it are replaced. */
  private _entry(create: boolean): { props: Props } {
    const { sheet, rect } = this._range._ref();
    assertWritable(sheet, "DataValidation");
    const same = sheet.validations.find((v) => formatRange(v.rect) === formatRange(rect));
    if (same || !create) return same ?? { props: {} };
    sheet.validations = sheet.validations.filter((v) => !rectContains(rect, v.rect));
    const entry = { rect: { ...rect }, props: {} as Props };
    sheet.validations.push(entry);
    return entry;
  }

  clear(): void {
    this._call("clear", [], () => {
      const { sheet, rect } = this._range._ref();
      assertWritable(sheet, "DataValidation.clear");
      // Approximation: removes every record that intersects the range.
      sheet.validations = sheet.validations.filter((v) => !rectsIntersect(v.rect, rect));
    });
  }

  _read(props: readonly string[]): Props {
    const { sheet, rect } = this._range._ref();
    const hit = sheet.validations.find((v) => rectContains(v.rect, rect));
    const out: Props = {};
    for (const p of props) {
      if (p === "type") out[p] = hit?.props.type ?? "None";
      else if (p === "valid") out[p] = true;
      else if (p === "rule") out[p] = clone(hit?.props.rule ?? {});
      else out[p] = clone(hit?.props[p] ?? null);
    }
    return out;
  }
}

defineProperties(DataValidationProxy, ["rule", "type", "valid"]);
