/**
 * The Perjanjian Kinerja sheet in the layout of PermenPANRB 53/2014: title, the two parties,
 * the promise, the sasaran/indikator/target table (the decree's RKT), the program block
 * (formulas over the Anggaran sheet, so a pagu typed there shows here), place and date, and
 * the signatures — the second party on the left, the first on the right. It prints on A4
 * portrait, one page wide, the title repeated on every page.
 *
 * Who signs: the decree's `perjanjian` when it has one. Otherwise the second party is the
 * decree's first signer (the Ketua), and the first party is the office's Sekretaris with the
 * name left to fill: the decree's copy is certified by the Sekretaris, which does not make him
 * a signer, so his name is not taken from there.
 */
import type { Decree, DecreeTable } from "../decree/schema";
import { cellAddress, rangeAddress, sheetRef } from "./a1";
import { RUPIAH_FORMAT, type AnggaranColumnKey } from "./anggaran/layout";
import { readableSum } from "./anggaran/plan";
import { COLORS, HEADER_FORMAT, OWN_PREFIX } from "./layout";
import { ownedSheetOpening, PAGE_FOOTER } from "./owned-sheet";
import type { PlanOp, Scalar } from "./plan";
import { writtenDate } from "../i18n/dates";

/**
 * Where the Anggaran table's data rows are, and its columns (0-based on the sheet) as its
 * headers name them: a table staff rearranged is read where its columns are.
 */
export interface AnggaranPlace {
  sheet: string;
  firstRow: number;
  rows: number;
  columns: Partial<Record<AnggaranColumnKey, number>>;
}

export const PK_SHEET = "Perjanjian Kinerja";
export const PK_TABLE = `${OWN_PREFIX}PK`;

/** Column widths (characters): No, Sasaran Strategis, Indikator Kinerja, Target. */
const WIDTHS = [5, 34, 46, 14];
/** Characters a line of running text holds across the four columns. */
const LINE = 92;

/** The height of one line of 11-point text, in points. */
const LINE_POINTS = 15;

/** The lines a cell's text takes in a column `chars` wide (characters of average width). */
export function linesIn(text: string, chars: number): number {
  const perLine = Math.max(1, Math.floor(chars * 1.15));
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** A table row's height: its tallest cell. */
function rowPoints(cells: readonly Scalar[]): number {
  const lines = Math.max(1, ...cells.map((c, i) => linesIn(String(c), WIDTHS[i] ?? 10)));
  return lines * LINE_POINTS + 3;
}

/** One rowHeight op per run of rows of the same height, from `first` down. */
function rowHeightOps(sheet: string, first: number, points: readonly number[]): PlanOp[] {
  const runs: { start: number; count: number; points: number }[] = [];
  points.forEach((p, i) => {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.points === p) last.count++;
    else runs.push({ start: first + i, count: 1, points: p });
  });
  return runs.map((r) => ({
    op: "rowHeight",
    sheet,
    address: rangeAddress(r.start, 0, r.count, 1),
    points: r.points,
  }));
}

/** Running text cut into lines of at most `width` characters, at spaces. */
export function lines(text: string, width = LINE): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") out.push(line);
  return out;
}

export interface PkParties {
  first: { role: string; name?: string | undefined };
  second: { role: string; name?: string | undefined };
  tables: DecreeTable[];
}

/** The parties and the RKT tables of the PK, from the decree (see the module's comment). */
export function pkParties(decree: Decree): PkParties {
  const rkt = decree.tables.filter((t) => t.kind === "rkt");
  const p = decree.perjanjian;
  if (p !== undefined) {
    const chosen = p.tables === undefined ? rkt : rkt.filter((t) => p.tables?.includes(t.id));
    return { first: p.firstParty, second: p.secondParty, tables: chosen.length > 0 ? chosen : rkt };
  }
  const head = decree.signatories[0] as { role: string; name: string };
  const sekretariat = rkt.filter((t) => t.unit === "sekretariat");
  return {
    first: { role: `Sekretaris ${decree.office}` },
    second: { role: head.role, name: head.name },
    tables: sekretariat.length > 0 ? sekretariat : rkt,
  };
}

