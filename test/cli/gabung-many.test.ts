/**
 * kinerja gabung over generated offices (test/support/offices.ts): late ones, flagged ones,
 * offices on another decree and unreadable files. Each office's figures in the consolidation —
 * the --json and the workbook's formulas recalculated by the in-process engine — equal its own
 * `kinerja capaian --json`; the unreadable files are listed with their reason; indicators of
 * the other decree are matched where shared (by code or by text) and listed where not.
 * KINERJA_GABUNG_OFFICES sets the number of files (the bench and the conformance suite run 552).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BUDGET_HEADERS, GABUNG_SHEETS } from "../../src/core/consolidate/plan";
import { round2 } from "../../src/core/rules/capaian";
import { normaliseText } from "../../src/core/rules/text";
import { cellAt, type SheetSnapshot } from "../../src/core/workbook/snapshot";
import { recalculateSnapshot } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/xlsx/read";
import { writeOffices, type GeneratedSet } from "../support/offices";
import { readPdf } from "../support/pdf";
import { load, run, tempDir } from "./helpers";

const COUNT = Number(process.env.KINERJA_GABUNG_OFFICES ?? 16);

interface Json {
  rule: string;
  indicators: { key: string; kode: string; text: string; offices: number }[];
  offices: {
    office: string;
    source: string;
    /** By indicator key; absent when the office does not have the indicator. */
    capaian: Record<string, number | null>;
    average: number | null;
    counted: number;
    tercapai: number;
    late: string[];
    errors: string[];
    findings: { kode: string; sheet: string; cell: string; message: string }[];
    ownOnly: string[];
    rank: number;
  }[];
  unreadable: { source: string; reason: string }[];
}

interface Own {
  indikator: string;
  capaian: number | null;
  errors: string[];
}

let dir: string;
let set: GeneratedSet;
let out: Json;
let stderr: string;

beforeAll(async () => {
  dir = tempDir();
  mkdirSync(join(dir, "masuk"));
  set = await writeOffices(join(dir, "masuk"), COUNT);
  const r = await run(
    dir,
    "gabung",
    "masuk",
    "--out",
    "rekap.xlsx",
    "--pdf",
    "rekap.pdf",
    "--csv",
    "rekap.csv",
    "--json"
  );
  expect(r.code).toBe(0);
  out = JSON.parse(r.stdout) as Json;
  stderr = r.stderr;
}, 600_000);

const base = (p: string) => p.replace(/^.*[\\/]/, "");

test("every file is accounted for: an office, or an unreadable file with its reason", () => {
  expect(set.broken.length).toBeGreaterThan(0);
  expect(stderr).toContain(`dari ${COUNT}`);
  expect(out.offices.map((o) => base(o.source))).toEqual(set.offices.map((o) => o.file));
  expect(out.offices.map((o) => o.office)).toEqual(set.offices.map((o) => o.office));
  expect(out.unreadable.map((u) => base(u.source)).sort()).toEqual(
    set.broken.map((b) => b.file).sort()
  );
  for (const b of set.broken) {
    const u = out.unreadable.find((x) => base(x.source) === b.file)!;
    expect(u.reason).toMatch(b.kind === "encrypted" ? /kata sandi/ : /tidak dapat dibaca/);
  }
});

test("each office's capaian equals its own kinerja capaian --json; late and flagged are reported", async () => {
  const index = new Map(out.indicators.map((m, i) => [normaliseText(m.text), i]));
  for (const [i, o] of out.offices.entries()) {
    const gen = set.offices[i]!;
    const own = await run(dir, "capaian", join("masuk", gen.file), "--json");
    expect(own.code).toBe(0);
    const list = (JSON.parse(own.stdout) as { indicators: Own[] }).indicators;
    // Nothing dropped: every indicator of the office has its place in the consolidation.
    expect(Object.keys(o.capaian)).toHaveLength(list.length);
    for (const x of list) {
      const k = index.get(normaliseText(x.indikator));
      expect(k).toBeDefined();
      const c = o.capaian[out.indicators[k as number]!.key];
      expect(c).toBe(x.capaian);
    }
    const errors = list.flatMap((x) => x.errors);
    expect(o.errors).toHaveLength(errors.length);
    // A date typed as a realisasi is an entry in error (looksLikeDate, or mixedUnits in a
    // percent row).
    if (gen.kinds.includes("flagged")) expect(errors.length).toBeGreaterThan(0);
    expect(o.late.length > 0).toBe(gen.kinds.includes("late"));
  }
});

