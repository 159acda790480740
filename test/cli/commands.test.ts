/**
 * The `kinerja` command on real .xlsx files in a temporary folder: template -> validate ->
 * capaian -> charts, exit codes, the --json shapes, settings overrides and atomic output.
 */
import ExcelJS from "exceljs";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BLITAR_2021 } from "../../src/core/decree";
import { INFO_SHEET } from "../../src/core/workbook/layout";
import { XlsxFile } from "../../src/xlsx/file";
import { columnOf, fill, leftovers, load, run, tempDir } from "./helpers";
import { rktCell, rktCol } from "../fixtures/rkt-columns";

let dir: string;
/** Kode -> 1-based row in the template. */
let rows: Record<string, number>;

beforeAll(async () => {
  dir = tempDir();
  const made = await run(dir, "template", "--out", "template.xlsx");
  expect(made.code).toBe(0);
  const wb = await load(join(dir, "template.xlsx"));
  rows = fill(wb, {
    // target 80%: 87,5 -> Baik; last year 60%, Renstra 100%.
    "rkt-kpu-1": {
      tw1: 0.5,
      tw2: 0.7,
      sumber: "Laporan",
      penanggungJawab: "Subbag Hukum",
      realisasiLalu: 0.6,
      targetRenstra: 1,
    },
    "rkt-kpu-3": { tw1: 70, tw2: 80, sumber: "Laporan" }, // index target 77
    // 110% of a percent the decree divides by the target: the target was exceeded (a warning).
    "rkt-kpu-4": { tw1: 1.1, sumber: "Laporan" },
    // 110% of a percent of a whole (no cara): not a percent a cell may hold (an error).
    "rkt-sekretariat-6": { tw1: 1.1, sumber: "Laporan" },
    "rkt-kpu-5": { tw2: "BB", sumber: "Laporan" },
    "rkt-kpu-6": { tw1: "WTP", sumber: "Laporan" },
    // Count target 2 Dokumen; the rencana aksi plans 1 a half year (TW II, TW IV).
    "rkt-sekretariat-8": { tw1: 1, tw2: 1, ttw2: 1, ttw4: 1, sumber: "Laporan" },
    "rkt-sekretariat-1": { tw3: 0.9, sumber: "Laporan" },
  });
  await wb.xlsx.writeFile(join(dir, "filled.xlsx"));
  const clean = await load(join(dir, "template.xlsx"));
  fill(clean, { "rkt-kpu-1": { tw1: 0.7, sumber: "Laporan" } });
  await clean.xlsx.writeFile(join(dir, "clean.xlsx"));
});