const INTRO =
  "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:";
const PROMISE =
  "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.";
const SUPERVISION =
  "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.";

/** What the name cell shows until someone types the name. */
export const NAME_TO_FILL = "";

export function pkSheetOps(decree: Decree, sheet: string, anggaran: AnggaranPlace): PlanOp[] {
  const parties = pkParties(decree);
  const ops: PlanOp[] = [
    ...ownedSheetOpening({
      sheet,
      isNew: true,
      tabColor: "#7F6000",
      title: [`PERJANJIAN KINERJA TAHUN ${decree.year}`, decree.office.toUpperCase()],
      widths: WIDTHS,
    }),
  ];
  const cols = WIDTHS.length;
  for (const r of [0, 1]) {
    ops.push(
      { op: "merge", sheet, address: rangeAddress(r, 0, 1, cols) },
      {
        op: "format",
        sheet,
        address: rangeAddress(r, 0, 1, cols),
        format: { horizontal: "center", bold: true, italic: false },
      }
    );
  }
  let row = 3;
  const text = (t: string) => {
    for (const l of lines(t)) {
      ops.push({ op: "write", sheet, address: cellAddress(row, 0), values: [[l]] });
      row++;
    }
  };
  const blankLine = () => row++;
  const nameCells: { first?: string; second?: string } = {};
  const party = (which: "first" | "second", p: PkParties["first"], said: string) => {
    ops.push({
      op: "write",
      sheet,
      address: rangeAddress(row, 1, 2, 2),
      values: [
        ["Nama", p.name ?? NAME_TO_FILL],
        ["Jabatan", p.role],
      ],
    });
    if (p.name === undefined)
      ops.push({
        op: "format",
        sheet,
        address: cellAddress(row, 2),
        format: { fill: COLORS.input },
      });
    nameCells[which] = cellAddress(row, 2);
    row += 2;
    text(said);
  };
  text(INTRO);
  blankLine();
  party("first", parties.first, "selanjutnya disebut pihak pertama,");
  blankLine();
  party("second", parties.second, "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.");
  blankLine();
  text(PROMISE);
  blankLine();
  text(SUPERVISION);
  blankLine();

  // The sasaran / indikator / target table: the PK's own (owned) table.
  const header = row;
  const indicators = parties.tables.flatMap((t) => t.indicators);
  const tableRows: Scalar[][] = indicators.map((ind) => [
    ind.no,
    ind.sasaran,
    ind.text,
    ind.target?.text ?? "",
  ]);
  ops.push(
    {
      op: "write",
      sheet,
      address: rangeAddress(header, 0, tableRows.length + 1, cols),
      values: [["No", "Sasaran Strategis", "Indikator Kinerja", "Target"], ...tableRows],
      numberFormats: [["@", "@", "@", "@"], ...tableRows.map(() => ["@", "@", "@", "@"])],
    },
    {
      op: "table",
      sheet,
      name: PK_TABLE,
      address: rangeAddress(header, 0, tableRows.length + 1, cols),
      style: "TableStyleLight1",
    },
    { op: "format", sheet, address: rangeAddress(header, 0, 1, cols), format: HEADER_FORMAT },
    {
      op: "format",
      sheet,
      address: rangeAddress(header + 1, 0, tableRows.length, cols),
      format: { wrap: true, vertical: "top", border: true },
    }
  );
  // Rows of wrapped text get their height: printed, a row shows only what its height holds.
  ops.push(...rowHeightOps(sheet, header + 1, tableRows.map(rowPoints)));
  row = header + tableRows.length + 1;
  blankLine();

  // The program block, read from the Anggaran sheet.
  const programRows = anggaran.rows;
  // A column missing from the table reads as empty ("").
  const ref = (r: number, key: AnggaranColumnKey) => {
    const c = anggaran.columns[key];
    return c === undefined
      ? '""'
      : `${sheetRef(anggaran.sheet)}!${cellAddress(anggaran.firstRow + r, c)}`;
  };
  const pHeader = row;
  ops.push(
    {
      op: "write",
      sheet,
      address: rangeAddress(pHeader, 0, 1, cols),
      values: [["No", "Program / Kegiatan", "Sasaran Strategis", "Anggaran (Rp)"]],
    },
    { op: "format", sheet, address: rangeAddress(pHeader, 0, 1, cols), format: HEADER_FORMAT }
  );
  const formulas: Scalar[][] = [];
  for (let i = 0; i < programRows; i++) {
    const program = ref(i, "program");
    formulas.push([
      `=IF(${program}="","",${i + 1})`,
      `=IF(${program}="","",${program})`,
      `=IF(${program}="","",IF(${ref(i, "sasaran")}="","",${ref(i, "sasaran")}))`,
      `=IF(${ref(i, "pagu")}="","",${ref(i, "pagu")})`,
    ]);
  }
  if (programRows > 0) {
    ops.push(
      {
        op: "write",
        sheet,
        address: rangeAddress(pHeader + 1, 0, programRows, cols),
        formulas,
        numberFormats: formulas.map(() => ["General", "General", "General", RUPIAH_FORMAT]),
      },
      {
        op: "format",
        sheet,
        address: rangeAddress(pHeader + 1, 0, programRows, cols),
        format: { wrap: true, vertical: "top", border: true },
      },
      // Room for a program's name on two lines; the names are typed later on the Anggaran sheet.
      {
        op: "rowHeight",
        sheet,
        address: rangeAddress(pHeader + 1, 0, programRows, 1),
        points: 2 * LINE_POINTS,
      }
    );
  }
  const totalRow = pHeader + 1 + programRows;
  ops.push(
    {
      op: "write",
      sheet,
      address: rangeAddress(totalRow, 2, 1, 2),
      values: [["Jumlah", null]],
      formulas: [
        [
          null,
          programRows > 0 ? `=${readableSum(rangeAddress(pHeader + 1, 3, programRows, 1))}` : "=0",
        ],
      ],
      numberFormats: [["General", RUPIAH_FORMAT]],
    },
    {
      op: "format",
      sheet,
      address: rangeAddress(totalRow, 0, 1, cols),
      format: { bold: true, border: true },
    }
  );
  row = totalRow + 1;
  blankLine();

  // Place and date, then the signatures: the second party left, the first right.
  ops.push({
    op: "write",
    sheet,
    address: cellAddress(row, 2),
    values: [[`${decree.place}, ${writtenDate(decree.date)?.id ?? decree.date}`]],
  });
  row++;
  ops.push(
    {
      op: "write",
      sheet,
      address: rangeAddress(row, 1, 2, 2),
      values: [
        ["PIHAK KEDUA,", "PIHAK PERTAMA,"],
        [parties.second.role, parties.first.role],
      ],
    },
    {
      op: "format",
      sheet,
      address: rangeAddress(row, 1, 2, 2),
      format: { horizontal: "center", wrap: true, vertical: "top" },
    }
  );
  row += 2 + 4;
  ops.push(
    {
      op: "write",
      sheet,
      address: rangeAddress(row, 1, 1, 2),
      formulas: [
        [
          `=IF(${nameCells.second}="","(........................................)",${nameCells.second})`,
          `=IF(${nameCells.first}="","(........................................)",${nameCells.first})`,
        ],
      ],
    },
    {
      op: "format",
      sheet,
      address: rangeAddress(row, 1, 1, 2),
      format: { horizontal: "center", bold: true },
    }
  );
  const last = row;
  ops.push({
    op: "pageSetup",
    sheet,
    orientation: "portrait",
    paper: "A4",
    fitToWidth: true,
    printArea: rangeAddress(0, 0, last + 1, cols),
    // The title repeats on every page (the table header would stand over the program block).
    printTitleRows: "$1:$2",
    margins: { left: 1, right: 0.75, top: 0.75, bottom: 0.75 },
    centerHorizontally: true,
    footer: PAGE_FOOTER,
  });
  return ops;
}
