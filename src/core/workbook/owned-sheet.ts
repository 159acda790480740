/**
 * The opening of every sheet the add-in makes (template sheets, Ringkasan, Grafik, Rekap
 * Rapat): a new sheet is added with its tab colour, its title block and its column widths; a
 * sheet an earlier run made is first cleared of that run's content, and only what the caller
 * names in `again` is written anew (the Rekap's title names the quarter, so it is rewritten;
 * the Ringkasan's title and widths stay as the user may have left them).
 */
import { columnLetter } from "./a1";
import type { PlanOp } from "./plan";
import { titleOps } from "./title";

export interface OwnedSheetOpening {
  sheet: string;
  /** The sheet does not exist yet: this plan adds it. */
  isNew: boolean;
  tabColor: string;
  /** The title block's lines: a bold heading, then italic lines. */
  title: readonly string[];
  /** Column widths in characters, from column A; none when the caller sets them later. */
  widths?: readonly number[];
  /** On an existing sheet: the ops that remove what the earlier run wrote. */
  clear?: readonly PlanOp[];
  /** On an existing sheet: what is written again after clearing. */
  again?: { title?: boolean; widths?: boolean };
  /** Ops before the title block, once the sheet is there (formats that must precede writes). */
  beforeTitle?: readonly PlanOp[];
}

/** One columnWidths op: `chars[i]` characters for the i-th column from A. */
export function columnWidthsOp(sheet: string, chars: readonly number[]): PlanOp {
  return {
    op: "columnWidths",
    sheet,
    widths: chars.map((c, i) => ({ column: columnLetter(i), chars: c })),
  };
}

/** The footer of every printed Kinerja sheet: its name left, "Halaman n dari m" right. */
export const PAGE_FOOTER = "&L&A&RHalaman &P dari &N";

/** Printing a table sheet: A4 landscape, one page wide, its header row (0-based) on every page. */
export function landscapePrintOp(sheet: string, headerRow: number): PlanOp {
  return {
    op: "pageSetup",
    sheet,
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    printTitleRows: `$${headerRow + 1}:$${headerRow + 1}`,
    footer: PAGE_FOOTER,
  };
}

export function ownedSheetOpening(o: OwnedSheetOpening): PlanOp[] {
  const ops: PlanOp[] = o.isNew
    ? [{ op: "addSheet", sheet: o.sheet, tabColor: o.tabColor }]
    : [...(o.clear ?? [])];
  ops.push(...(o.beforeTitle ?? []));
  if (o.isNew || o.again?.title === true) ops.push(...titleOps(o.sheet, o.title));
  if (o.widths !== undefined && (o.isNew || o.again?.widths === true))
    ops.push(columnWidthsOp(o.sheet, o.widths));
  return ops;
}
