/**
 * The built-in decree data against the decree itself (a copy of the text extracted from the
 * PDF in test/fixtures/decree), row by row: the test reads the decree's four tables from the
 * text (rows between pipes) and requires each data row to say what the decree's row says —
 * number, sasaran, indikator, target, cara penghitungan, sumber data — and each RKT row to link
 * to the IKU row the decree puts in the same place.
 *
 * Only whitespace is normalised (the extraction pads cells). Everything else the data does
 * differently is listed here and checked: the PDF line-wrap mends (MENDS), the rows a page
 * break or a list continued (rows with an empty No and nothing but indikator text, joined with
 * "\n" in the data) and the one decree row that holds two indicators (SPLITS).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  BLITAR_2021,
  allIndicators,
  parseDecree,
  type DecreeTable,
  type Indicator,
} from "../../src/core/decree";
import { normaliseText } from "../../src/core/rules/text";

const fold = (s: string): string => s.replace(/\s+/g, " ").trim();
const source = readFileSync(join(__dirname, "../fixtures/decree/kpu-kota-blitar-2021.txt"), "utf8");
const decreeText = fold(source);

type Field = "no" | "sasaran" | "indikator" | "target" | "caraPenghitungan" | "sumberData";

/**
 * Words the PDF wrapped inside a cell, which the extraction wrote with a space in them. The data
 * mends them; the decree's real typos (tindakanjutt, Tujungan, Sitem, ditetpkan, yng, dta) stay.
 */
const MENDS: { table: string; field: Field; wrapped: string; mended: string }[] = [
  { table: "iku-sekretariat", field: "sumberData", wrapped: "Kart u", mended: "Kartu" },
];

/** Decree rows that hold two indicators; the data has one indicator per part. */
const SPLITS: { table: string; cell: string; parts: string[] }[] = [
  {
    table: "iku-kpu",
    cell: "Tercapainya Akuntabilitas Kinerja Opini BPK Atas Laporan Keuangan",
    parts: ["Tercapainya Akuntabilitas Kinerja", "Opini BPK Atas Laporan Keuangan"],
  },
];

/** The decree's tables in the order the text prints them, with the caption above each. */
const TABLES: { id: string; caption: RegExp; columns: string[] }[] = [
  {
    id: "rkt-sekretariat",
    caption: /^I\. RENCANA KINERJA TAHUNAN \(RKT\) SEKRETARIAT KPU KOTA BLITAR/,
    columns: ["No.", "SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA", "TARGET"],
  },
  {
    id: "rkt-kpu",
    caption: /^II\. RENCANA KINERJA TAHUNAN \(RKT\) KPU KOTA BLITAR/,
    columns: ["No.", "SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA", "TARGET"],
  },
  {
    id: "iku-kpu",
    caption: /^1\. Indikator Kinerja Utama KPU Kota Blitar/,
    columns: [
      "NO.",
      "SASARAN STRATEGIS",
      "INDIKATOR KINERJA UTAMA",
      "CARA PENGHITUNGAN",
      "SUMBER DATA",
    ],
  },
  {
    id: "iku-sekretariat",
    caption: /^2\. Indikator Kinerja Utama Sekretariat KPU Kota Blitar/,
    columns: [
      "NO.",
      "SASARAN STRATEGIS",
      "INDIKATOR KINERJA UTAMA",
      "CARA PENGHITUNGAN",
      "SUMBER DATA",
    ],
  },
];

/** One indicator as a decree row states it (or as the data states it, for comparison). */
interface Row {
  no: string;
  sasaran: string;
  /** The indikator cell, and the cells of the rows that continue it. */
  indikator: string[];
  target: string;
  caraPenghitungan: string;
  sumberData: string;
}

interface TextTable {
  caption: string;
  header: string[];
  rows: string[][];
}

/** The pipe tables of the text; a table whose header is empty continues the one before. */
function textTables(text: string): TextTable[] {
  const lines = text.split("\n");
  const cellsOf = (line: string) => line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|");
  const isTable = (line: string | undefined) => line?.trim().startsWith("|") === true;
  const isRule = (line: string | undefined) => /^\|[-|\s]+\|$/.test(line?.trim() ?? "");
  const out: TextTable[] = [];
  let caption = "";
  lines.forEach((line, i) => {
    if (!isTable(line)) {
      if (line.trim() !== "") caption = fold(line);
      return;
    }
    if (isRule(line)) return;
    const cells = cellsOf(line).map(fold);
    if (isRule(lines[i + 1])) {
      if (cells.every((c) => c === "") && out.length > 0) return;
      out.push({ caption, header: cells, rows: [] });
      return;
    }
    out[out.length - 1]?.rows.push(cells);
  });
  return out;
}

