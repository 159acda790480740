/**
 * The recap table as cells, header first: one row per indicator, the overall row, then the
 * notes whose indicator is gone. Each cell has the value the core computed and, inside the
 * workbook, the formula that computes it there (formulas.ts); exported files take the values.
 */
import { CEK_ISIAN } from "../formulas";
import type { KategoriBand } from "../../rules/kategori";
import type { EntryValue } from "../../rules/parse-entry";
import { cellAddress, columnLetter } from "../a1";
import type { LocatedEntry } from "../entries";
import { kategoriFormula } from "../formulas";
import { CAPAIAN_FORMAT, HEADER_ROW, KIND_FORMATS } from "../layout";
import type { Scalar } from "../plan";
import {
  OVERALL_KODE,
  overallLabel,
  RECAP_COLUMNS,
  recapColumn,
  twWord,
  type MeetingNote,
  type Recap,
  type RecapCell,
  type RecapColumnKey,
  type RecapOverall,
  type RecapRow,
} from "./model";

type RowFormulas = Partial<Record<RecapColumnKey, string>>;

/**
 * A number as the RKT sheet stores it: in fraction units (a percent target held as 0,8 under
 * "0%") divided by 100 (87.5 -> 0.875), in plain units (a target held as 80) as it is.
 */
function sheetNumber(v: EntryValue | null, units: RecapRow["units"]): Scalar {
  if (v === null) return "";
  return typeof v === "number" && units === "fraction" ? v / 100 : v;
}

/** A capaian in percent units as the sheet stores it (103.75 -> 1.0375). */
const fraction = (n: number | null): Scalar => (n === null ? "" : n / 100);

function rowCells(r: RecapRow, f: RowFormulas): RecapCell[] {
  // The format the RKT sheet gives the row's numbers (`realisasiFormat` there).
  const kindFormat =
    r.kind === "count" && r.satuan !== ""
      ? `0 "${r.satuan.replace(/"/g, "")}"`
      : r.units === "fraction"
        ? KIND_FORMATS.percent
        : r.units === "plain"
          ? KIND_FORMATS.index
          : KIND_FORMATS[r.kind];
  const cells: Record<RecapColumnKey, RecapCell> = {
    no: { value: r.no },
    unit: { value: r.unit },
    sasaran: { value: r.sasaran },
    indikator: { value: r.indikator },
    target: {
      value: sheetNumber(r.target as EntryValue | null, r.units),
      numberFormat: typeof r.target === "object" && r.target !== null ? "@" : kindFormat,
    },
    realisasi: {
      value: r.cekIsian === "realisasi" ? CEK_ISIAN : sheetNumber(r.realisasi, r.units),
      numberFormat: kindFormat,
    },
    capaian: {
      value: r.cekIsian !== null ? CEK_ISIAN : fraction(r.capaian),
      numberFormat: CAPAIAN_FORMAT,
    },
    kategori: { value: r.kategori },
    permasalahan: { value: r.permasalahan },
    rtl: { value: r.rencanaTindakLanjut },
    keterangan: { value: r.keterangan },
    kode: { value: r.kode },
    penanggungJawab: { value: r.penanggungJawab },
    periode: { value: r.periode },
    targetTw: {
      value: r.cekIsianTw === "target" ? CEK_ISIAN : sheetNumber(r.targetTw, r.units),
      numberFormat: kindFormat,
    },
    capaianTw: {
      value: r.cekIsianTw !== null ? CEK_ISIAN : fraction(r.capaianTw),
      numberFormat: CAPAIAN_FORMAT,
    },
    realisasiLalu: { value: sheetNumber(r.realisasiTahunLalu, r.units), numberFormat: kindFormat },
    perubahan: {
      value: r.cekIsianLkj.perubahan ? CEK_ISIAN : sheetNumber(r.perubahan, r.units),
      numberFormat: kindFormat,
    },
    targetRenstra: { value: sheetNumber(r.targetRenstra, r.units), numberFormat: kindFormat },
    capaianRenstra: {
      value: r.cekIsianLkj.capaianRenstra ? CEK_ISIAN : fraction(r.capaianRenstra),
      numberFormat: CAPAIAN_FORMAT,
    },
  };
  if (typeof r.target === "object" && r.target !== null) cells.target.value = r.targetText;
  for (const [k, formula] of Object.entries(f)) cells[k as RecapColumnKey].formula = formula;
  // What the meeting typed on the recap is kept as it is, over the RKT sheet's words.
  if (r.meetingNote.permasalahan) delete cells.permasalahan.formula;
  if (r.meetingNote.rencanaTindakLanjut) delete cells.rtl.formula;
  return RECAP_COLUMNS.map((c) => cells[c.key]);
}

/** The overall row under `n` indicator rows; `bands` given when the sheet gets formulas. */
function overallCells(o: RecapOverall, n: number, bands?: readonly KategoriBand[]): RecapCell[] {
  const first = HEADER_ROW + 1;
  const capCol = columnLetter(recapColumn("capaian"));
  return RECAP_COLUMNS.map((c): RecapCell => {
    switch (c.key) {
      case "indikator":
        return {
          value: overallLabel(o),
        };
      case "capaian":
        return {
          value: fraction(o.capaian),
          numberFormat: CAPAIAN_FORMAT,
          ...(n > 0 && {
            formula: `=IFERROR(AVERAGE(${capCol}${first + 1}:${capCol}${first + n}),"")`,
          }),
        };
      case "kategori":
        return {
          value: o.kategori,
          ...(bands && {
            formula: kategoriFormula(cellAddress(first + n, recapColumn("capaian")), bands),
          }),
        };
      case "permasalahan":
        return { value: o.note.permasalahan };
      case "rtl":
        return { value: o.note.rencanaTindakLanjut };
      case "kode":
        return { value: OVERALL_KODE };
      default:
        return { value: "" };
    }
  });
}

/** A note whose Kode no longer names an indicator: kept, and said so. */
const orphanCells = (o: MeetingNote): RecapCell[] =>
  RECAP_COLUMNS.map((c): RecapCell => {
    switch (c.key) {
      case "indikator":
        return { value: "(indikator dengan kode ini tidak ada lagi di lembar RKT)" };
      case "permasalahan":
        return { value: o.permasalahan };
      case "rtl":
        return { value: o.rencanaTindakLanjut };
      case "kode":
        return { value: o.kode };
      default:
        return { value: "" };
    }
  });

/** The table's cells, header first; `formulas.of` gives an indicator row's formulas. */
export function recapGrid(
  recap: Pick<Recap, "rows" | "overall" | "reportingQuarter" | "orphans">,
  formulas?: {
    entries: readonly LocatedEntry[];
    of: (e: LocatedEntry, localRow: number) => RowFormulas;
    bands: readonly KategoriBand[];
  }
): RecapCell[][] {
  const first = HEADER_ROW + 1;
  const header = RECAP_COLUMNS.map((c) => ({
    value: c.key === "realisasi" ? `Realisasi s.d. ${twWord(recap.reportingQuarter)}` : c.header,
  }));
  const body = recap.rows.map((r, i) => {
    const e = formulas?.entries[i];
    return rowCells(r, e && formulas ? formulas.of(e, first + i) : {});
  });
  return [
    header,
    ...body,
    overallCells(recap.overall, recap.rows.length, formulas?.bands),
    ...recap.orphans.map(orphanCells),
  ];
}
