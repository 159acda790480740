/**
 * What a workbook file may hold before exceljs is given it. exceljs inflates every part of the
 * package into memory and builds an object per cell (about 500 bytes each): a small file that
 * inflates to gigabytes, or millions of cells, would end the process with an out-of-memory
 * crash instead of a message. These checks read only the zip's directory and inflate each part
 * as a stream (a 64 KB window at a time), stopping as soon as a limit is passed, so a file they
 * refuse never costs more than the limit in time and almost nothing in memory.
 *
 * Also recognised before exceljs: a password-protected workbook (Excel stores it as an OLE
 * compound file holding an "EncryptedPackage" stream, not as a zip) and an old .xls workbook
 * saved under an .xlsx name, which exceljs would only call "not a zip file".
 */
import { createInflateRaw } from "node:zlib";

export interface XlsxLimits {
  /** The total size of the package's parts once inflated, in bytes. */
  inflatedBytes: number;
  /** Cells (`<c>` elements) over all worksheets, empty formatted cells included. */
  cells: number;
  /** Rows (`<row>` elements) over all worksheets, empty formatted rows included. */
  rows: number;
}

/**
 * 512 MB inflated: exceljs turns each XML part into one string, and V8 refuses strings over
 * about 512 MB (0x1fffffe8 characters), so a larger part could not be read at all; a package of
 * that size already needs gigabytes of heap in exceljs, and Node's default heap is about 4 GB.
 * Cells and rows, measured here (`kinerja validate`, peak resident memory): 1,048,576 rows of
 * one cell, 75 s and 2.2 GB; 100,000 rows of 40 cells (4 million cells), 78 s and 1.8 GB;
 * 1,048,576 rows of 4 cells, 92 s and 2.4 GB. exceljs pays about 2 KB per row and a few
 * hundred bytes per cell, so 2,000,000 cells and 1,048,576 rows (one full sheet's worth, over
 * all sheets) stay within about 2.5 GB. A reporting workbook is far below: the national test
 * (every KPU office) has 7,176 RKT rows.
 */
export const XLSX_LIMITS: XlsxLimits = {
  inflatedBytes: 512 * 1024 * 1024,
  cells: 2_000_000,
  rows: 1_048_576,
};

export type PackageProblem =
  | { kind: "encrypted" }
  | { kind: "legacyXls" }
  | { kind: "tooLarge"; limitMb: number }
  | { kind: "tooManyCells"; limit: number }
  | { kind: "tooManyRows"; limit: number };

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTED_STREAM = Buffer.from("EncryptedPackage", "utf16le");

const mb = (limits: XlsxLimits) => Math.round(limits.inflatedBytes / (1024 * 1024));

/** A file larger than the inflated limit is refused before it is read (a part never shrinks much when stored). */
export function checkFileSize(
  bytes: number,
  limits: XlsxLimits = XLSX_LIMITS
): PackageProblem | undefined {
  return bytes > limits.inflatedBytes ? { kind: "tooLarge", limitMb: mb(limits) } : undefined;
}

