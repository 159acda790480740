/** The title block above every sheet the add-in makes: a bold heading, then italic lines. */
import { rangeAddress } from "./a1";
import { COLORS } from "./layout";
import type { PlanOp } from "./plan";

export function titleOps(sheet: string, lines: readonly string[]): PlanOp[] {
  const ops: PlanOp[] = [
    {
      op: "write",
      sheet,
      address: rangeAddress(0, 0, lines.length, 1),
      values: lines.map((l) => [l]),
    },
    {
      op: "format",
      sheet,
      address: "A1",
      format: { bold: true, fontSize: 14, fontColor: COLORS.title },
    },
  ];
  if (lines.length > 1) {
    ops.push({
      op: "format",
      sheet,
      address: rangeAddress(1, 0, lines.length - 1, 1),
      format: { italic: true },
    });
  }
  return ops;
}
