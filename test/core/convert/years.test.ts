/**
 * Tables whose columns name years ("Target 2022 | Realisasi 2021 | Realisasi 2022", common in
 * an LKj that compares with last year): the table's year is found (target, title, the decree's
 * year), this year's columns are used, last year's realisasi is read apart and not used for
 * capaian, any other year is ignored, and the report says which column was read as what.
 */
import { planConvert, type ConvertOptions } from "../../../src/core/workbook/convert";
import {
  columnMeaning,
  meaningOf,
  quarterOf,
  yearTagOf,
} from "../../../src/core/workbook/convert/columns";
import { pct, snapshotOf, workbookOf, type SheetSpec, type Typed } from "./fixtures/sheet";

const HEAD = ["No", "Sasaran Strategis", "Indikator Kinerja"];
const SASARAN = "Meningkatnya partisipasi masyarakat";

/** A sheet: title lines, a blank row when there are any, the header, the rows, lines below. */
function sheet(
  header: Typed[],
  rows: Typed[][],
  more: { title?: string[]; below?: Typed[][]; merges?: string[]; subHeader?: Typed[] } = {}
): SheetSpec {
  const title = (more.title ?? []).map((t) => [t]);
  return {
    name: "LKj",
    rows: [
      ...title,
      ...(title.length > 0 ? [[]] : []),
      [...HEAD, ...header],
      ...(more.subHeader !== undefined ? [[null, null, null, ...more.subHeader]] : []),
      ...rows,
      ...(more.below ?? []),
    ],
    ...(more.merges !== undefined ? { merges: more.merges } : {}),
  };
}

/** Two indicators: their targets and realisasi by column, left to right. */
const body = (one: Typed[], two: Typed[]): Typed[][] => [
  [1, SASARAN, "Persentase partisipasi pemilih", ...one],
  [null, null, "Persentase pemilih disabilitas yang terlayani", ...two],
];

function convert(spec: SheetSpec, options?: ConvertOptions) {
  const result = planConvert(snapshotOf(workbookOf(spec)), spec.name, options);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 1));
  const report = result.report.tables[0];
  if (report === undefined) throw new Error("no table");
  const lines = result.report.lines;
  return {
    result,
    report,
    /** Column letter -> status, of every header column past Indikator. */
    statuses: Object.fromEntries(
      [...report.columns, ...report.unrecognised]
        .filter((c) => c.column > "C")
        .map((c) => [c.column, c.status])
    ),
    /** Carried values by indicator, in order (ids follow the table's name). */
    carried: [...result.carried.values()],
    lastYear: report.indicators.map((i) => i.lastYear),
    id: lines.map((l) => l.id),
    en: lines.map((l) => l.en),
  };
}

