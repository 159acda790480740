/**
 * The file reading of Gabungkan Buku Kerja, in its own chunk (webpack: "gabung"), loaded the
 * first time the user picks files: exceljs and the office reader come with it, so the pane's
 * first load stays small. One file at a time: its bytes are read, reduced to the office's
 * figures and dropped before the next.
 */
import type { OfficeRead } from "../../core/consolidate/model";
import type { Decree } from "../../core/decree/schema";
import type { Lang } from "../../core/i18n";
import { readOfficeBytes } from "../../xlsx/office";
import { readBytes } from "../read-bytes";

/** A picked file as the pane sees it: its name and its bytes. */
export type PickedFile = Blob & { name: string };

export async function readPickedFile(
  lang: Lang,
  file: PickedFile,
  decree: Decree
): Promise<OfficeRead> {
  const bytes = await readBytes(file);
  return readOfficeBytes(lang, file.name, bytes, decree);
}