test("each flagged office's list of what to fix names the cells its own kinerja validate names", async () => {
  const flagged = out.offices.filter((o) => o.findings.length > 0);
  expect(flagged.length).toBeGreaterThan(0);
  for (const o of flagged.slice(0, 4)) {
    const gen = set.offices[out.offices.indexOf(o)]!;
    const own = await run(dir, "validate", join("masuk", gen.file), "--json");
    const errors = (
      JSON.parse(own.stdout) as {
        findings: { severity: string; sheet: string; cell: string; message: string }[];
      }
    ).findings.filter((f) => f.severity === "error");
    const where = (f: { sheet: string; cell: string; message: string }) =>
      `${f.sheet}!${f.cell} ${f.message}`;
    // The RKT sheets' findings (the Anggaran sheet's are about the budget, not a capaian).
    const rkt = errors.filter((f) => /^RKT /.test(f.sheet)).map(where);
    expect(rkt.length).toBeGreaterThan(0);
    expect(o.findings.map(where).sort()).toEqual(rkt.sort());
  }
});

test("offices on another decree: shared indicators matched by code or text, their own listed", () => {
  const others = set.offices.filter((o) => o.kinds.includes("other"));
  expect(others.length).toBeGreaterThan(0);
  for (const [i, o] of out.offices.entries()) {
    const other = set.offices[i]!.kinds.includes("other");
    // rkt-sekretariat-1: the same code; rkt-kpu-1: the same text under the code ik-kab-1.
    expect(o.capaian["rkt-sekretariat-1"]).not.toBeUndefined();
    expect(o.capaian["rkt-kpu-1"]).not.toBeUndefined();
    expect(o.capaian["rkt-sekretariat-5"] === undefined).toBe(other);
    expect(o.capaian["rkt-lain-1"] === undefined).toBe(!other);
    expect(o.ownOnly).toEqual(other ? [1, 2, 3, 4, 5, 6, 7].map((k) => `rkt-lain-${k}`) : []);
  }
  expect(out.indicators.some((m) => m.kode === "ik-kab-1")).toBe(false);
});

