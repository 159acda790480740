/**
 * `kinerja gabung` reads each office's budget: the pagu, realisasi and % serapan in total that
 * its own `kinerja capaian --json` gives per Anggaran row, in --json and in Rekap Satker, and the
 * same figures in the PDF's Peringkat and the CSV.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { recalculateSnapshot } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/xlsx/read";
import { BUDGET_HEADERS } from "../../src/core/consolidate/plan";
import { readPdf } from "../support/pdf";
import { load, run, tempDir } from "./helpers";
import { writeLkj } from "./lkj-budget";

interface AnggaranJson {
  pagu: number | null;
  realisasi: number | null | string;
}

interface GabungJson {
  offices: {
    office: string;
    anggaran: { pagu: number; realisasi: number; serapan: number | null } | null;
  }[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;
let dir: string;

beforeAll(async () => {
  dir = tempDir();
  mkdirSync(join(dir, "kantor"));
  await writeLkj(join(dir, "a.xlsx"), "KPU KOTA AMAN", "Rp 60.000.000,00");
  await writeLkj(join(dir, "b.xlsx"), "KPU KOTA BARU", 90_000_000);
  for (const f of ["a", "b"])
    expect((await run(dir, "convert", `${f}.xlsx`, "--out", `kantor/${f}.xlsx`)).code).toBe(0);
});

test("each office's budget in gabung --json and Rekap Satker equals its own kinerja capaian --json", async () => {
  const r = await run(dir, "gabung", "kantor", "--out", "rekap.xlsx", "--json", "--tw", "4");
  expect(r.code).toBe(0);
  const { offices } = JSON.parse(r.stdout) as GabungJson;
  expect(offices).toHaveLength(2);
  const book = recalculateSnapshot(readWorkbook(await load(join(dir, "rekap.xlsx"))));
  const rekap = book.sheets.find((s) => s.name === "Rekap Satker")!;
  const cells = rekap.values;
  const headerRow = cells.findIndex((row) => row?.includes("Kantor"));
  const header = cells[headerRow]!;
  const [paguCol, realCol, serapanCol] = BUDGET_HEADERS.map((h) => header.indexOf(h));
  for (const f of ["a", "b"]) {
    const own = JSON.parse(
      (await run(dir, "capaian", `kantor/${f}.xlsx`, "--json", "--tw", "4")).stdout
    ) as { anggaran: AnggaranJson[] };
    const pagu = own.anggaran.reduce((s, a) => s + (a.pagu ?? 0), 0);
    const realisasi = own.anggaran.reduce(
      (s, a) => s + (typeof a.realisasi === "number" ? a.realisasi : 0),
      0
    );
    expect(pagu).toBeGreaterThan(0);
    const office = offices.find(
      (o) => o.office === (f === "a" ? "KPU Kota Aman" : "KPU Kota Baru")
    );
    expect(office?.anggaran).toEqual({
      pagu,
      realisasi,
      serapan: expect.any(Number) as number,
    });
    expect(round2(office!.anggaran!.serapan!)).toBe(round2((realisasi / pagu) * 100));
    // Rekap Satker's row of the office, recalculated.
    const row = cells.find((c) => c?.includes(office!.office))!;
    expect(row[paguCol!]).toBe(pagu);
    expect(row[realCol!]).toBe(realisasi);
    expect(round2((row[serapanCol!] as number) * 100)).toBe(round2((realisasi / pagu) * 100));
  }
  // A: 200.000.000 + 60.000.000 pagu, 150.000.000 + 45.500.000 realisasi.
  expect(offices.map((o) => o.anggaran?.pagu).sort()).toEqual([260_000_000, 290_000_000]);
});

test("the PDF and the CSV carry each office's budget: the figures --json gives", async () => {
  const r = await run(
    dir,
    "gabung",
    "kantor",
    "--out",
    "rekap-2.xlsx",
    "--pdf",
    "rekap-2.pdf",
    "--csv",
    "rekap-2.csv",
    "--json",
    "--tw",
    "4"
  );
  expect(r.code).toBe(0);
  const { offices } = JSON.parse(r.stdout) as GabungJson;
  const amount = (n: number) =>
    new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 }).format(n);
  const percent = (n: number) =>
    `${new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n)}%`;
  const rows = readFileSync(join(dir, "rekap-2.csv"), "utf8")
    .slice(1)
    .trimEnd()
    .split("\r\n")
    .map((l) => l.split(";"));
  const header = rows[0]!;
  expect(header.slice(-3)).toEqual(BUDGET_HEADERS);
  const pdf = readPdf(join(dir, "rekap-2.pdf")).text;
  expect(pdf).toContain("% Serapan");
  for (const o of offices) {
    const a = o.anggaran!;
    expect(a.serapan).not.toBeNull();
    const want = [amount(a.pagu), amount(a.realisasi), percent(a.serapan!)];
    const row = rows.find((x) => x[1] === o.office)!;
    expect(row.slice(-3)).toEqual(want);
    // The Peringkat table's row of the office: its figures, then its budget.
    const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    expect(pdf).toMatch(
      new RegExp(
        `${escape(o.office)} [\\d,% ]+ ${escape(`Rp ${want[0]} Rp ${want[1]} ${want[2]}`)}`
      )
    );
  }
});
