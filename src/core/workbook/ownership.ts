/**
 * What the add-in owns: tables and charts named "Kinerja_…" and the sheets that hold them.
 * Everything else in a workbook is the user's and is never changed.
 */
import { OWN_PREFIX } from "./layout";
import type { SheetSnapshot, SheetTable, WorkbookSnapshot } from "./snapshot";

export interface OwnedTable extends SheetTable {
  sheet: SheetSnapshot;
}

/** The add-in's table of that name, wherever the user moved or renamed its sheet. */
export function findOwnedTable(book: WorkbookSnapshot, name: string): OwnedTable | undefined {
  const lower = name.toLowerCase();
  for (const sheet of book.sheets) {
    const table = sheet.tables.find((t) => t.name.toLowerCase() === lower);
    if (table !== undefined) return { ...table, sheet };
  }
  return undefined;
}

export function isOwnedSheet(sheet: SheetSnapshot): boolean {
  const own = (n: string) => n.startsWith(OWN_PREFIX);
  return sheet.tables.some((t) => own(t.name)) || sheet.charts.some(own);
}

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/g;

/**
 * A sheet name that is free in the workbook and among `reserved` (names this plan already
 * takes): the desired one, else "Name (2)", "Name (3)" … Excel compares names ignoring case,
 * allows 31 characters and forbids : \ / ? * [ ].
 */
export function freeSheetName(
  book: WorkbookSnapshot,
  desired: string,
  reserved: readonly string[] = []
): string {
  const taken = new Set(
    [...book.sheets.map((s) => s.name), ...reserved].map((n) => n.toLowerCase())
  );
  const base = desired.replace(INVALID_SHEET_CHARS, " ").slice(0, 31).trim();
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