/** The decree's rows of one table as indicators: continuations joined, splits split, mends made. */
function decreeRows(id: string, kind: DecreeTable["kind"], cells: string[][]): Row[] {
  const rows: Row[] = [];
  for (const raw of cells) {
    const c = raw.map((cell, col) => mended(id, col, kind, cell));
    const [no = "", sasaran = "", indikator = "", ...rest] = c;
    const prev = rows[rows.length - 1];
    if (no === "" && sasaran === "" && rest.every((x) => x === "") && prev !== undefined) {
      prev.indikator.push(indikator);
      continue;
    }
    const row = {
      no,
      sasaran: sasaran === "" ? (prev?.sasaran ?? "") : sasaran,
      target: kind === "rkt" ? (rest[0] ?? "") : "",
      caraPenghitungan: kind === "iku" ? (rest[0] ?? "") : "",
      sumberData: kind === "iku" ? (rest[1] ?? "") : "",
    };
    const split = SPLITS.find((s) => s.table === id && s.cell === indikator);
    for (const part of split?.parts ?? [indikator]) rows.push({ ...row, indikator: [part] });
  }
  return rows;
}

const COLUMNS: Record<DecreeTable["kind"], Field[]> = {
  rkt: ["no", "sasaran", "indikator", "target"],
  iku: ["no", "sasaran", "indikator", "caraPenghitungan", "sumberData"],
};

const usedMends = new Set<(typeof MENDS)[number]>();
function mended(table: string, col: number, kind: DecreeTable["kind"], cell: string): string {
  let out = cell;
  for (const m of MENDS.filter((m) => m.table === table && COLUMNS[kind][col] === m.field)) {
    if (!out.includes(m.wrapped)) continue;
    usedMends.add(m);
    out = out.replace(m.wrapped, m.mended);
  }
  return out;
}

function dataRow(ind: Indicator): Row {
  return {
    no: ind.no,
    sasaran: ind.sasaran,
    indikator: ind.text.split("\n"),
    target: ind.target?.text ?? "",
    caraPenghitungan: ind.caraPenghitungan ?? "",
    sumberData: ind.sumberData ?? "",
  };
}

const parsed = textTables(source);
const dataTable = (id: string): DecreeTable => {
  const table = BLITAR_2021.tables.find((t) => t.id === id);
  if (table === undefined) throw new Error(`no table ${id} in the data`);
  return table;
};
/** Per table id: the decree's rows and the data's indicators, in the decree's order. */
const pairs = new Map(
  TABLES.map((spec, i) => {
    const table = dataTable(spec.id);
    return [spec.id, { table, rows: decreeRows(spec.id, table.kind, parsed[i]?.rows ?? []) }];
  })
);
const indicators = allIndicators(BLITAR_2021);

test("the built-in decree passes its own schema", () => {
  const result = parseDecree(BLITAR_2021);
  expect(result.ok ? [] : result.problems).toEqual([]);
});

test("the decree text has the four tables, in this order, with these captions and columns", () => {
  expect(parsed.map((t) => [t.caption, t.header])).toEqual(
    TABLES.map((spec) => [expect.stringMatching(spec.caption), spec.columns])
  );
  expect(BLITAR_2021.tables.map((t) => t.id).sort()).toEqual(TABLES.map((t) => t.id).sort());
});

test.each([
  ["rkt-sekretariat", 10],
  ["rkt-kpu", 6],
  ["iku-kpu", 6],
  ["iku-sekretariat", 13],
])("table %s has %i indicators, as many as the decree's rows", (id, count) => {
  expect(dataTable(id).indicators).toHaveLength(count);
  expect(pairs.get(id)?.rows).toHaveLength(count);
});

describe.each(TABLES.map((t) => t.id))("table %s", (id) => {
  const { table, rows } = pairs.get(id) as { table: DecreeTable; rows: Row[] };
  test.each(table.indicators.map((ind, i): [string, Indicator, number] => [ind.id, ind, i]))(
    "%s says what the decree's row says",
    (_id, ind, i) => {
      expect(dataRow(ind)).toEqual(rows[i]);
    }
  );
});

test("RKT rows link to the IKU row the decree puts in the same place, with the same wording", () => {
  /** "3." -> the k-th indicator of sasaran 3, for every row of a table. */
  const places = (table: DecreeTable): string[] => {
    let group = "";
    let k = 0;
    return table.indicators.map((ind) => {
      const n = ind.no.replace(/\D/g, "");
      if (n !== "") [group, k] = [n, 0];
      k += 1;
      return `${group}/${k}`;
    });
  };
  for (const rkt of BLITAR_2021.tables.filter((t) => t.kind === "rkt")) {
    const iku = BLITAR_2021.tables.find((t) => t.kind === "iku" && t.unit === rkt.unit);
    if (iku === undefined) throw new Error(`no IKU table for ${rkt.id}`);
    const ikuAt = new Map(places(iku).map((place, i) => [place, iku.indicators[i]]));
    places(rkt).forEach((place, i) => {
      const ind = rkt.indicators[i] as Indicator;
      const target = ikuAt.get(place);
      expect([ind.id, ind.iku]).toEqual([ind.id, target?.id]);
      expect(normaliseText(ind.text)).toBe(normaliseText(target?.text ?? ""));
      expect(normaliseText(ind.sasaran)).toBe(normaliseText(target?.sasaran ?? ""));
    });
  }
});

