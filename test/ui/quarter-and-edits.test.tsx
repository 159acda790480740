/**
 * The reporting quarter follows the workbook until staff choose one (remembered in the
 * workbook), and edits typed into the workbook mark the last check and capaian out of date.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { BLITAR_2021 } from "../../src/core/decree";
import { TaskPane } from "../../src/taskpane/TaskPane";
import type { PaneHost } from "../../src/taskpane/host";
import { createExcelHost, type ExcelHost } from "../../src/excel-double";
import { QUARTER_CHOSEN_KEY } from "../../src/excel/actions";
import { rktCell } from "../fixtures/rkt-columns";

jest.setTimeout(60_000);

function paneHost(excel: ExcelHost): PaneHost {
  return {
    kind: "playground",
    displayLanguage: "id-ID",
    supports: (v) => excel.isSetSupported("ExcelApi", v),
    run: (batch) => excel.run(batch),
  };
}

const isDisabled = (el: HTMLElement) =>
  el.hasAttribute("disabled") || el.getAttribute("aria-disabled") === "true";

async function click(name: string) {
  const b = () => screen.getByRole("button", { name });
  await waitFor(() => expect(isDisabled(b())).toBe(false), { timeout: 5000 });
  await act(async () => {
    fireEvent.click(b());
  });
}

/** A person types into the workbook (not the add-in): Excel tells the pane. */
async function typeByHand(excel: ExcelHost, address: string, values: unknown[][]) {
  await act(async () => {
    await excel.runAsUser(async (ctx) => {
      ctx.workbook.worksheets.getItem("RKT KPU").getRange(address).values = values;
      await ctx.sync();
    });
    await new Promise((r) => setTimeout(r, 20));
  });
}

/** The word in the Info sheet's TW Pelaporan cell (the one the formulas read). */
function infoQuarter(excel: ExcelHost): unknown {
  for (const name of excel.sheetNames) {
    const values = excel.dumpSheet(name).values;
    for (const row of values) {
      const i = row.indexOf("TW Pelaporan");
      if (i >= 0) return row[i + 1];
    }
  }
  return undefined;
}

const status = () => screen.getByRole("status", { name: "Keadaan buku kerja" }).textContent ?? "";

/** Wait out the pane's window for its own writes, so the next edit counts as the user's. */
const afterOwnWrites = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 1600));
  });

test("the quarter follows the entries, then the staff's choice, kept in the workbook", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  await click("Mulai dari Keputusan");
  await screen.findByText("Selesai: Mulai dari Keputusan");
  // Nothing typed; the 2021 report's year is over: TW IV by the date.
  await waitFor(() => expect(status()).toMatch(/TW pelaporan: TW IV — menurut tanggal/));
  await afterOwnWrites();

  // TW I and TW II typed: the workbook says TW II, and a check or capaian uses it.
  await typeByHand(excel, `${rktCell("tw1", 5)}:${rktCell("tw2", 5)}`, [[0.8, 0.82]]);
  await waitFor(
    () => expect(status()).toMatch(/TW pelaporan: TW II — triwulan terakhir yang terisi/),
    { timeout: 5000 }
  );
  await click("Periksa Isian");
  await screen.findByText(/Pemeriksaan|Tidak ada kesalahan|Isian sesuai/);
  expect(screen.queryByText(/Realisasi TW III/)).toBeNull();
  // Until Hitung Capaian, the sheet's formulas compute the Info sheet's TW IV: Siap rapat says so.
  const trust = () => screen.getByRole("region", { name: "Siap rapat?" }).textContent ?? "";
  expect(trust()).toMatch(/TW Pelaporan TW IV, panel melaporkan TW II/);
  await click("Hitung Capaian");
  await screen.findByText("Selesai: Hitung Capaian");
  // The sheet's formulas read the Info sheet: Hitung Capaian wrote the quarter there.
  expect(infoQuarter(excel)).toBe("TW II");
  expect(trust()).not.toMatch(/panel melaporkan/);
  expect(screen.getByRole("heading", { name: /Ringkasan capaian s\.d\. TW II/ })).toBeTruthy();

  // Staff choose TW III: the choice wins and the workbook keeps it.
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Pengaturan" }));
  });
  const select = (await screen.findByLabelText("TW Pelaporan")) as HTMLSelectElement;
  expect(select.value).toBe("auto");
  await act(async () => {
    fireEvent.change(select, { target: { value: "TW III" } });
  });
  await waitFor(() => expect(status()).toMatch(/TW pelaporan: TW III — dipilih di Pengaturan/));
  expect(infoQuarter(excel)).toBe("TW III");
  expect(excel.dumpWorkbook().settings[QUARTER_CHOSEN_KEY]).toBe(true);
  // The summary computed with TW II is out of date now.
  expect(status()).toMatch(/Capaian dihitung \d\d\.\d\d \(perlu diulang\)/);

  // Back to automatic: the choice is forgotten, the entries decide again.
  await act(async () => {
    fireEvent.change(screen.getByLabelText("TW Pelaporan"), { target: { value: "auto" } });
  });
  await waitFor(
    () => expect(status()).toMatch(/TW pelaporan: TW II — triwulan terakhir yang terisi/),
    { timeout: 5000 }
  );
  expect(excel.dumpWorkbook().settings[QUARTER_CHOSEN_KEY]).toBeUndefined();
});

