/**
 * The consolidation's PDF draws on the model's values, not on the texts it prints: offices per
 * late quarter counted from each office's quarters, each entry in error named at its sheet and
 * cell (as Perlu Diperiksa lists it).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consolidate, type OfficeIndicator } from "../../src/core/consolidate/model";
import type { Quarter } from "../../src/core/rules/finding";
import { exportConsolidationPdf } from "../../src/export/gabung";
import { readPdf } from "../support/pdf";

const ind = (kode: string, missing: Quarter[], more: Partial<OfficeIndicator> = {}) => ({
  kode,
  text: `Persentase ${kode}`,
  sasaran: "S",
  capaian: 90,
  kategori: "Baik",
  missing,
  errors: [],
  ...more,
});

test("offices per late quarter and each entry in error at its cell", async () => {
  const c = consolidate(
    [
      { office: "Kantor A", source: "a.xlsx", indicators: [ind("ik-1", [1, 2]), ind("ik-2", [2])] },
      {
        office: "Kantor B",
        source: "b.xlsx",
        indicators: [
          ind("ik-1", [2]),
          ind("ik-2", [], {
            errors: [{ sheet: "RKT KPU", cell: "M6", message: "Realisasi TW I berupa tanggal." }],
          }),
        ],
      },
      { office: "Kantor C", source: "c.xlsx", indicators: [ind("ik-1", [4]), ind("ik-2", [])] },
    ],
    [],
    { rank: "average" }
  );
  const counts = (q: Quarter) => c.offices.filter((o) => o.missing.some((m) => m.quarter === q));
  expect([1, 2, 3, 4].map((q) => counts(q as Quarter).length)).toEqual([1, 2, 0, 1]);
  const bytes = await exportConsolidationPdf(c, { title: "REKAP UJI", date: "2024-07-15" });
  const path = join(mkdtempSync(join(tmpdir(), "kinerja-gabung-pdf-")), "rekap.pdf");
  writeFileSync(path, bytes);
  const text = readPdf(path).text;
  expect(text).toContain("Kantor dengan Triwulan Belum Diisi TW I 1 TW II 2 TW III 0 TW IV 1");
  expect(text).toContain("ik-2 (RKT KPU!M6): Realisasi TW I berupa tanggal.");
});
