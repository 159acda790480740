/**
 * After Hitung Capaian the pane shows the Anggaran sheet's figures beside the capaian: per
 * program its % Serapan and Efisiensi and the total, as the sheet's formulas compute them (the
 * core's AnggaranResult, held equal to the recalculated sheet by the differential), and each
 * indicator's rencana aksi and LKj lines in its working.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { BLITAR_2021 } from "../../src/core/decree";
import { cellAddress } from "../../src/core/workbook/a1";
import { ANGGARAN_COLUMNS, type AnggaranColumnKey } from "../../src/core/workbook/anggaran/layout";
import { columnOf, HEADER_ROW } from "../../src/core/workbook/layout";
import { createExcelHost, type ExcelHost } from "../../src/excel-double";
import type { PaneHost } from "../../src/taskpane/host";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { rktCell } from "../fixtures/rkt-columns";

jest.setTimeout(30_000);

const paneHost = (excel: ExcelHost): PaneHost => ({
  kind: "playground",
  displayLanguage: "id-ID",
  supports: (v) => excel.isSetSupported("ExcelApi", v),
  run: (batch) => excel.run(batch),
});
const isDisabled = (el: HTMLElement) =>
  el.hasAttribute("disabled") || el.getAttribute("aria-disabled") === "true";
async function click(name: string) {
  const b = () => screen.getByRole("button", { name });
  await waitFor(() => expect(isDisabled(b())).toBe(false));
  await act(async () => {
    fireEvent.click(b());
  });
}
async function type(excel: ExcelHost, sheet: string, address: string, values: unknown[][]) {
  await act(async () => {
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).getRange(address).values = values;
      await ctx.sync();
    });
  });
}
const at = (i: number, k: AnggaranColumnKey) =>
  cellAddress(HEADER_ROW + 1 + i, columnOf(ANGGARAN_COLUMNS, k));

test("the pane shows % Serapan and Efisiensi per program and the total, as the Anggaran sheet computes them", async () => {
  const excel = createExcelHost({ apiVersion: "1.20", sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  await click("Mulai dari Keputusan");
  await screen.findByText("Selesai: Mulai dari Keputusan");
  // RKT KPU row 5 (target 80 %): 50 % at TW I, 70 % at TW II — capaian 87,5 % at TW II, the
  // only computed indicator of its sasaran, whose Anggaran row is the 11th.
  await type(excel, "RKT KPU", `${rktCell("tw1", 5)}:${rktCell("tw2", 5)}`, [[0.5, 0.7]]);
  await type(excel, "Anggaran", at(10, "program"), [["Program Penyelenggaraan Pemilu"]]);
  await type(excel, "Anggaran", `${at(10, "pagu")}:${at(10, "atw2")}`, [
    [200_000_000, 50_000_000, 70_000_000],
  ]);
  await click("Hitung Capaian");
  await screen.findByText("Selesai: Hitung Capaian");
  const table = await screen.findByRole("table", { name: /Anggaran \(Anggaran\) s\.d\. TW II/ });
  const row = within(table).getByText("Program Penyelenggaraan Pemilu").closest("tr");
  // 120.000.000 of 200.000.000 = 60 %; efisiensi 1 − 60 % ÷ 87,5 % = 31,43 % — as the sheet's
  // "0.00%" and "#,##0" show them.
  expect(row?.textContent).toMatch(/60,00%.*31,43%/);
  const total = within(table).getByRole("rowheader", { name: /Jumlah/ });
  expect(total.textContent).toContain("realisasi Rp 120.000.000 dari pagu Rp 200.000.000");
  expect(total.closest("tr")?.textContent).toMatch(/60,00%/);
  // The other sasaran rows have no pagu: no serapan.
  expect(within(table).getAllByRole("row").length).toBeGreaterThan(2);
});

test("a workbook without an Anggaran sheet shows no budget table", async () => {
  const excel = createExcelHost({ apiVersion: "1.20", sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  await click("Mulai dari Keputusan");
  await screen.findByText("Selesai: Mulai dari Keputusan");
  await act(async () => {
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Anggaran").delete();
      await ctx.sync();
    });
  });
  await type(excel, "RKT KPU", rktCell("tw1", 5), [[0.5]]);
  await click("Hitung Capaian");
  await screen.findByText("Selesai: Hitung Capaian");
  expect(screen.queryByRole("table", { name: /Anggaran/ })).toBeNull();
  expect(screen.getByRole("heading", { name: /Ringkasan capaian/ })).toBeTruthy();
});

test("a quarter chosen after Hitung Capaian does not relabel the figures computed before it", async () => {
  const excel = createExcelHost({ apiVersion: "1.20", sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  await click("Mulai dari Keputusan");
  await screen.findByText("Selesai: Mulai dari Keputusan");
  await type(excel, "RKT KPU", `${rktCell("tw1", 5)}:${rktCell("tw2", 5)}`, [[0.5, 0.7]]);
  await type(excel, "Anggaran", at(10, "program"), [["Program Penyelenggaraan Pemilu"]]);
  await type(excel, "Anggaran", `${at(10, "pagu")}:${at(10, "atw2")}`, [
    [200_000_000, 50_000_000, 70_000_000],
  ]);
  await click("Hitung Capaian");
  await screen.findByText("Selesai: Hitung Capaian");
  await screen.findByRole("table", { name: /s\.d\. TW II/ });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Pengaturan" }));
  });
  const tw = (await screen.findByLabelText("TW Pelaporan")) as HTMLSelectElement;
  await waitFor(() => expect(tw.disabled).toBe(false));
  await act(async () => {
    fireEvent.change(tw, { target: { value: "TW IV" } });
  });
  await screen.findByText(/Ringkasan ini dihitung sebelum perubahan terakhir/);
  // The figures are TW II's (120.000.000 realised by TW II): their caption stays TW II.
  expect(screen.getByRole("table", { name: /Anggaran \(Anggaran\) s\.d\. TW II$/ })).toBeTruthy();
  expect(screen.queryByRole("table", { name: /s\.d\. TW IV/ })).toBeNull();
});