test("the workbook's formulas, recalculated by the engine, give the same figures", async () => {
  const book = recalculateSnapshot(readWorkbook(await load(join(dir, "rekap.xlsx"))));
  const sheet = (name: string): SheetSnapshot => book.sheets.find((s) => s.name === name)!;
  const rekap = sheet(GABUNG_SHEETS.rekap);
  for (const [i, o] of out.offices.entries()) {
    expect(cellAt(rekap, 4 + i, 1)).toBe(o.office);
    expect(cellAt(rekap, 4 + i, 0)).toBe(o.rank);
    expect(cellAt(rekap, 4 + i, 3)).toBe(o.tercapai);
    // The sheet holds the full figures; --json gives them with two decimals.
    if (o.average === null) expect(cellAt(rekap, 4 + i, 2)).toBe("");
    else expect(round2((cellAt(rekap, 4 + i, 2) as number) * 100)).toBe(o.average);
    out.indicators.forEach((m, k) => {
      const c = o.capaian[m.key];
      const v = cellAt(rekap, 4 + i, 4 + k);
      if (typeof c === "number") expect(round2((v as number) * 100)).toBe(c);
      else expect(v).toBe(c === null ? "-" : "");
    });
  }
  const kelengkapan = sheet(GABUNG_SHEETS.kelengkapan);
  out.offices.forEach((o, i) => {
    expect(cellAt(kelengkapan, 4 + i, 0)).toBe(o.office);
    expect(cellAt(kelengkapan, 4 + i, 2)).toBe(o.late.length);
    expect(cellAt(kelengkapan, 4 + i, 4)).toBe(o.errors.length);
  });
  // Perlu Diperiksa: every office's entries in error, one row each, at its sheet and cell.
  const periksa = sheet(GABUNG_SHEETS.periksa);
  const rows = out.offices.flatMap((o) =>
    o.findings.map((f) => [o.office, o.source, f.sheet, f.cell, f.kode, f.message])
  );
  expect(rows.length).toBeGreaterThan(0);
  rows.forEach((r, i) => r.forEach((v, c) => expect(cellAt(periksa, 4 + i, c)).toBe(v)));
  expect(cellAt(periksa, 4 + rows.length, 0)).toBeNull();
  // Peringkat in rank order; Sebaran's minimum, median and maximum as the offices' figures.
  const peringkat = sheet(GABUNG_SHEETS.peringkat);
  const ranked = [...out.offices].sort((a, b) => a.rank - b.rank);
  ranked.forEach((o, i) => {
    expect(cellAt(peringkat, 4 + i, 0)).toBe(o.rank);
    expect(cellAt(peringkat, 4 + i, 1)).toBe(o.office);
  });
  const sebaran = sheet(GABUNG_SHEETS.sebaran);
  const header = sebaran.values[3 - sebaran.top]!;
  const col = (name: string) => header.indexOf(name) + sebaran.left;
  out.indicators.forEach((m, i) => {
    const values = out.offices
      .map((o) => o.capaian[m.key])
      .filter((c): c is number => typeof c === "number")
      .sort((a, b) => a - b);
    expect(cellAt(sebaran, 4 + i, 0)).toBe(m.key);
    expect(cellAt(sebaran, 4 + i, col("Kantor Dihitung"))).toBe(values.length);
    if (values.length === 0) return;
    const mid = Math.floor(values.length / 2);
    const median = values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
    // The offices' figures with two decimals: the median of two of them within half a hundredth.
    const shown = (name: string) => round2((cellAt(sebaran, 4 + i, col(name)) as number) * 100);
    expect(shown("Minimum")).toBe(values[0]);
    expect(Math.abs(shown("Median") - median)).toBeLessThanOrEqual(0.01);
    expect(shown("Maksimum")).toBe(values.at(-1));
  });
  const gagal = sheet(GABUNG_SHEETS.gagal);
  const listed = out.unreadable.map((_, k) => base(String(cellAt(gagal, 4 + k, 0))));
  expect(listed.sort()).toEqual(set.broken.map((b) => b.file).sort());
});

const percent = (n: number | null | undefined) =>
  typeof n === "number"
    ? `${new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n)}%`
    : "-";