test("an edit typed after the check marks the check and the capaian out of date", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  await click("Mulai dari Keputusan");
  await screen.findByText("Selesai: Mulai dari Keputusan");
  await afterOwnWrites();
  await typeByHand(excel, rktCell("tw1", 5), [[0.8]]);
  await click("Periksa Isian");
  await screen.findByText(/Tidak ada kesalahan|Isian sesuai/);
  await click("Hitung Capaian");
  await screen.findByText("Selesai: Hitung Capaian");
  // The pane's own writes do not count as edits.
  await afterOwnWrites();
  expect(screen.queryByText(/Isian berubah sejak pemeriksaan terakhir/)).toBeNull();
  expect(status()).not.toMatch(/perlu diulang/);
  // Siap rapat?: one indicator filled, its capaian computed, and computed after the last change.
  const trust = () => screen.getByRole("region", { name: "Siap rapat?" }).textContent ?? "";
  expect(trust()).toMatch(/Capaian terhitung: 1 dari \d+ indikator/);
  expect(trust()).toMatch(/Perlu perhatian: \d+ indikator \(0 kesalahan\)/);
  expect(trust()).toMatch(/dihitung ulang setelah perubahan terakhir \(pukul \d\d\.\d\d\)/);

  await typeByHand(excel, rktCell("tw1", 6), [[0.5]]);
  await screen.findByText("Isian berubah sejak pemeriksaan terakhir — Periksa Isian lagi");
  expect(trust()).toMatch(/dihitung sebelum perubahan terakhir: tekan Hitung Capaian lagi/);
  expect(status()).toMatch(/Diperiksa \d\d\.\d\d: .* \(perlu diulang\)/);
  expect(status()).toMatch(/Capaian dihitung \d\d\.\d\d \(perlu diulang\)/);
  // Checking again clears it.
  await click("Periksa Isian");
  await waitFor(() =>
    expect(screen.queryByText(/Isian berubah sejak pemeriksaan terakhir/)).toBeNull()
  );
});

test("an Excel without onChanged (before ExcelApi 1.9) is not watched; results keep their time", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"], apiVersion: "1.8" });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  await click("Mulai dari Keputusan");
  await screen.findByText("Selesai: Mulai dari Keputusan");
  await afterOwnWrites();
  await typeByHand(excel, rktCell("tw1", 5), [[0.8]]);
  await click("Periksa Isian");
  await screen.findByText(/Tidak ada kesalahan|Isian sesuai/);
  await click("Hitung Capaian");
  await screen.findByText("Selesai: Hitung Capaian");
  await typeByHand(excel, rktCell("tw1", 6), [[0.5]]);
  expect(screen.queryByText(/Isian berubah sejak pemeriksaan terakhir/)).toBeNull();
  expect(status()).toMatch(/Diperiksa \d\d\.\d\d/);
  // The trust summary does not claim what it cannot know.
  expect(
    screen.getByText(
      /Excel ini tidak memberi tahu perubahan isian; jika ada yang diubah sesudahnya/
    )
  ).toBeTruthy();
});

test("an edit on the user's own sheet does not mark the results out of date", async () => {
  const excel = createExcelHost({ sheets: ["Catatan"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  await click("Mulai dari Keputusan");
  await screen.findByText("Selesai: Mulai dari Keputusan");
  await afterOwnWrites();
  await typeByHand(excel, rktCell("tw1", 5), [[0.8]]);
  await click("Periksa Isian");
  await screen.findByText(/Tidak ada kesalahan|Isian sesuai/);
  await click("Hitung Capaian");
  await screen.findByText("Selesai: Hitung Capaian");
  await afterOwnWrites();
  await act(async () => {
    await excel.runAsUser(async (ctx) => {
      ctx.workbook.worksheets.getItem("Catatan").getRange("B2").values = [["rapat Senin"]];
      await ctx.sync();
    });
    await new Promise((r) => setTimeout(r, 20));
  });
  expect(screen.queryByText(/Isian berubah sejak pemeriksaan terakhir/)).toBeNull();
  expect(status()).not.toMatch(/perlu diulang/);
  // An edit on the RKT sheet still does.
  await typeByHand(excel, rktCell("tw1", 6), [[0.5]]);
  await screen.findByText("Isian berubah sejak pemeriksaan terakhir — Periksa Isian lagi");
});

test("before ExcelApi 1.14: the run's own writes are not edits; an edit typed during a run is kept", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"], apiVersion: "1.13" });
  let typeDuringRun = false;
  const host: PaneHost = {
    ...paneHost(excel),
    run: (batch) => {
      if (typeDuringRun) {
        typeDuringRun = false;
        // Someone types into a realisasi cell while Hitung Capaian runs.
        excel.userEdit("RKT KPU", rktCell("tw1", 7));
      }
      return excel.run(batch);
    },
  };
  render(<TaskPane host={host} decree={BLITAR_2021} />);
  await click("Mulai dari Keputusan");
  await screen.findByText("Selesai: Mulai dari Keputusan");
  await afterOwnWrites();
  await typeByHand(excel, rktCell("tw1", 5), [[0.8]]);
  await click("Periksa Isian");
  await screen.findByText(/Tidak ada kesalahan|Isian sesuai/);
  await click("Hitung Capaian");
  await screen.findByText("Selesai: Hitung Capaian");
  await afterOwnWrites();
  // Its formulas and the Info cell were written without a trigger source: the pane's own.
  expect(screen.queryByText(/Isian berubah sejak pemeriksaan terakhir/)).toBeNull();
  expect(status()).not.toMatch(/perlu diulang/);

  typeDuringRun = true;
  await click("Hitung Capaian");
  await screen.findByText("Isian berubah sejak pemeriksaan terakhir — Periksa Isian lagi");
  expect(status()).toMatch(/Capaian dihitung \d\d\.\d\d \(perlu diulang\)/);
});
