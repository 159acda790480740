/**
 * What a zip (an .xlsx) inflates to, checked before exceljs unpacks it — browser-safe (fflate,
 * no Node): the pane's decree file and the offices' workbooks of Gabungkan Buku Kerja.
 */
import { Unzip, UnzipInflate } from "fflate";

/**
 * Whether the zip's parts stay within `limit` bytes once inflated (false also for a file that
 * is not a zip: exceljs would refuse it). Pushed 16 KB at a time, so even a part that claims
 * little and inflates a thousandfold costs at most about 16 MB before it is stopped.
 */
export function inflatesWithin(bytes: Uint8Array, limit: number): boolean {
  let total = 0;
  let over = false;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (over) return;
    if (file.originalSize !== undefined && file.originalSize > limit) {
      over = true;
      return;
    }
    file.ondata = (error, chunk) => {
      if (error !== null) return;
      total += chunk.length;
      if (total > limit && !over) {
        over = true;
        file.terminate();
      }
    };
    file.start();
  };
  const STEP = 16 * 1024;
  try {
    for (let i = 0; i < bytes.length && !over; i += STEP)
      unzip.push(bytes.subarray(i, i + STEP), i + STEP >= bytes.length);
  } catch {
    return false;
  }
  return !over;
}