test("the PDF for the review meeting: the ranking with its rule, completeness, spread", () => {
  const pdf = readPdf(join(dir, "rekap.pdf"));
  const text = pdf.text;
  expect(text).toContain("PERINGKAT KANTOR");
  expect(text).toContain("peringkat menurut rata-rata capaian, lalu jumlah indikator tercapai");
  expect(text).toContain("KELENGKAPAN LAPORAN");
  expect(text).toContain("SEBARAN CAPAIAN ANTARKANTOR");
  // Every office, in rank order, with its average as the sheet shows it.
  const ranked = [...out.offices].sort((a, b) => a.rank - b.rank);
  let at = text.indexOf("PERINGKAT KANTOR");
  for (const o of ranked) {
    const row = `${o.rank} ${o.office} ${percent(o.average)} ${o.tercapai}`;
    const found = text.indexOf(row, at);
    expect(found).toBeGreaterThan(at);
    at = found;
  }
  // The counts of the completeness page and every unreadable file.
  const late = out.offices.filter((o) => o.late.length > 0).length;
  expect(text).toMatch(new RegExp(`${late} Ada triwulan belum diisi`));
  for (const b of set.broken) expect(text).toContain(b.file);
  // The spread: each indicator's minimum, median and maximum.
  const sebaran = text.slice(text.lastIndexOf("SEBARAN CAPAIAN ANTARKANTOR"));
  for (const m of out.indicators) {
    const values = out.offices
      .map((o) => o.capaian[m.key])
      .filter((c): c is number => typeof c === "number")
      .sort((a, b) => a - b);
    const from = sebaran.indexOf(`${m.key} `);
    expect(from).toBeGreaterThanOrEqual(0);
    const mid = Math.floor(values.length / 2);
    const median =
      values.length === 0
        ? null
        : values.length % 2 === 1
          ? values[mid]!
          : (values[mid - 1]! + values[mid]!) / 2;
    const figures = [values[0], median, values.at(-1)].map(percent).join(" ");
    expect(sebaran.indexOf(`${values.length} ${figures}`, from)).toBeGreaterThan(from);
  }
});

test("the CSV of Rekap Satker: offices in rank order, capaian per indicator", () => {
  const csv = readFileSync(join(dir, "rekap.csv"), "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const rows = csv
    .slice(1)
    .trimEnd()
    .split("\r\n")
    .map((l) => l.split(";"));
  expect(rows[0]!.slice(0, 6)).toEqual([
    "Peringkat",
    "Kantor",
    "Berkas",
    "Rata-rata",
    "Tercapai",
    "Dihitung",
  ]);
  expect(rows[0]!.slice(6)).toEqual([...out.indicators.map((m) => m.key), ...BUDGET_HEADERS]);
  const ranked = [...out.offices].sort((a, b) => a.rank - b.rank);
  expect(rows).toHaveLength(ranked.length + 1);
  ranked.forEach((o, i) => {
    const row = rows[i + 1]!;
    expect(row.slice(0, 2)).toEqual([String(o.rank), o.office]);
    const figure = (v: number | null) => (v === null ? "belum ada data" : percent(v));
    expect(row[3]).toBe(figure(o.average));
    out.indicators.forEach((m, k) => {
      const c = o.capaian[m.key];
      expect(row[6 + k]).toBe(c === undefined ? "" : figure(c));
    });
  });
});

test("--pdf and --csv: the right extension, never over an existing file", async () => {
  writeFileSync(join(dir, "ada.pdf"), "milik pengguna");
  const exists = await run(dir, "gabung", "masuk", "--out", "baru.xlsx", "--pdf", "ada.pdf");
  expect(exists.code).toBe(2);
  // The refusal names the option and the file, in both languages.
  expect(exists.stderr).toMatch(/Berkas ".*ada\.pdf" untuk --pdf sudah ada/);
  expect(exists.stderr).toMatch(/pilih nama lain untuk --pdf/);
  expect(exists.stderr).not.toMatch(/--out/);
  expect(readFileSync(join(dir, "ada.pdf"), "utf8")).toBe("milik pengguna");
  writeFileSync(join(dir, "ada.csv"), "milik pengguna");
  const csv = await run(
    dir,
    "gabung",
    "masuk",
    "--out",
    "baru.xlsx",
    "--csv",
    "ada.csv",
    "--lang",
    "en"
  );
  expect(csv.code).toBe(2);
  expect(csv.stderr).toMatch(/The file ".*ada\.csv" for --csv already exists/);
  expect(csv.stderr).toMatch(/another name for --csv/);
  expect(csv.stderr).not.toMatch(/--out/);
  const wrong = await run(dir, "gabung", "masuk", "--out", "baru.xlsx", "--csv", "rekap.txt");
  expect(wrong.code).toBe(2);
  expect(wrong.stderr).toMatch(/\.csv/);
});
