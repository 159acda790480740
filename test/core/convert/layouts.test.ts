/**
 * Convert on sheets laid out in different ways (fixtures/layouts.ts): what is recognised, what
 * is not, what is carried into the template, and that the source sheet is never touched.
 */
import type { Target } from "../../../src/core/decree";
import { parseDecree } from "../../../src/core/decree";
import { planConvert, type ConvertOptions } from "../../../src/core/workbook/convert";
import { readRktEntries } from "../../../src/core/workbook/entries";
import { applyPlan } from "../../../src/xlsx/apply";
import { fromC6, twoRowHeader, variantHeader } from "./fixtures/layouts";
import { sheetContents, snapshotOf, workbookOf, type SheetSpec } from "./fixtures/sheet";

interface Expected {
  spec: SheetSpec;
  options?: ConvertOptions;
  tableId: string;
  shortName: string;
  title: string;
  header: { rows: number[]; address: string };
  columns: [string, string][];
  unrecognised: [string, string][];
  indicators: { no: string; text: string; kind: string; kindFrom: string; target?: Target }[];
  sasaranGroups: number;
  continuations: [number, number][];
  ignored: [number, string][];
  unreadTargets: [string, string][];
  carried: Record<string, Record<string, unknown>>;
  fields: {
    year: number;
    office: string;
    officeFound: boolean;
    date: string;
    place?: string;
    signatories?: { role: string; name: string }[];
  };
}

