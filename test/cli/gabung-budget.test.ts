/**
 * `kinerja gabung` reads each office's budget: the pagu, realisasi and % serapan in total that
 * its own `kinerja capaian --json` gives per Anggaran row, in --json and in Rekap Satker.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { recalculateSnapshot } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/xlsx/read";
import { BUDGET_HEADERS } from "../../src/core/consolidate/plan";
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
