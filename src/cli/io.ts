/**
 * Files of the command line: read an .xlsx (its bytes and exceljs's reading), and write one
 * atomically — the whole file goes to a temporary file in the same folder, which is renamed
 * over the target only once complete. A failure leaves no partial file and an existing file
 * as it was.
 */
import { promises as fs } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import type { Lang } from "../core/i18n/types";
import { XlsxFile } from "../xlsx/file";
import { checkFileSize, checkXlsxPackage, type PackageProblem } from "../xlsx/limits";
import { ReadOnlyTarget, isReadOnly, writeAtomically } from "./atomic";
import { m } from "./messages";

/** Where the command reads and writes: writers for its two streams and its folder. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Relative paths are taken from here (default: process.cwd()). */
  cwd?: string;
}

/** A problem the user can fix: the message for stderr; the command exits with 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** More lines after the message (e.g. one per bad field of a decree file). */
    readonly details: string[] = []
  ) {
    super(message);
    this.name = "UsageError";
  }
}

export const isXlsxPath = (path: string): boolean => extname(path).toLowerCase() === ".xlsx";

export function resolvePath(io: CliIo, path: string): string {
  return resolve(io.cwd ?? process.cwd(), path);
}

const detailOf = (error: unknown): string =>
  error instanceof Error ? (error.message.split("\n")[0] ?? error.name) : String(error);

/** A file src/xlsx/limits.ts refuses, as the command's message. */
function refused(lang: Lang, path: string, p: PackageProblem | undefined): void {
  if (p === undefined) return;
  const limit = p.kind === "tooLarge" ? p.limitMb : "limit" in p ? p.limit : 0;
  throw new UsageError(
    m(lang, `io.${p.kind}`, {
      path,
      limit: limit.toLocaleString(lang === "id" ? "id-ID" : "en-US"),
    })
  );
}

/**
 * Read an .xlsx file: its bytes (which the writer patches) and exceljs's reading of them. A
 * missing, non-.xlsx or broken file is a UsageError, and so is one src/xlsx/limits.ts refuses
 * (password-protected, .xls, too large, too many cells).
 */
export async function readXlsx(lang: Lang, path: string): Promise<XlsxFile> {
  if (!isXlsxPath(path)) throw new UsageError(m(lang, "io.notXlsx", { path }));
  let data: Buffer;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new UsageError(m(lang, "io.notFile", { path }));
    refused(lang, path, checkFileSize(stat.size));
    data = await fs.readFile(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(m(lang, "io.missing", { path }));
    throw new UsageError(m(lang, "io.unreadable", { path, detail: detailOf(error) }));
  }
  refused(lang, path, await checkXlsxPackage(data));
  try {
    return await XlsxFile.load(data);
  } catch (error) {
    throw new UsageError(m(lang, "io.unreadable", { path, detail: detailOf(error) }));
  }
}

/** Check an output path before any work is done: .xlsx, in a folder that exists. */
export async function checkOutPath(lang: Lang, path: string): Promise<void> {
  if (!isXlsxPath(path)) throw new UsageError(m(lang, "io.outNotXlsx", { path }));
  await checkOutPlace(lang, path);
}

/** Check that an output path can be written: its folder exists and it is not a folder. */
export async function checkOutPlace(lang: Lang, path: string): Promise<void> {
  try {
    const stat = await fs.stat(dirname(path));
    if (!stat.isDirectory()) throw new Error("not a folder");
  } catch {
    throw new UsageError(m(lang, "io.outDirMissing", { path }));
  }
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new UsageError(m(lang, "io.notFile", { path }));
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  if (await isReadOnly(path)) throw new UsageError(m(lang, "io.readOnly", { path }));
}

/**
 * Write the workbook to `path` atomically: the patched package in memory (only the parts the
 * plans changed differ from the file read), a temporary file beside the target, then a rename
 * over the target. On any failure the temporary file is removed.
 */
export async function writeXlsxAtomic(lang: Lang, file: XlsxFile, path: string): Promise<void> {
  const bytes = async () => file.bytes();
  await writeFileAtomic(lang, bytes, path);
}

/**
 * Write bytes to `path` atomically, as writeXlsxAtomic does (src/cli/atomic.ts: synced before
 * the rename, the target's permissions kept, a read-only target refused, no temporary file left
 * on Ctrl-C or a kill). `bytes` may be a function that makes them, so a failure while making
 * them is reported like a failed write.
 */
export async function writeFileAtomic(
  lang: Lang,
  bytes: Uint8Array | (() => Promise<Uint8Array>),
  path: string
): Promise<void> {
  try {
    await writeAtomically(path, bytes);
  } catch (error) {
    if (error instanceof ReadOnlyTarget) throw new UsageError(m(lang, "io.readOnly", { path }));
    throw new UsageError(m(lang, "io.writeFailed", { path, detail: detailOf(error) }));
  }
}

/** Whether a file exists at `path`. */
export async function exists(path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch {
    return false;
  }
}