const CASES: Expected[] = [
  {
    spec: twoRowHeader,
    tableId: "rkt-kpu",
    shortName: "KPU",
    title: "Pengukuran Kinerja KPU Kabupaten Sragen Tahun 2022",
    header: { rows: [3, 4], address: "A3:K4" },
    columns: [
      ["A", "no"],
      ["B", "sasaran"],
      ["C", "indikator"],
      ["D", "target"],
      ["E", "satuan"],
      ["F", "tw1"],
      ["G", "tw2"],
      ["H", "tw3"],
      ["I", "tw4"],
      ["J", "capaian"],
      ["K", "keterangan"],
    ],
    unrecognised: [],
    indicators: [
      {
        no: "1",
        text: "Persentase partisipasi pemilih",
        kind: "percent",
        kindFrom: "target",
        target: { kind: "percent", value: 77.5, text: "77,5%" },
      },
      {
        no: "",
        text: "Indeks Kepuasan Masyarakat",
        kind: "index",
        kindFrom: "satuan",
        target: { kind: "index", value: 80, text: "80" },
      },
      {
        no: "",
        text: "Jumlah laporan pelaksanaan tahapan",
        kind: "count",
        kindFrom: "target",
        target: { kind: "count", value: 4, unit: "Laporan", text: "4 Laporan" },
      },
      {
        no: "2",
        text: "Nilai SAKIP",
        kind: "grade",
        kindFrom: "target",
        target: { kind: "grade", value: "BB", text: "BB" },
      },
      {
        no: "",
        text: "Opini BPK atas Laporan Keuangan",
        kind: "opinion",
        kindFrom: "target",
        target: { kind: "opinion", value: "WTP", text: "WTP" },
      },
    ],
    sasaranGroups: 2,
    continuations: [],
    ignored: [
      [10, "blank"],
      [11, "note"],
      [13, "note"],
      [14, "note"],
      [16, "note"],
    ],
    unreadTargets: [],
    carried: {
      // The Satuan column is kept as typed.
      "rkt-kpu-1": { tw3: 0.6, tw4: 0.8, keterangan: "Data KPU RI", satuan: "%" },
      "rkt-kpu-2": { tw1: 78, tw2: 79, tw3: 80.5, tw4: 81, satuan: "Indeks" },
      "rkt-kpu-3": { tw1: 1, tw2: 1, tw3: 1, satuan: "Laporan" },
      "rkt-kpu-4": { tw4: "B", satuan: "Predikat" },
      "rkt-kpu-5": { tw4: "WTP", satuan: "Opini" },
    },
    fields: {
      year: 2022,
      office: "KPU Kabupaten Sragen",
      officeFound: true,
      date: "2023-01-15",
      place: "Sragen",
      signatories: [{ role: "Sekretaris KPU Kabupaten Sragen", name: "Nama Pejabat" }],
    },
  },
  {
    spec: variantHeader,
    tableId: "rkt-sekretariat",
    shortName: "Sekretariat",
    title: "Rencana Kinerja Tahunan Sekretariat Tahun 2021",
    header: { rows: [1], address: "A1:K1" },
    columns: [
      ["A", "no"],
      ["B", "sasaran"],
      ["C", "indikator"],
      ["D", "target"],
      ["E", "tw1"],
      ["F", "tw2"],
      ["G", "tw3"],
      ["H", "tw4"],
      ["I", "keterangan"],
      ["J", "program"],
      ["K", "pagu"],
    ],
    unrecognised: [],
    indicators: [
      {
        no: "1",
        text: "Persentase layanan administrasi tepat waktu",
        kind: "percent",
        kindFrom: "target",
        target: { kind: "percent", value: 100, text: "100 %" },
      },
      {
        no: "",
        text: "Persentase surat keluar yang diarsipkan",
        kind: "percent",
        kindFrom: "target",
        target: { kind: "percent", value: 90, text: "90%" },
      },
      {
        no: "2",
        text: "Jumlah dokumen perencanaan yang tersusun:\na. Renja 2022\nb. RKA 2022\nc. DIPA 2022",
        kind: "count",
        kindFrom: "target",
        target: {
          kind: "count",
          value: 3,
          unit: "Dokumen",
          items: ["Renja 2022", "RKA 2022", "DIPA 2022"],
          text: "3 Dokumen",
        },
      },
      { no: "3", text: "Peningkatan nilai IKPA", kind: "index", kindFrom: "text" },
    ],
    sasaranGroups: 3,
    continuations: [
      [5, 4],
      [6, 4],
      [7, 4],
    ],
    ignored: [
      [9, "blank"],
      [10, "note"],
      [11, "note"],
    ],
    unreadTargets: [["D8", "naik 5 poin"]],
    carried: {
      "rkt-sekretariat-1": { tw1: 0.25, tw2: 0.5, tw3: 0.75, keterangan: "naik" },
      "rkt-sekretariat-2": { tw1: "-", tw2: 0.45 },
      "rkt-sekretariat-3": { tw1: 1, tw2: 1, tw3: "#N/A" },
      "rkt-sekretariat-4": { target: "naik 5 poin", tw1: 90, tw2: 92 },
    },
    fields: {
      year: 2021,
      office: "(nama kantor belum diisi)",
      officeFound: false,
      date: "2021-01-01",
    },
  },
  {
    spec: fromC6,
    tableId: "rkt-kpu",
    shortName: "KPU",
    title: "Indikator Kinerja Utama (IKU) dan Realisasi KPU Provinsi Jawa Timur Tahun 2023",
    header: { rows: [6], address: "C6:J6" },
    columns: [
      ["C", "no"],
      ["D", "sasaran"],
      ["E", "indikator"],
      ["F", "target"],
      ["G", "realisasi"],
      ["H", "capaian"],
      ["I", "cara"],
      ["J", "sumber"],
    ],
    unrecognised: [],
    indicators: [
      {
        no: "1",
        text: "Persentase partisipasi pemilih",
        kind: "percent",
        kindFrom: "target",
        target: { kind: "percent", value: 80, text: "80%" },
      },
      {
        no: "",
        text: "Indeks Demokrasi Indonesia",
        kind: "index",
        kindFrom: "text",
        target: { kind: "index", value: 75, text: "75" },
      },
      {
        no: "2",
        text: "Persentase penyelesaian sengketa\nyang diajukan ke KPU Provinsi",
        kind: "percent",
        kindFrom: "target",
        target: { kind: "percent", value: 100, text: "100%" },
      },
    ],
    sasaranGroups: 2,
    continuations: [[11, 10]],
    ignored: [
      [7, "columnNumbers"],
      [12, "blank"],
      [13, "note"],
      [14, "note"],
      [16, "note"],
    ],
    unreadTargets: [],
    carried: {
      "rkt-kpu-1": { tw4: 0.82, sumber: "Rekap C1" },
      "rkt-kpu-2": { tw4: 76.5, sumber: "BPS" },
      "rkt-kpu-3": { tw4: 1 },
    },
    fields: {
      year: 2023,
      office: "KPU Provinsi Jawa Timur",
      officeFound: true,
      date: "2023-01-01",
      signatories: [{ role: "Ketua KPU Provinsi Jawa Timur", name: "Nama Ketua" }],
    },
  },
];

