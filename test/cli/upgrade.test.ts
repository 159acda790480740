/**
 * `kinerja template --out` on a workbook made by an earlier layout upgrades it in place through
 * the package writer: the new columns are there, every value typed before is in its
 * indicator's row, and Hitung Capaian then computes the new comparisons.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { fill, load, run, tempDir } from "./helpers";

test("kinerja template --out upgrades a template made before the LKj columns, nothing lost", async () => {
  const dir = tempDir();
  const wb = await load(join(__dirname, "../fixtures/previous-template/blitar-2021-e41cf87.xlsx"));
  const typed = {
    "rkt-kpu-1": { tw1: 0.5, tw2: 0.7, ttw2: 0.4, sumber: "Register SK", keterangan: "catatan" },
    "rkt-sekretariat-8": { tw1: 1, tw2: 1, sumber: "Laporan" },
  };
  const rows = fill(wb, typed);
  await wb.xlsx.writeFile(join(dir, "lama.xlsx"));
  copyFileSync(join(dir, "lama.xlsx"), join(dir, "asli.xlsx"));
  const r = await run(dir, "template", "--out", "lama.xlsx");
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(/RKT KPU: kolom baru ditambahkan/);
  const after = await load(join(dir, "lama.xlsx"));
  const header = (sheet: string) => {
    const h: string[] = [];
    after
      .getWorksheet(sheet)!
      .getRow(4)
      .eachCell((c, col) => (h[col] = String(c.value)));
    return h;
  };
  const value = (sheet: string, kode: string, name: string) =>
    after.getWorksheet(sheet)!.getCell(rows[kode]!, header(sheet).indexOf(name)).value;
  expect(value("RKT KPU", "rkt-kpu-1", "Realisasi TW II")).toBe(0.7);
  expect(value("RKT KPU", "rkt-kpu-1", "Target TW II")).toBe(0.4);
  expect(value("RKT KPU", "rkt-kpu-1", "Sumber Data / Bukti")).toBe("Register SK");
  expect(value("RKT KPU", "rkt-kpu-1", "Keterangan")).toBe("catatan");
  expect(value("RKT Sekretariat", "rkt-sekretariat-8", "Realisasi TW II")).toBe(1);
  expect(header("RKT KPU")).toEqual(
    expect.arrayContaining(["Penanggung Jawab", "Realisasi Tahun Lalu", "Permasalahan TW IV"])
  );
  // The original is kept apart; a second run changes nothing.
  const second = await run(dir, "template", "--out", "lama.xlsx");
  expect(second.code).toBe(0);
  // The upgraded workbook computes: last year and the Renstra target typed, the comparisons.
  const typedLkj = await load(join(dir, "lama.xlsx"));
  fill(typedLkj, { "rkt-kpu-1": { realisasiLalu: 0.6, targetRenstra: 1 } });
  await typedLkj.xlsx.writeFile(join(dir, "lkj.xlsx"));
  const json = await run(dir, "capaian", "lkj.xlsx", "--json", "--tw", "2");
  const list = (
    JSON.parse(json.stdout) as {
      indicators: { row: number; sheet: string; perubahan: number; capaianRenstra: number }[];
    }
  ).indicators;
  const kpu1 = list.find((i) => i.sheet === "RKT KPU" && i.row === rows["rkt-kpu-1"]);
  expect(kpu1?.perubahan).toBeCloseTo(10, 9);
  expect(kpu1?.capaianRenstra).toBe(70);
});