describe("template", () => {
  test("writes the decree's sheets", async () => {
    const wb = await load(join(dir, "template.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Info Kinerja",
      "RKT Sekretariat",
      "RKT KPU",
      "IKU KPU",
      "IKU Sekretariat",
      "Anggaran",
      "Perjanjian Kinerja",
    ]);
  });

  test("again on the same file changes nothing", async () => {
    copyFileSync(join(dir, "filled.xlsx"), join(dir, "again.xlsx"));
    const before = readFileSync(join(dir, "again.xlsx"));
    const r = await run(dir, "template", "--out", "again.xlsx");
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/tidak ada yang berubah/);
    expect(readFileSync(join(dir, "again.xlsx")).equals(before)).toBe(true);
  });

  test("takes a decree file, and explains a bad one field by field", async () => {
    const decree = { ...BLITAR_2021, office: "KPU Kota Contoh" };
    writeFileSync(join(dir, "decree.json"), JSON.stringify(decree));
    const ok = await run(dir, "template", "--decree", "decree.json", "--out", "contoh.xlsx");
    expect(ok.code).toBe(0);
    const info = (await load(join(dir, "contoh.xlsx"))).getWorksheet(INFO_SHEET)!;
    expect(info.getCell("B5").value).toBe("KPU Kota Contoh");

    writeFileSync(join(dir, "bad.json"), JSON.stringify({ ...BLITAR_2021, year: 1900 }));
    const bad = await run(
      dir,
      "template",
      "--decree",
      "bad.json",
      "--out",
      "bad.xlsx",
      "--lang",
      "en"
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/decree file "bad.json" is not valid/);
    expect(bad.stderr).toMatch(/year/i);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe("validate", () => {
  test("--json gives findings with severity, code, sheet, cell and message in --lang", async () => {
    const r = await run(dir, "validate", "filled.xlsx", "--json", "--lang", "en");
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(["findings"]);
    for (const f of out.findings) {
      expect(Object.keys(f)).toEqual(["severity", "code", "sheet", "cell", "message"]);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
    }
    const above = out.findings.find((f) => f.code === "realisasi.percentAbove100");
    expect(above).toEqual({
      severity: "error",
      code: "realisasi.percentAbove100",
      sheet: "RKT Sekretariat",
      cell: rktCell("tw1", rows["rkt-sekretariat-6"] as number),
      message: expect.stringMatching(/110/),
    });
    expect(out.findings.find((f) => f.code === "realisasi.aboveTarget")).toEqual({
      severity: "warning",
      code: "realisasi.aboveTarget",
      sheet: "RKT KPU",
      cell: rktCell("tw1", rows["rkt-kpu-4"] as number),
      message: expect.stringMatching(/110%.*divides by the target/),
    });
    const id = JSON.parse((await run(dir, "validate", "filled.xlsx", "--json")).stdout) as {
      findings: { code: string; message: string }[];
    };
    const idAbove = id.findings.find((f) => f.code === "realisasi.percentAbove100");
    expect(idAbove?.message).not.toEqual(above?.message);
  });

  test("exit 0 when there is no error, with a readable summary", async () => {
    const r = await run(dir, "validate", "clean.xlsx");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Pengaturan: TW IV, batas capaian Tanpa batas\./);
    expect(r.stdout).toMatch(/0 kesalahan, \d+ peringatan, 0 info pada 16 indikator\./);
    const en = await run(dir, "validate", "clean.xlsx", "--lang", "en");
    expect(en.stdout).toMatch(/0 errors, \d+ warnings, 0 info on 16 indicators\./);
  });

  test("--tw overrides the workbook's reporting quarter", async () => {
    const after = (r: { stdout: string }) =>
      (JSON.parse(r.stdout) as { findings: { code: string; cell: string }[] }).findings.filter(
        (f) => f.code === "realisasi.afterReportingQuarter"
      );
    expect(after(await run(dir, "validate", "filled.xlsx", "--json"))).toEqual([]);
    const tw2 = after(await run(dir, "validate", "filled.xlsx", "--json", "--tw", "2"));
    expect(tw2.map((f) => f.cell)).toEqual([rktCell("tw3", rows["rkt-sekretariat-1"] as number)]);
  });
});

interface IndicatorJson {
  sheet: string;
  row: number;
  indikator: string;
  target: unknown;
  realisasi: unknown;
  capaian: number | null;
  kategori: string | null;
  cekIsian: "realisasi" | "target" | null;
  errors: string[];
  period: string;
  targetTw: number | null;
  capaianTw: number | null;
  kategoriTw: string | null;
  cekIsianTw: string | null;
  penanggungJawab: string | null;
  realisasiTahunLalu: number | null;
  targetRenstra: number | null;
  perubahan: number | null;
  capaianRenstra: number | null;
  cekIsianLkj: string[];
}

const byRow = (list: IndicatorJson[], sheet: string, row: number | undefined) =>
  list.find((i) => i.sheet === sheet && i.row === row);

describe("capaian", () => {
  test("--json: one object per indicator, display units, codes, percent rounded", async () => {
    const r = await run(dir, "capaian", "filled.xlsx", "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { indicators: IndicatorJson[] };
    expect(Object.keys(out)).toEqual(["indicators", "anggaran"]);
    expect(out.indicators).toHaveLength(16);
    for (const i of out.indicators)
      expect(Object.keys(i)).toEqual([
        "sheet",
        "row",
        "indikator",
        "target",
        "realisasi",
        "capaian",
        "kategori",
        "cekIsian",
        "errors",
        "period",
        "targetTw",
        "capaianTw",
        "kategoriTw",
        "cekIsianTw",
        "penanggungJawab",
        "realisasiTahunLalu",
        "targetRenstra",
        "perubahan",
        "capaianRenstra",
        "cekIsianLkj",
      ]);
    const kpu1 = byRow(out.indicators, "RKT KPU", rows["rkt-kpu-1"]);
    expect(kpu1).toEqual({
      cekIsian: null,
      errors: [],
      sheet: "RKT KPU",
      row: 5,
      indikator: expect.stringMatching(/^Persentase Keputusan KPU Kota Blitar/),
      target: 80,
      realisasi: 70,
      capaian: 87.5,
      kategori: "Baik",
      period: "quarterly",
      targetTw: null,
      capaianTw: null,
      kategoriTw: null,
      cekIsianTw: null,
      penanggungJawab: "Subbag Hukum",
      realisasiTahunLalu: 60,
      targetRenstra: 100,
      perubahan: expect.closeTo(10, 9) as number,
      capaianRenstra: 70,
      cekIsianLkj: [],
    });
    // Nothing typed in the LKj columns: null, not zero.
    expect(byRow(out.indicators, "RKT KPU", rows["rkt-kpu-3"])).toMatchObject({
      penanggungJawab: null,
      realisasiTahunLalu: null,
      targetRenstra: null,
      perubahan: null,
      capaianRenstra: null,
    });
    expect(byRow(out.indicators, "RKT KPU", rows["rkt-kpu-3"])).toMatchObject({
      target: 77,
      realisasi: 80,
      capaian: 103.9,
      kategori: "Sangat Baik",
    });
    expect(byRow(out.indicators, "RKT KPU", rows["rkt-kpu-5"])).toMatchObject({
      period: "annual",
      target: "B",
      realisasi: "BB",
      capaian: 100,
    });
    expect(byRow(out.indicators, "RKT KPU", rows["rkt-kpu-6"])).toMatchObject({
      target: "WTP",
      realisasi: "WTP",
    });
    expect(byRow(out.indicators, "RKT Sekretariat", rows["rkt-sekretariat-8"])).toMatchObject({
      target: 2,
      realisasi: 2,
      capaian: 100,
      targetTw: 2,
      capaianTw: 100,
      kategoriTw: "Sangat Baik",
    });
    expect(byRow(out.indicators, "RKT KPU", rows["rkt-kpu-2"])).toMatchObject({
      target: 30,
      realisasi: null,
      capaian: null,
      kategori: null,
    });
  });

  test("a date in a quarter counts as it stands (one truth) but is never quiet: marked, listed, coded", async () => {
    const tdir = tempDir();
    expect((await run(tdir, "template", "--out", "t.xlsx")).code).toBe(0);
    const wb = await load(join(tdir, "t.xlsx"));
    const at = fill(wb, { "rkt-kpu-3": { tw1: 80, tw2: 81, sumber: "Laporan" } });
    const ws = wb.getWorksheet("RKT KPU")!;
    const cell = ws.getCell(at["rkt-kpu-3"]!, columnOf(ws, "Realisasi TW II"));
    cell.numFmt = "dd/mm/yyyy";
    await wb.xlsx.writeFile(join(tdir, "dated.xlsx"));
    const json = await run(tdir, "capaian", "dated.xlsx", "--json", "--tw", "4");
    const list = (JSON.parse(json.stdout) as { indicators: IndicatorJson[] }).indicators;
    const dated = byRow(list, "RKT KPU", at["rkt-kpu-3"]);
    expect(dated?.errors).toEqual(["realisasi.looksLikeDate"]);
    expect(dated?.realisasi).toBe(81);
    expect(list.filter((i) => i.errors.length > 0)).toHaveLength(1);
    const text = await run(tdir, "capaian", "dated.xlsx", "--tw", "4");
    const marked = text.stdout.split("\n").filter((l) => l.startsWith("!"));
    expect(marked).toHaveLength(1);
    expect(marked[0]).toContain(`RKT KPU!${at["rkt-kpu-3"]}`);
    expect(text.stdout).toMatch(/1 indikator \(bertanda !\)/);
  });

  test("--out writes the formulas and the Ringkasan; --tw/--cap reach the Info cells", async () => {
    const r = await run(
      dir,
      "capaian",
      "filled.xlsx",
      "--out",
      "hasil.xlsx",
      "--tw",
      "2",
      "--cap",
      "100",
      "--json"
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { indicators: IndicatorJson[] };
    // TW II: TW III's 90% of rkt-sekretariat-1 is not counted; index 80/77 capped at 100.
    expect(byRow(out.indicators, "RKT Sekretariat", rows["rkt-sekretariat-1"])?.capaian).toBeNull();
    expect(byRow(out.indicators, "RKT KPU", rows["rkt-kpu-3"])?.capaian).toBe(100);
    // TW II: the rencana aksi's 1 document to date, 2 typed (capped at 100).
    expect(byRow(out.indicators, "RKT Sekretariat", rows["rkt-sekretariat-8"])).toMatchObject({
      targetTw: 1,
      capaianTw: 100,
    });

    const wb = await load(join(dir, "hasil.xlsx"));
    const info = wb.getWorksheet(INFO_SHEET)!;
    const words: string[] = [];
    info.eachRow((row) => words.push(String(row.getCell(2).value)));
    expect(words).toContain("TW II");
    expect(words).toContain("100%");
    const rkt = wb.getWorksheet("RKT KPU")!;
    const { formula } = rkt.getCell(rows["rkt-kpu-1"]!, columnOf(rkt, "Capaian"));
    expect(formula).toMatch(/^IF\(/);
    expect(wb.getWorksheet("Ringkasan Capaian")).toBeDefined();
    // The input is untouched.
    const input = (await load(join(dir, "filled.xlsx"))).getWorksheet(INFO_SHEET)!;
    const inputWords: string[] = [];
    input.eachRow((row) => inputWords.push(String(row.getCell(2).value)));
    expect(inputWords).toContain("TW IV");
  });

  test("a readable summary without --json, nothing written without --out", async () => {
    const r = await run(dir, "capaian", "filled.xlsx", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/16 indicators, \d+ with a capaian\. Average capaian: /);
    expect(r.stdout).toMatch(/RKT KPU!5 +Persentase Keputusan/);
    expect(r.stderr).toMatch(/No file written/);
    // Each capaian as the sheet's "0.00%" shows it, the one it equals in --json.
    const json = JSON.parse((await run(dir, "capaian", "filled.xlsx", "--json")).stdout) as {
      indicators: IndicatorJson[];
    };
    const percents = r.stdout.match(/-?\d[\d,.]*%/g) ?? [];
    expect(percents.length).toBeGreaterThan(0);
    for (const p of percents) expect(p).toMatch(/^-?\d+\.\d{2}%$/);
    for (const i of json.indicators)
      if (typeof i.capaian === "number") expect(percents).toContain(`${i.capaian.toFixed(2)}%`);
  });

  test("--out may be the input itself", async () => {
    copyFileSync(join(dir, "filled.xlsx"), join(dir, "same.xlsx"));
    const r = await run(dir, "capaian", "same.xlsx", "--out", "same.xlsx");
    expect(r.code).toBe(0);
    const wb = await load(join(dir, "same.xlsx"));
    expect(wb.getWorksheet("Ringkasan Capaian")).toBeDefined();
    expect(leftovers(dir)).toEqual([]);
  });

  test("an override needs the Info cell when the file is written", async () => {
    const wb = await load(join(dir, "filled.xlsx"));
    wb.removeWorksheet(wb.getWorksheet(INFO_SHEET)!.id);
    await wb.xlsx.writeFile(join(dir, "no-info.xlsx"));
    const r = await run(dir, "capaian", "no-info.xlsx", "--out", "x.xlsx", "--tw", "2");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/TW Pelaporan/);
    // Without --out the override still reaches the evaluation.
    const v = await run(dir, "validate", "no-info.xlsx", "--json", "--tw", "2");
    expect(v.stdout).toMatch(/afterReportingQuarter/);
  });
});

describe("charts", () => {
  test("writes the Grafik sheet: data tables and the charts over them", async () => {
    const r = await run(dir, "charts", "hasil.xlsx", "--out", "grafik.xlsx");
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Lembar Grafik ditulis \(tabel data dan grafik\)/);
    expect(r.stderr).not.toMatch(/tidak menggambar grafik/);
    const wb = await load(join(dir, "grafik.xlsx"));
    const grafik = wb.getWorksheet("Grafik")!;
    expect(grafik.getCell("A1").value).toBe("GRAFIK CAPAIAN KINERJA");
    const file = XlsxFile.of(readFileSync(join(dir, "grafik.xlsx")), wb);
    expect(file.charts().get("Grafik")).toEqual([
      "Kinerja_Target_Realisasi",
      "Kinerja_Capaian_Indikator",
      "Kinerja_Capaian_Sasaran",
    ]);
    const en = await run(dir, "charts", "grafik.xlsx", "--out", "grafik2.xlsx", "--lang", "en");
    expect(en.stderr).toMatch(/Grafik sheet written \(data tables and charts\)/);
    // Run again: the charts are replaced, not added beside the old ones.
    const again = XlsxFile.of(readFileSync(join(dir, "grafik2.xlsx")), wb);
    expect(again.charts().get("Grafik")).toHaveLength(3);
  });
});

describe("bad usage and unreadable input: exit 2, a message, nothing written", () => {
  const cases: [string, string[], RegExp][] = [
    ["no command", [], /Sebutkan perintahnya/],
    ["an unknown command", ["hitung"], /Perintah "hitung" tidak dikenal/],
    ["an unknown option", ["validate", "filled.xlsx", "--foo"], /Opsi "--foo" tidak dikenal/],
    ["an option of another command", ["validate", "filled.xlsx", "--out", "x.xlsx"], /--out/],
    ["a bad --tw", ["validate", "filled.xlsx", "--tw", "5"], /Nilai yang boleh: 1, 2, 3, 4/],
    ["a bad --cap", ["capaian", "filled.xlsx", "--cap=110"], /none, 100, 120/],
    ["a bad --lang", ["validate", "filled.xlsx", "--lang", "fr"], /id, en/],
    ["--tw without a value", ["validate", "filled.xlsx", "--tw"], /perlu nilai/],
    ["no input", ["validate"], /Sebutkan berkas .xlsx masukan/],
    ["two inputs", ["validate", "filled.xlsx", "clean.xlsx"], /"clean.xlsx" tidak diharapkan/],
    ["no --out", ["charts", "filled.xlsx"], /--out/],
    ["a missing file", ["validate", "nope.xlsx"], /tidak ditemukan/],
    ["a file that is not .xlsx", ["validate", "decree.json"], /bukan berkas .xlsx/],
    ["an .xlsx that is not a workbook", ["validate", "broken.xlsx"], /tidak dapat dibaca/],
    ["an output that is not .xlsx", ["charts", "filled.xlsx", "--out", "g.xls"], /\.xlsx/],
    [
      "an output folder that does not exist",
      ["charts", "filled.xlsx", "--out", "no/g.xlsx"],
      /Folder/,
    ],
    ["a workbook without the template", ["validate", "plain.xlsx"], /Belum ada lembar RKT/],
  ];

  beforeAll(async () => {
    writeFileSync(join(dir, "broken.xlsx"), "not a zip at all");
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Data").getCell("A1").value = "hello";
    await plain.xlsx.writeFile(join(dir, "plain.xlsx"));
  });

  test.each(cases)("%s", async (_name, argv, message) => {
    const r = await run(dir, ...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  test("messages follow --lang", async () => {
    const r = await run(dir, "validate", "nope.xlsx", "--lang", "en");
    expect(r.stderr).toMatch(/was not found/);
  });

  test("a failure leaves an existing output file as it was, and no temporary file", async () => {
    writeFileSync(join(dir, "keep.xlsx"), "previous contents");
    for (const argv of [
      ["capaian", "broken.xlsx", "--out", "keep.xlsx"],
      ["charts", "plain.xlsx", "--out", "keep.xlsx"],
      ["capaian", "filled.xlsx", "--out", "keep.xlsx", "--tw", "9"],
    ]) {
      const r = await run(dir, ...argv);
      expect(r.code).toBe(2);
      expect(readFileSync(join(dir, "keep.xlsx"), "utf8")).toBe("previous contents");
    }
    expect(leftovers(dir)).toEqual([]);
  });

  test("a write that fails leaves no partial file", async () => {
    // The name fits, the temporary file's longer name does not: the write itself fails.
    const long = `${"a".repeat(245)}.xlsx`;
    const r = await run(dir, "charts", "hasil.xlsx", "--out", long);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tidak dapat ditulis/);
    expect(leftovers(dir)).toEqual([]);
    const folder = await run(dir, "charts", "hasil.xlsx", "--out", "sub.xlsx/..");
    expect(folder.code).toBe(2);
  });
});

describe("help and version", () => {
  test("--help, <command> --help, --version", async () => {
    const general = await run(dir, "--help");
    expect(general.code).toBe(0);
    expect(general.stdout).toMatch(/kinerja capaian MASUKAN.xlsx/);
    const en = await run(dir, "validate", "--help", "--lang", "en");
    expect(en.stdout).toMatch(/^kinerja validate IN.xlsx/);
    const version = await run(dir, "--version");
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe("tidy", () => {
  test("writes every entry the formulas cannot read in the form they read, lists it, and capaian follows", async () => {
    const tdir = tempDir();
    expect((await run(tdir, "template", "--out", "t.xlsx")).code).toBe(0);
    const wb = await load(join(tdir, "t.xlsx"));
    const at = fill(wb, {
      "rkt-kpu-3": { tw1: "74,05", sumber: "Laporan" }, // index target 77
      "rkt-kpu-6": { tw1: "Wajar Tanpa Pengecualian", sumber: "Laporan" },
      "rkt-kpu-2": { tw1: "abc", sumber: "Laporan" }, // not clear: stays a finding
    });
    await wb.xlsx.writeFile(join(tdir, "typed.xlsx"));
    const before = await run(tdir, "capaian", "typed.xlsx", "--json");
    const cek = (r: { stdout: string }) =>
      (JSON.parse(r.stdout) as { indicators: IndicatorJson[] }).indicators
        .filter((i) => i.cekIsian !== null)
        .map((i) => i.row);
    expect(cek(before).sort()).toEqual([at["rkt-kpu-2"], at["rkt-kpu-3"], at["rkt-kpu-6"]].sort());

    const r = await run(tdir, "tidy", "typed.xlsx", "--out", "tidy.xlsx", "--json");
    expect(r.code).toBe(0);
    const { changes } = JSON.parse(r.stdout) as { changes: Record<string, unknown>[] };
    expect(changes).toEqual([
      {
        sheet: "RKT KPU",
        cell: rktCell("tw1", at["rkt-kpu-3"] as number),
        before: "74,05",
        after: 74.05,
      },
      {
        sheet: "RKT KPU",
        cell: rktCell("tw1", at["rkt-kpu-6"] as number),
        before: "Wajar Tanpa Pengecualian",
        after: "WTP",
      },
    ]);
    const text = await run(tdir, "tidy", "typed.xlsx", "--out", "tidy2.xlsx");
    expect(text.stdout).toMatch(new RegExp(`RKT KPU!${rktCol("tw1")}\\d+ {2}"74,05" → 74,05`));
    expect(text.stdout).toMatch(/2 sel dirapikan/);
    const after = await run(tdir, "capaian", "tidy.xlsx", "--json");
    expect(cek(after)).toEqual([at["rkt-kpu-2"]]);
    const kpu3 = byRow(
      (JSON.parse(after.stdout) as { indicators: IndicatorJson[] }).indicators,
      "RKT KPU",
      at["rkt-kpu-3"]
    );
    expect(kpu3?.capaian).toBe(96.17);
    // Nothing left to tidy: nothing is written.
    const again = await run(tdir, "tidy", "tidy.xlsx", "--out", "tidy3.xlsx");
    expect(again.stderr).toMatch(/tidak ada yang ditulis/);
  });
});