describe.each(CASES)("Convert: sheet $spec.name", (c) => {
  const wb = workbookOf(c.spec);
  const result = planConvert(snapshotOf(wb), c.spec.name, c.options);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 1));
  const report = result.report.tables[0];
  const table = result.decree.tables[0];

  it("builds one RKT table that passes the decree schema", () => {
    expect(result.decree.tables).toHaveLength(1);
    expect(parseDecree(result.decree).ok).toBe(true);
    expect([table?.id, table?.shortName, table?.title]).toEqual([c.tableId, c.shortName, c.title]);
  });

  it("finds the header and says which columns it understood and which not", () => {
    expect(report?.header).toEqual(c.header);
    expect(report?.columns.map((col) => [col.column, col.meaning])).toEqual(c.columns);
    expect(report?.unrecognised.map((col) => [col.column, col.header])).toEqual(c.unrecognised);
  });

  it("reads each indicator's number, text, kind and target", () => {
    expect(
      table?.indicators.map((i, n) => ({
        no: i.no,
        text: i.text,
        kind: i.kind,
        kindFrom: report?.indicators[n]?.kindFrom,
        ...(i.target ? { target: i.target } : {}),
      }))
    ).toEqual(c.indicators);
    expect(report?.sasaranGroups).toBe(c.sasaranGroups);
  });

  it("joins continuation rows, skips blank rows, column numbers and notes", () => {
    expect(report?.continuations.map((x) => [x.row, x.into])).toEqual(c.continuations);
    expect(report?.ignored.map((x) => [x.row, x.reason])).toEqual(c.ignored);
    expect(report?.unreadTargets.map((x) => [x.cell, x.text])).toEqual(c.unreadTargets);
  });

  it("carries realisasi, unreadable targets, sumber data and keterangan as they were", () => {
    expect(Object.fromEntries(result.carried)).toEqual(c.carried);
  });

  it("takes year, office, date and signatories from the sheet when it says them", () => {
    const d = result.decree;
    expect([d.year, d.office, result.report.fields.office.found, d.date]).toEqual([
      c.fields.year,
      c.fields.office,
      c.fields.officeFound,
      c.fields.date,
    ]);
    if (c.fields.place !== undefined) expect(d.place).toBe(c.fields.place);
    if (c.fields.signatories !== undefined) expect(d.signatories).toEqual(c.fields.signatories);
  });

  it("writes the carried values into the new sheet and leaves the source sheet as it was", () => {
    const copy = workbookOf(c.spec);
    const before = sheetContents(copy, c.spec.name);
    const r = planConvert(snapshotOf(copy), c.spec.name, c.options);
    if (!r.ok) throw new Error("not ok");
    expect(r.plan.ops.filter((op) => op.sheet.toLowerCase() === c.spec.name.toLowerCase())).toEqual(
      []
    );
    applyPlan(copy, r.plan);
    expect(sheetContents(copy, c.spec.name)).toEqual(before);
    const entries = readRktEntries(snapshotOf(copy), r.decree);
    expect(entries.map((e) => e.entry.indicator.id)).toEqual(table?.indicators.map((i) => i.id));
    for (const e of entries) {
      const carried = r.carried.get(e.entry.indicator.id) ?? {};
      (["tw1", "tw2", "tw3", "tw4"] as const).forEach((k, q) =>
        expect(e.entry.realisasi[q]?.value ?? null).toEqual(carried[k] ?? null)
      );
    }
  });
});

describe("Convert: options win over what the sheet says", () => {
  it("uses the given year and office", () => {
    const result = planConvert(snapshotOf(workbookOf(variantHeader)), "rkt sekretariat 2021", {
      year: 2022,
      office: "KPU Kota Malang",
    });
    if (!result.ok) throw new Error("not ok");
    expect([result.decree.year, result.decree.office]).toEqual([2022, "KPU Kota Malang"]);
    expect(result.report.fields.office.found).toBe(true);
  });
});

describe("Convert: next to an existing template", () => {
  it("gives the new table ids the existing tables do not use", () => {
    const wb = workbookOf(twoRowHeader);
    const first = planConvert(snapshotOf(wb), twoRowHeader.name);
    if (!first.ok) throw new Error("not ok");
    applyPlan(wb, first.plan);
    const again = planConvert(snapshotOf(wb), twoRowHeader.name);
    if (!again.ok) throw new Error("not ok");
    expect(again.decree.tables[0]?.id).toBe("rkt-kpu-2");
    expect(again.decree.tables[0]?.indicators[0]?.id).toBe("rkt-kpu-2-1");
    expect(again.plan.summary.map((l) => l.id)).toEqual(["RKT KPU (2): 5 indikator"]);
    expect(again.report.lines.at(-1)?.en).toMatch(/Info Kinerja/);
  });

  it("refuses to convert the add-in's own sheet", () => {
    const wb = workbookOf(twoRowHeader);
    const r = planConvert(snapshotOf(wb), twoRowHeader.name);
    if (!r.ok) throw new Error("not ok");
    applyPlan(wb, r.plan);
    const own = planConvert(snapshotOf(wb), "RKT KPU");
    expect(own.ok).toBe(false);
    if (!own.ok) expect(own.reason).toBe("ownedSheet");
  });
});
