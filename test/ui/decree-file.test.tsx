/**
 * "Dari berkas…" takes what staff have: an Excel workbook holding their RKT/IKU table (read as
 * Gunakan Tabel reads a sheet), besides the JSON decree; a file it cannot use is refused with
 * where and what to do, never with internal ids, and never read past its limits.
 */
import * as React from "react";
import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { BLITAR_2021 } from "../../src/core/decree";
import { TaskPane } from "../../src/taskpane/TaskPane";
import type { PaneHost } from "../../src/taskpane/host";
import { createExcelHost, type ExcelHost } from "../../src/excel-double";
import { inflatesWithin } from "../../src/xlsx/inflate";

jest.setTimeout(60_000);

function paneHost(excel: ExcelHost): PaneHost {
  return {
    kind: "playground",
    displayLanguage: "id-ID",
    supports: (v) => excel.isSetSupported("ExcelApi", v),
    run: (batch) => excel.run(batch),
  };
}

async function workbookBytes(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Catatan").getCell("A1").value = "Lampiran";
  const ws = wb.addWorksheet("RKT 2024");
  rows.forEach((r) => ws.addRow(r));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function choose(bytes: Uint8Array | string, name: string) {
  const input = screen.getByLabelText("Dari berkas…", { selector: "input" });
  const file = new File([bytes as BlobPart], name);
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

test("an .xlsx with the RKT table becomes the decree Mulai dari Keputusan uses", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  const bytes = await workbookBytes([
    ["RENCANA KINERJA TAHUNAN KPU KABUPATEN CONTOH TAHUN 2024"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Target"],
    [1, "Meningkatnya kualitas layanan", "Persentase layanan tepat waktu", "90%"],
    [2, "Meningkatnya kualitas layanan", "Indeks kepuasan pengguna", 80],
  ]);
  await choose(bytes, "RKT Contoh 2024.xlsx");
  await screen.findByText(
    /Keputusan dibaca dari lembar “RKT 2024” di berkas “RKT Contoh 2024\.xlsx”/
  );
  expect(screen.getByText(/Dimuat dari berkas: .*2024/)).toBeTruthy();
  expect(screen.queryByText("Berkas keputusan ditolak:")).toBeNull();
});

test("a workbook without a table, and a file that is no workbook, are refused with what to do", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  await choose(await workbookBytes([["hanya catatan"], ["tanpa tabel"]]), "catatan.xlsx");
  await screen.findByText("Berkas keputusan ditolak:");
  expect(
    screen.getByText(/Tidak ada tabel RKT\/IKU yang dikenali di berkas “catatan\.xlsx”/)
  ).toBeTruthy();
  expect(screen.getByText(/Susun tabelnya begini/)).toBeTruthy();

  await choose("bukan zip", "rusak.xlsx");
  await screen.findByText(/Berkas “rusak\.xlsx” bukan buku kerja Excel \(\.xlsx\)/);
});

test("a JSON decree's problems name the table and indicator as staff know them, not ids", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  const broken = JSON.parse(JSON.stringify(BLITAR_2021)) as {
    tables: { indicators: { kind: unknown }[] }[];
  };
  broken.tables[0]!.indicators[0]!.kind = "liter";
  await choose(JSON.stringify(broken), "keputusan.json");
  await screen.findByText("Berkas keputusan ditolak:");
  const first = BLITAR_2021.tables[0]!;
  const problem = screen.getByText(/indikator 1 \(No\. 1/);
  expect(problem.textContent).toContain(first.title.slice(0, 20));
  expect(problem.textContent).not.toContain(first.indicators[0]!.id);
  expect(screen.getByText(/Perbaiki berkas di tempat yang disebut, lalu pilih lagi/)).toBeTruthy();
});

test("a zip whose parts inflate past the limit is stopped before it is all inflated", () => {
  const zeros = new Uint8Array(4 * 1024 * 1024);
  const bomb = zipSync({ "xl/worksheets/sheet1.xml": [zeros, { level: 9 }] });
  expect(bomb.length).toBeLessThan(64 * 1024);
  expect(inflatesWithin(bomb, 1024 * 1024)).toBe(false);
  expect(inflatesWithin(bomb, 8 * 1024 * 1024)).toBe(true);
});