test("every listed mend is a line wrap found in the decree, closed by one space", () => {
  for (const m of MENDS) {
    expect(m.wrapped.replace(" ", "")).toBe(m.mended);
    expect(usedMends).toContain(m);
  }
});

test("rows the decree continues on the next line are exactly the ones noted as joined", () => {
  const joined = indicators.filter((i) => i.text.includes("\n")).map((i) => i.id);
  const noted = indicators.filter((i) => (i.notes ?? []).some((n) => /digabung/.test(n)));
  expect(joined).toEqual(noted.map((i) => i.id));
});

test("the decree row that holds two indicators is split into exactly those two", () => {
  for (const split of SPLITS) {
    expect(split.parts.join(" ")).toBe(split.cell);
    const parts = dataTable(split.table).indicators.filter((i) => split.parts.includes(i.text));
    expect(parts.map((p) => p.text)).toEqual(split.parts);
    expect(new Set(parts.map((p) => p.caraPenghitungan)).size).toBe(1);
  }
});

test("each target's value is what its text says", () => {
  for (const ind of indicators) {
    const t = ind.target;
    if (t === undefined) continue;
    if (t.kind === "percent" || t.kind === "index")
      expect([ind.id, `${String(t.value)}%`]).toEqual([ind.id, t.text]);
    if (t.kind === "count")
      expect([ind.id, `${String(t.value)} ${t.unit}`]).toEqual([ind.id, t.text]);
    if (t.kind === "grade" || t.kind === "opinion")
      expect([ind.id, t.value]).toEqual([ind.id, t.text]);
    for (const [n, item] of (t.kind === "count" ? (t.items ?? []) : []).entries())
      expect(fold(ind.text)).toContain(`${n + 1}. ${item}`);
  }
});

test("targets by kind match the decree: percent, index 77, 2 Dokumen, grade B, WTP", () => {
  const target = (id: string) => indicators.find((i) => i.id === id)?.target;
  expect(target("rkt-kpu-1")).toMatchObject({ kind: "percent", value: 80 });
  expect(target("rkt-kpu-2")).toMatchObject({ kind: "percent", value: 30 });
  expect(target("rkt-kpu-3")).toMatchObject({ kind: "index", value: 77, text: "77%" });
  expect(target("rkt-sekretariat-8")).toMatchObject({ kind: "count", value: 2, unit: "Dokumen" });
  expect(target("rkt-kpu-5")).toMatchObject({ kind: "grade", value: "B" });
  expect(target("rkt-kpu-6")).toMatchObject({ kind: "opinion", value: "WTP" });
});

test("only the IKU that divides two counts has components", () => {
  expect(indicators.filter((i) => i.components).map((i) => i.id)).toEqual(["iku-kpu-2"]);
});

test("metadata is the decree's", () => {
  expect(decreeText).toContain(`NOMOR ${BLITAR_2021.number}`);
  expect(decreeText).toContain("Ditetapkan di Blitar Pada tanggal 4 Maret 2021");
  expect(BLITAR_2021.date).toBe("2021-03-04");
  expect(decreeText.toLowerCase()).toContain(BLITAR_2021.title.toLowerCase());
});

test("the signers are the names under ttd.; the certifier is the one under the copy's certification", () => {
  const lower = decreeText.toLowerCase();
  const signed = [...lower.matchAll(/kota blitar, ttd\. ([a-z .]+?) salinan sesuai/g)];
  // The first certification has a mark (★) before the name.
  const certified = [
    ...lower.matchAll(
      /salinan sesuai dengan aslinya sekretariat komisi pemilihan umum kota blitar (\w+), (?:[^a-z ]+ )?([a-z .]+?)(?= lampiran|$)/g
    ),
  ];
  // The decree and each of its two attachments end with the same signature and certification.
  expect(signed.map((m) => m[1])).toEqual(["choirul umam", "choirul umam", "choirul umam"]);
  expect(certified.map((m) => [m[1], m[2]])).toEqual(Array(3).fill(["sekretaris", "edi winarno"]));
  expect(BLITAR_2021.signatories.map((p) => [p.role, p.name.toLowerCase()])).toEqual([
    ["Ketua Komisi Pemilihan Umum Kota Blitar", "choirul umam"],
  ]);
  expect(lower).toContain("ketua komisi pemilihan umum kota blitar, ttd. choirul umam");
  expect(BLITAR_2021.certifiedBy).toEqual({ role: "Sekretaris", name: "Edi Winarno" });
});