/** The report's lines about the table's year and the year-tagged columns. */
const yearLines = (lines: string[]) =>
  lines.filter((l) => /^(?:Tahun tabel|The table's year|Kolom "|Column ")/.test(l));

describe("Convert: the table's year from the target column", () => {
  const c = convert(
    sheet(
      ["Target 2022", "Realisasi 2021", "Realisasi 2022", "Capaian (%)"],
      body([pct(0.8), pct(0.75), pct(0.82), 1.025], [pct(0.9), pct(0.85), pct(0.95)])
    )
  );

  it("uses Realisasi 2022 as this year's realisasi, not Realisasi 2021", () => {
    expect(c.report.year).toBe(2022);
    expect(c.statuses).toEqual({ D: "used", E: "lastYear", F: "used", G: "computed" });
    // Last year's realisasi is kept in Realisasi Tahun Lalu, in the target's units.
    expect(c.carried).toEqual([
      { tw4: 0.82, realisasiLalu: 0.75 },
      { tw4: 0.95, realisasiLalu: 0.85 },
    ]);
    expect(c.result.decree.year).toBe(2022);
  });

  it("reads Realisasi 2021 as last year's realisasi, kept in the report only", () => {
    expect(c.lastYear).toEqual([0.75, 0.85]);
    expect(c.report.columns.find((col) => col.column === "E")).toMatchObject({
      header: "Realisasi 2021",
      meaning: "realisasi",
      status: "lastYear",
      year: 2021,
    });
  });

  it("says which column was read as what, in both languages", () => {
    expect(yearLines(c.id)).toEqual([
      "Tahun tabel: 2022 (dari judul kolom D1).",
      'Kolom "Target 2022" dibaca sebagai target tahun ini (2022); kolom "Realisasi 2021" dibaca sebagai realisasi tahun lalu (ditulis ke kolom Realisasi Tahun Lalu, tidak dipakai untuk capaian); kolom "Realisasi 2022" dibaca sebagai realisasi tahun ini (2022).',
    ]);
    expect(yearLines(c.en)).toEqual([
      "The table's year: 2022 (from the header D1).",
      'Column "Target 2022" read as this year\'s target (2022); column "Realisasi 2021" read as last year\'s realisasi (written to the Realisasi Tahun Lalu column, not used for capaian); column "Realisasi 2022" read as this year\'s realisasi (2022).',
    ]);
    expect(c.id).toContain(
      'E: "Realisasi 2021" → realisasi tahun lalu (ditulis ke kolom Realisasi Tahun Lalu, tidak dipakai untuk capaian)'
    );
    expect(c.id).toContain(
      "Kolom Realisasi tunggal (F) dibawa ke Realisasi TW IV sebagai nilai tahunan."
    );
  });

  it("takes the target's year over the title's", () => {
    const t = convert(
      sheet(
        ["Target 2022", "Realisasi 2021", "Realisasi 2022"],
        body([pct(0.8), pct(0.75), pct(0.82)], [pct(0.9), pct(0.85), pct(0.95)]),
        { title: ["LAPORAN KINERJA TAHUN 2021"] }
      )
    );
    expect(t.report.year).toBe(2022);
    expect(t.statuses).toEqual({ D: "used", E: "lastYear", F: "used" });
  });
});

describe("Convert: the table's year from the title rows", () => {
  it.each([
    ["Tahun 2022", "LKj"],
    ["RENCANA KINERJA TAHUNAN KPU KOTA CONTOH TAHUN 2022", "KPU"],
  ])("%s: Realisasi 2022 used, 2021 last year's", (title, shortName) => {
    const c = convert(
      sheet(
        ["Target", "Realisasi 2021", "Realisasi 2022"],
        body([pct(0.8), pct(0.75), pct(0.82)], [pct(0.9), pct(0.85), pct(0.95)]),
        { title: ["PENGUKURAN KINERJA", title] }
      )
    );
    expect(c.report.year).toBe(2022);
    expect(c.statuses).toEqual({ D: "used", E: "lastYear", F: "used" });
    // Last year's realisasi is kept in Realisasi Tahun Lalu, in the target's units.
    expect(c.carried).toEqual([
      { tw4: 0.82, realisasiLalu: 0.75 },
      { tw4: 0.95, realisasiLalu: 0.85 },
    ]);
    expect(yearLines(c.en)[0]).toBe("The table's year: 2022 (from title row 2).");
    expect(c.report.shortName).toBe(shortName);
  });

  it("a title of 2021 makes Realisasi 2021 this year's and Realisasi 2022 another year's", () => {
    const c = convert(
      sheet(
        ["Target", "Realisasi 2021", "Realisasi 2022"],
        body([pct(0.8), pct(0.75), pct(0.82)], [pct(0.9), pct(0.85), pct(0.95)]),
        { title: ["RENCANA KINERJA TAHUNAN KPU KOTA CONTOH TAHUN 2021"] }
      )
    );
    expect(c.report.year).toBe(2021);
    expect(c.statuses).toEqual({ D: "used", E: "used", F: "otherYear" });
    expect(c.carried).toEqual([{ tw4: 0.75 }, { tw4: 0.85 }]);
    expect(c.lastYear).toEqual([undefined, undefined]);
    expect(yearLines(c.id)[1]).toBe(
      'Kolom "Realisasi 2021" dibaca sebagai realisasi tahun ini (2021); kolom "Realisasi 2022" diabaikan (tahun 2022, bukan tahun tabel).'
    );
  });
});

describe("Convert: the table's year from the decree's year", () => {
  const spec = sheet(
    ["Target", "Realisasi 2021", "Realisasi 2022"],
    body([pct(0.8), pct(0.75), pct(0.82)], [pct(0.9), pct(0.85), pct(0.95)])
  );

  it("with no target year and no title, the latest year a header names", () => {
    const c = convert(spec);
    expect(c.report.year).toBe(2022);
    expect(c.statuses).toEqual({ D: "used", E: "lastYear", F: "used" });
    expect(yearLines(c.en)[0]).toBe("The table's year: 2022 (from the header F1).");
    expect(c.result.decree.year).toBe(2022);
  });

  it("the year the user gives", () => {
    const c = convert(spec, { year: 2021 });
    expect(c.report.year).toBe(2021);
    expect(c.statuses).toEqual({ D: "used", E: "used", F: "otherYear" });
    expect(yearLines(c.en)[0]).toBe("The table's year: 2021 (from the user's choice).");
  });

  it("the date of signing, when nothing else names a year", () => {
    const c = convert(
      sheet(
        ["Target", "Realisasi Tahun Lalu", "Realisasi"],
        body([pct(0.8), pct(0.75), pct(0.82)], [pct(0.9), pct(0.85), pct(0.95)]),
        {
          below: [[], ["Sragen, 15 Januari 2022"], ["KETUA KPU KABUPATEN SRAGEN,"], ["Nama Ketua"]],
        }
      )
    );
    expect(c.report.year).toBe(2022);
    expect(c.report.columns.find((col) => col.column === "E")).toMatchObject({
      status: "lastYear",
      year: 2021,
    });
    expect(yearLines(c.en)[0]).toBe("The table's year: 2022 (from the date of the decree).");
  });
});

describe("Convert: other years and last year in words", () => {
  it("ignores Realisasi 2020 in a 2022 table and says so", () => {
    const c = convert(
      sheet(
        ["Target 2022", "Realisasi 2020", "Realisasi 2021", "Realisasi 2022"],
        body([pct(0.8), pct(0.7), pct(0.75), pct(0.82)], [pct(0.9), pct(0.8), pct(0.85), pct(0.95)])
      )
    );
    expect(c.statuses).toEqual({ D: "used", E: "otherYear", F: "lastYear", G: "used" });
    expect(c.report.unrecognised).toEqual([
      expect.objectContaining({
        column: "E",
        header: "Realisasi 2020",
        status: "otherYear",
        year: 2020,
      }),
    ]);
    // Last year's realisasi is kept in Realisasi Tahun Lalu, in the target's units.
    expect(c.carried).toEqual([
      { tw4: 0.82, realisasiLalu: 0.75 },
      { tw4: 0.95, realisasiLalu: 0.85 },
    ]);
    expect(c.lastYear).toEqual([0.75, 0.85]);
    expect(c.id).toContain('E: "Realisasi 2020" bukan kolom tahun tabel ini; isinya diabaikan.');
    expect(c.en).toContain(
      'E: "Realisasi 2020" is not for this table\'s year; its cells are ignored.'
    );
    expect(yearLines(c.id)[1]).toContain(
      'kolom "Realisasi 2020" diabaikan (tahun 2020, bukan tahun tabel); kolom "Realisasi 2021" dibaca sebagai realisasi tahun lalu'
    );
  });

  it("ignores a target of another year", () => {
    const c = convert(
      sheet(
        ["Target 2021", "Target 2022", "Realisasi 2022"],
        body([pct(0.7), pct(0.8), pct(0.82)], [pct(0.8), pct(0.9), pct(0.95)]),
        { title: ["RKT KPU KOTA CONTOH TAHUN 2022"] }
      )
    );
    expect(c.statuses).toEqual({ D: "otherYear", E: "used", F: "used" });
    expect(c.result.decree.tables[0]?.indicators.map((i) => i.target?.text)).toEqual([
      "80%",
      "90%",
    ]);
  });

  it.each(["Realisasi Tahun Lalu", "Realisasi Tahun Sebelumnya"])(
    "%s is last year's realisasi",
    (last) => {
      const c = convert(
        sheet(
          ["Target 2022", last, "Realisasi"],
          body([pct(0.8), pct(0.75), pct(0.82)], [pct(0.9), pct(0.85), pct(0.95)])
        )
      );
      expect(c.statuses).toEqual({ D: "used", E: "lastYear", F: "used" });
      expect(c.report.columns.find((col) => col.column === "E")?.year).toBe(2021);
      // Last year's realisasi is kept in Realisasi Tahun Lalu, in the target's units.
      expect(c.carried).toEqual([
        { tw4: 0.82, realisasiLalu: 0.75 },
        { tw4: 0.95, realisasiLalu: 0.85 },
      ]);
      expect(c.lastYear).toEqual([0.75, 0.85]);
    }
  );

  it("reads last year in words even when no year is known", () => {
    const c = convert(
      sheet(
        ["Target", "Realisasi", "Realisasi Tahun Sebelumnya"],
        body([pct(0.8), pct(0.82), pct(0.75)], [pct(0.9), pct(0.95), pct(0.85)])
      )
    );
    expect(c.report.year).toBeUndefined();
    expect(c.statuses).toEqual({ D: "used", E: "used", F: "lastYear" });
    expect(c.lastYear).toEqual([0.75, 0.85]);
    expect(yearLines(c.en)).toEqual([
      'Column "Realisasi Tahun Sebelumnya" read as last year\'s realisasi (written to the Realisasi Tahun Lalu column, not used for capaian).',
    ]);
  });
});

describe("Convert: no year anywhere", () => {
  it("reads the columns as before: the first Realisasi used, the second a repeat", () => {
    const c = convert(
      sheet(
        ["Target", "Realisasi", "Realisasi", "Capaian"],
        body([pct(0.8), pct(0.75), pct(0.82)], [pct(0.9), pct(0.85), pct(0.95)])
      )
    );
    expect(c.report.year).toBeUndefined();
    expect(c.statuses).toEqual({ D: "used", E: "used", F: "duplicate", G: "computed" });
    expect(c.carried).toEqual([{ tw4: 0.75 }, { tw4: 0.85 }]);
    expect(c.lastYear).toEqual([undefined, undefined]);
    expect(yearLines(c.id)).toEqual([]);
    expect(c.report.columns.every((col) => col.year === undefined)).toBe(true);
  });

  it("a year in the title alone changes nothing in untagged columns", () => {
    const c = convert(
      sheet(
        ["Target", "TW I", "TW II", "TW III", "TW IV"],
        body([pct(0.8), pct(0.2), pct(0.4)], [pct(0.9), pct(0.3)]),
        { title: ["RKT KPU KOTA CONTOH TAHUN 2022"] }
      )
    );
    expect(c.report.year).toBe(2022);
    expect(c.statuses).toEqual({ D: "used", E: "used", F: "used", G: "used", H: "used" });
    expect(yearLines(c.id)).toEqual([]);
  });
});

describe("Convert: quarter columns with years", () => {
  it("uses this year's quarters, ignores last year's, keeps untagged quarters", () => {
    const c = convert(
      sheet(
        [
          "Target 2022",
          "TW I 2021",
          "TW I 2022",
          "Realisasi TW II 2022",
          "Realisasi TW III",
          "Realisasi Tahun 2021",
        ],
        body(
          [pct(0.8), pct(0.1), pct(0.2), pct(0.4), pct(0.6), pct(0.75)],
          [pct(0.9), pct(0.15), pct(0.25), pct(0.5), null, pct(0.85)]
        )
      )
    );
    expect(c.statuses).toEqual({
      D: "used",
      E: "otherYear",
      F: "used",
      G: "used",
      H: "used",
      I: "lastYear",
    });
    expect(c.report.columns.map((col) => [col.column, col.meaning])).toContainEqual(["F", "tw1"]);
    expect(c.carried).toEqual([
      { tw1: 0.2, tw2: 0.4, tw3: 0.6, realisasiLalu: 0.75 },
      { tw1: 0.25, tw2: 0.5, realisasiLalu: 0.85 },
    ]);
    expect(c.lastYear).toEqual([0.75, 0.85]);
    expect(yearLines(c.id)[1]).toBe(
      'Kolom "Target 2022" dibaca sebagai target tahun ini (2022); kolom "TW I 2021" diabaikan (tahun 2021, bukan tahun tabel); kolom "TW I 2022" dibaca sebagai realisasi TW I tahun ini (2022); kolom "Realisasi TW II 2022" dibaca sebagai realisasi TW II tahun ini (2022); kolom "Realisasi Tahun 2021" dibaca sebagai realisasi tahun lalu (ditulis ke kolom Realisasi Tahun Lalu, tidak dipakai untuk capaian).'
    );
  });

  it("reads a two-row header: REALISASI 2022 over TW I..TW IV, REALISASI 2021 merged down", () => {
    const c = convert(
      sheet(
        ["TARGET 2022", "REALISASI 2021", "REALISASI 2022", null, null, null],
        body(
          [pct(0.8), pct(0.75), pct(0.2), pct(0.4), pct(0.6), pct(0.82)],
          [pct(0.9), pct(0.85), pct(0.3), null, null, null]
        ),
        {
          subHeader: [null, null, "TW I", "TW II", "TW III", "TW IV"],
          merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:I1"],
        }
      )
    );
    expect(c.report.header.rows).toEqual([1, 2]);
    expect(c.statuses).toEqual({
      D: "used",
      E: "lastYear",
      F: "used",
      G: "used",
      H: "used",
      I: "used",
    });
    expect(c.carried).toEqual([
      { tw1: 0.2, tw2: 0.4, tw3: 0.6, tw4: 0.82, realisasiLalu: 0.75 },
      { tw1: 0.3, realisasiLalu: 0.85 },
    ]);
    expect(c.lastYear).toEqual([0.75, 0.85]);
  });

  it("reads years under a merged REALISASI, and ignores last year's quarters in words", () => {
    const c = convert(
      sheet(
        ["Target", "REALISASI", null, "Realisasi TW I Tahun Lalu"],
        body([pct(0.8), pct(0.75), pct(0.82), pct(0.1)], [pct(0.9), pct(0.85), pct(0.95), null]),
        {
          subHeader: [null, "2021", "2022", null],
          merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4"],
          title: ["RKT KPU KOTA CONTOH TAHUN 2022"],
        }
      )
    );
    expect(c.statuses).toEqual({ D: "used", E: "lastYear", F: "used", G: "otherYear" });
    expect(c.report.columns.map((col) => [col.column, col.header, col.year])).toEqual([
      ["A", "No", undefined],
      ["B", "Sasaran Strategis", undefined],
      ["C", "Indikator Kinerja", undefined],
      ["D", "Target", undefined],
      ["E", "REALISASI / 2021", 2021],
      ["F", "REALISASI / 2022", 2022],
    ]);
    // Last year's realisasi is kept in Realisasi Tahun Lalu, in the target's units.
    expect(c.carried).toEqual([
      { tw4: 0.82, realisasiLalu: 0.75 },
      { tw4: 0.95, realisasiLalu: 0.85 },
    ]);
    expect(c.report.unrecognised).toEqual([
      expect.objectContaining({ column: "G", meaning: "tw1", status: "otherYear", year: 2021 }),
    ]);
    expect(yearLines(c.en)[1]).toBe(
      'Column "REALISASI / 2021" read as last year\'s realisasi (written to the Realisasi Tahun Lalu column, not used for capaian); column "REALISASI / 2022" read as this year\'s realisasi (2022); column "Realisasi TW I Tahun Lalu" ignored (last year; of last year only the yearly realisasi is read).'
    );
  });
});

describe("Convert: two tables of different years on one sheet", () => {
  it("reads each table for its own title's year", () => {
    const table = (title: string): Typed[][] => [
      [title],
      [...HEAD, "Target", "Realisasi 2021", "Realisasi 2022"],
      ...body([pct(0.8), pct(0.75), pct(0.82)], [pct(0.9), pct(0.85), pct(0.95)]),
      [],
    ];
    const result = planConvert(
      snapshotOf(
        workbookOf({
          name: "Dua Tabel",
          rows: [
            ...table("I. RKT SEKRETARIAT KPU KOTA CONTOH TAHUN 2022"),
            ...table("II. RKT KPU KOTA CONTOH TAHUN 2021"),
          ],
        })
      ),
      "Dua Tabel"
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.report.tables.map((t) => t.year)).toEqual([2022, 2021]);
    expect([...result.carried]).toEqual([
      ["rkt-sekretariat-1", { tw4: 0.82, realisasiLalu: 0.75 }],
      ["rkt-sekretariat-2", { tw4: 0.95, realisasiLalu: 0.85 }],
      ["rkt-kpu-1", { tw4: 0.75 }],
      ["rkt-kpu-2", { tw4: 0.85 }],
    ]);
    expect(result.report.tables.map((t) => t.indicators.map((i) => i.lastYear))).toEqual([
      [0.75, 0.85],
      [undefined, undefined],
    ]);
  });
});

describe("header words for years", () => {
  it.each([
    ["Realisasi Tahun Lalu", "realisasi"],
    ["Realisasi Tahun Sebelumnya", "realisasi"],
    ["Realisasi TA 2022", "realisasi"],
  ])("%s -> %s", (text, meaning) => expect(meaningOf(text)).toBe(meaning));

  it.each([
    ["TW I 2022", 1],
    ["Realisasi TW II Tahun 2022", 2],
    ["Triwulan III Tahun Lalu", 3],
  ])("%s is quarter %i", (text, quarter) => expect(quarterOf(text)?.quarter).toBe(quarter));

  it.each([
    ["Tahun Lalu", "REALISASI", "realisasi"],
    ["Tahun 2022", "REALISASI", "realisasi"],
    ["", "Realisasi TW I", "tw1"],
    ["", "REALISASI", "realisasi"],
  ])("%s under %s -> %s", (own, parent, meaning) =>
    expect(columnMeaning(own, parent).meaning).toBe(meaning)
  );
});

describe("header year tags", () => {
  it.each([
    ["Realisasi 2021", { year: 2021 }],
    ["REALISASI 2022 / TW I", { year: 2022 }],
    ["TW I Tahun 2022", { year: 2022 }],
    ["Realisasi Tahun Lalu", { lastYear: true }],
    ["Realisasi Th. Sebelumnya", { lastYear: true }],
    ["REALISASI / Tahun Lalu", { lastYear: true }],
    ["Realisasi", undefined],
    ["Realisasi Tahunan", undefined],
  ])("%s -> %j", (text, tag) => expect(yearTagOf(text)).toEqual(tag));
});
