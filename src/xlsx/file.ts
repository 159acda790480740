/**
 * An .xlsx file as the command line holds it: the original bytes (the package the writer
 * patches) and the exceljs workbook they were read into (for the snapshot). After a plan is
 * applied, the next read loads the patched package again.
 */
import ExcelJS from "exceljs";
import type { Plan } from "../core/workbook/plan";
import type { ApplyReport } from "../app/port";
import { XlsxPackage } from "./package/package";
import { unzipSync } from "fflate";
import { applyPlanToPackage, blankPackage, packageCharts } from "./package/writer";

export class XlsxFile {
  private pkg: XlsxPackage | undefined;
  private wb: ExcelJS.Workbook | undefined;

  private constructor(
    private readonly original: Uint8Array | undefined,
    workbook: ExcelJS.Workbook,
    pkg?: XlsxPackage
  ) {
    this.wb = workbook;
    this.pkg = pkg;
  }

  /** A file read from disk: its bytes, and exceljs's reading of them. */
  static of(bytes: Uint8Array, workbook: ExcelJS.Workbook): XlsxFile {
    return new XlsxFile(bytes, workbook);
  }

  /** Read bytes with exceljs (errors are exceljs's). */
  static async load(bytes: Uint8Array): Promise<XlsxFile> {
    return XlsxFile.of(bytes, await loadWorkbook(bytes));
  }

  /** A new, empty workbook (no sheets until a plan adds them). */
  static blank(): XlsxFile {
    return new XlsxFile(undefined, new ExcelJS.Workbook(), blankPackage());
  }

  /** The workbook as exceljs reads it now (after a write: the patched package, read again). */
  async workbook(): Promise<ExcelJS.Workbook> {
    this.wb ??= await loadWorkbook(this.bytes());
    return this.wb;
  }

  /** The package, unzipped on first use. */
  package(): XlsxPackage {
    this.pkg ??= XlsxPackage.fromZip(this.original as Uint8Array);
    return this.pkg;
  }

  /** Apply a plan to the package; only the parts it names change. */
  apply(plan: Plan): ApplyReport {
    const report = applyPlanToPackage(this.package(), plan);
    this.wb = undefined;
    return report;
  }

  /**
   * The charts on each sheet, by sheet name. The package is unzipped only when it has drawings
   * (a listing of the zip's entries tells, without inflating them).
   */
  charts(): Map<string, string[]> {
    if (this.pkg === undefined) {
      let drawings = false;
      unzipSync(this.original as Uint8Array, {
        filter: (f) => {
          if (f.name.startsWith("xl/drawings/")) drawings = true;
          return false;
        },
      });
      if (!drawings) return new Map();
    }
    return packageCharts(this.package());
  }

  /** The file's bytes: the original when nothing was applied, else the patched package. */
  bytes(): Uint8Array {
    if (this.pkg === undefined) return this.original as Uint8Array;
    return this.pkg.toZip();
  }
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs wants an ArrayBuffer-like; a Node Buffer works at run time.
  await wb.xlsx.load(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer
  );
  return wb;
}