/** An OLE compound file: encrypted OOXML, or an Excel 97–2003 workbook. */
function oleProblem(data: Buffer): PackageProblem | undefined {
  if (data.length < 8 || OLE_SIGNATURE.some((b, i) => data[i] !== b)) return undefined;
  return data.includes(ENCRYPTED_STREAM) ? { kind: "encrypted" } : { kind: "legacyXls" };
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The zip's central directory, or undefined when it cannot be found (exceljs then says why). */
function entries(data: Buffer): Entry[] | undefined {
  const min = Math.max(0, data.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = data.length - 22; i >= min; i--)
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return undefined;
  let count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  const locator = eocd - 20;
  if (locator >= 0 && data.readUInt32LE(locator) === 0x07064b50) {
    const z64 = Number(data.readBigUInt64LE(locator + 8));
    if (z64 + 56 <= data.length && data.readUInt32LE(z64) === 0x06064b50) {
      count = Number(data.readBigUInt64LE(z64 + 32));
      offset = Number(data.readBigUInt64LE(z64 + 48));
    }
  }
  const out: Entry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== 0x02014b50) return undefined;
    const method = data.readUInt16LE(p + 10);
    let compressedSize = data.readUInt32LE(p + 20);
    let size = data.readUInt32LE(p + 24);
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    let localOffset = data.readUInt32LE(p + 42);
    const name = data.toString("utf8", p + 46, p + 46 + nameLength);
    // ZIP64: sizes and offset marked 0xFFFFFFFF are in the extra field, in this order.
    let x = p + 46 + nameLength;
    const xEnd = Math.min(data.length, x + extraLength);
    while (x + 4 <= xEnd) {
      const id = data.readUInt16LE(x);
      const len = data.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        const next = () => {
          const v = q + 8 <= xEnd ? Number(data.readBigUInt64LE(q)) : 0;
          q += 8;
          return v;
        };
        if (size === 0xffffffff) size = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localOffset === 0xffffffff) localOffset = next();
      }
      x += 4 + len;
    }
    out.push({ name, method, compressedSize, size, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/**
 * Counts `<c>` and `<row>` start tags (`<c `, `<c>`, `<c/>`, or with a namespace prefix,
 * `<x:c `) across chunks of a worksheet's XML; `<col>`, `<cfRule>` and the like are neither.
 */
class CellCounter {
  cells = 0;
  rows = 0;
  private tail: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): void {
    const buf = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
    this.tail = Buffer.alloc(0);
    let i = buf.indexOf(0x3c);
    while (i !== -1) {
      const tag = this.tagAt(buf, i);
      if (tag === undefined) {
        this.tail = Buffer.from(buf.subarray(i));
        return;
      }
      if (tag === "c") this.cells++;
      else if (tag === "row") this.rows++;
      i = buf.indexOf(0x3c, i + 1);
    }
  }

  /** The element the tag at `at` opens, if a cell or a row; undefined when the chunk ends first. */
  private tagAt(buf: Buffer, at: number): "c" | "row" | null | undefined {
    let j = at + 1;
    // An optional namespace prefix: letters, digits, "_", "-", "." then ":".
    let k = j;
    while (k < buf.length && k - j <= 32 && isNameByte(buf[k] as number)) k++;
    if (k >= buf.length) return k - j > 32 ? null : undefined;
    if (buf[k] === 0x3a /* : */) j = k + 1;
    if (j + 1 >= buf.length) return undefined;
    if (buf[j] === 0x63 /* c */) return ends(buf[j + 1] as number) ? "c" : null;
    if (buf[j] !== 0x72 /* r */) return null;
    if (j + 3 >= buf.length) return undefined;
    return buf[j + 1] === 0x6f && buf[j + 2] === 0x77 && ends(buf[j + 3] as number) ? "row" : null;
  }
}

/** A byte that ends an element name: whitespace, ">" or "/". */
const ends = (b: number) =>
  b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x3e || b === 0x2f;

const isNameByte = (b: number) =>
  (b >= 0x61 && b <= 0x7a) ||
  (b >= 0x41 && b <= 0x5a) ||
  (b >= 0x30 && b <= 0x39) ||
  b === 0x5f ||
  b === 0x2d ||
  b === 0x2e;

const isWorksheet = (name: string) => /(^|\/)worksheets\/[^/]+\.xml$/i.test(name);

/** Inflate one part as a stream, handing each chunk to `onChunk`; false stops it. */
function inflate(data: Buffer, onChunk: (chunk: Buffer) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const stream = createInflateRaw({ chunkSize: 64 * 1024 });
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    stream.on("data", (chunk: Buffer) => {
      if (!onChunk(chunk)) {
        stream.destroy();
        finish();
      }
    });
    stream.on("end", finish);
    stream.on("close", finish);
    // A broken part is exceljs's to report.
    stream.on("error", finish);
    stream.end(data);
  });
}

/**
 * Check a workbook file's bytes before exceljs loads them: a password-protected or .xls file,
 * a package that inflates past `limits.inflatedBytes`, or more than `limits.cells` cells.
 * Anything else, a damaged zip included, is left to exceljs.
 */
export async function checkXlsxPackage(
  bytes: Uint8Array,
  limits: XlsxLimits = XLSX_LIMITS
): Promise<PackageProblem | undefined> {
  const data = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const ole = oleProblem(data);
  if (ole !== undefined) return ole;
  const sizeProblem = checkFileSize(data.length, limits);
  if (sizeProblem !== undefined) return sizeProblem;
  let list: Entry[] | undefined;
  try {
    list = entries(data);
  } catch {
    list = undefined;
  }
  if (list === undefined) return undefined;
  const tooLarge: PackageProblem = { kind: "tooLarge", limitMb: mb(limits) };
  const tooMany: PackageProblem = { kind: "tooManyCells", limit: limits.cells };
  const tooManyRows: PackageProblem = { kind: "tooManyRows", limit: limits.rows };
  // What the directory declares first: an honest bomb is refused without inflating anything.
  if (list.reduce((sum, e) => sum + e.size, 0) > limits.inflatedBytes) return tooLarge;
  // Then what the parts really inflate to, as the directory may not tell the truth.
  let inflated = 0;
  let cells = 0;
  let rows = 0;
  for (const e of list) {
    const at = e.localOffset;
    if (at + 30 > data.length || data.readUInt32LE(at) !== 0x04034b50) continue;
    const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
    const body = data.subarray(start, Math.min(data.length, start + e.compressedSize));
    const counter = isWorksheet(e.name) ? new CellCounter() : undefined;
    let problem: PackageProblem | undefined;
    const take = (chunk: Buffer): boolean => {
      inflated += chunk.length;
      if (inflated > limits.inflatedBytes) problem = tooLarge;
      else if (counter !== undefined) {
        counter.push(chunk);
        if (cells + counter.cells > limits.cells) problem = tooMany;
        else if (rows + counter.rows > limits.rows) problem = tooManyRows;
      }
      return problem === undefined;
    };
    if (e.method === 0) take(body);
    else if (e.method === 8) await inflate(body, take);
    if (problem !== undefined) return problem;
    cells += counter?.cells ?? 0;
    rows += counter?.rows ?? 0;
  }
  return undefined;
}
