/**
 * The English pane is English: through the states a person goes (nothing set up, the template
 * made, one wrong value found, capaian computed with its working and the trust summary, the
 * settings opened), the text holds no Indonesian word but names — the decree's own texts, the
 * sheets' names and the words typed in the sheets' columns (Terakhir, Naik, …).
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { BLITAR_2021 } from "../../src/core/decree";
import { TaskPane } from "../../src/taskpane/TaskPane";
import type { PaneHost } from "../../src/taskpane/host";
import { createExcelHost, type ExcelHost } from "../../src/excel-double";
import {
  AGGREGATION_WORDS,
  DIRECTION_WORDS,
  KIND_WORDS,
  PERIOD_WORDS,
} from "../../src/core/rules/words";
import { CHART_SHEET, INFO_SHEET, SUMMARY_SHEET } from "../../src/core/workbook/layout";
import { rktCell } from "../fixtures/rkt-columns";

jest.setTimeout(60_000);

/** Common Indonesian words: any of them in the English pane is an untranslated string. */
const INDONESIAN = new Set(
  (
    "dan yang di ke dari untuk belum sudah tidak lembar isian periksa hitung tekan pilih dengan " +
    "atau pada ini itu akan jika berkas keputusan pengaturan langkah selesai kesalahan peringatan " +
    "catatan triwulan otomatis dipilih menurut tanggal hari baru berakhir terisi perlu diulang " +
    "indikator lengkap terhitung perhatian angka dihitung ulang setelah perubahan sebelum siap " +
    "rapat templat buat gunakan tabel ekspor bahan grafik ketik kolom sampai lalu berikutnya " +
    "bawaan dimuat ditolak pukul diperiksa keadaan buku kerja ada sel ringkasan rata keseluruhan " +
    "sementara tanpa batas tingkat peringkat tercapai lihat cara menghitung tiap aturan arah " +
    "makin kecil tinggi rentang setara atas bawah menjadi dapat dibaca rumus lagi sedang berjalan " +
    "baris nilai sesuai pemeriksaan menemukan diisi periodenya meminta apa harus dilakukan perbaiki " +
    "sebagai bahasa"
  ).split(" ")
);

function paneHost(excel: ExcelHost): PaneHost {
  return {
    kind: "playground",
    displayLanguage: "en-US",
    supports: (v) => excel.isSetSupported("ExcelApi", v),
    run: (batch) => excel.run(batch),
  };
}

/** Names the pane shows as they are: the decree's texts, sheet names, the sheets' own words. */
function names(excel: ExcelHost): string[] {
  const decree = BLITAR_2021.tables.flatMap((t) => [
    t.title,
    ...t.indicators.flatMap((i) => [i.text, i.sasaran]),
  ]);
  const words = [AGGREGATION_WORDS, DIRECTION_WORDS, KIND_WORDS, PERIOD_WORDS].flatMap((w) =>
    Object.values(w)
  );
  return [
    BLITAR_2021.office,
    BLITAR_2021.title,
    ...decree,
    ...excel.sheetNames,
    INFO_SHEET,
    SUMMARY_SHEET,
    CHART_SHEET,
    "Rekap Rapat",
    ...words,
    "cek isian",
    "Bahasa Indonesia",
    "Dari berkas…",
  ]
    .filter((n) => n.trim() !== "")
    .sort((a, b) => b.length - a.length);
}

/** The pane's text without the names, and the Indonesian words left in it. */
function indonesianIn(excel: ExcelHost): string[] {
  let text = document.body.textContent ?? "";
  for (const n of names(excel)) {
    // A long text may be shown cut short ("… yang berpedoman pada perundang-undangan d…").
    for (let k = n.length - 1; k >= 20; k--) text = text.split(`${n.slice(0, k)}\u2026`).join(" ");
    text = text.split(n).join(" ");
  }
  const found = new Set<string>();
  for (const word of text.toLowerCase().split(/[^a-z\u00c0-\u024f]+/))
    if (INDONESIAN.has(word)) found.add(word);
  if (found.size > 0 && process.env.KINERJA_DEBUG_EN) console.log(text);
  return [...found].sort();
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

async function type(excel: ExcelHost, address: string, value: unknown) {
  await act(async () => {
    await excel.runAsUser(async (ctx) => {
      ctx.workbook.worksheets.getItem("RKT KPU").getRange(address).values = [[value]];
      await ctx.sync();
    });
  });
}

test("the word list catches an untranslated line (the test can fail)", () => {
  document.body.textContent = "Reporting quarter: TW II — triwulan terakhir yang terisi";
  expect(indonesianIn(createExcelHost())).toEqual(["terisi", "triwulan", "yang"]);
  document.body.textContent = "";
});

test("every state of the English pane speaks English", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  await screen.findByText(/Where do you start/);
  expect(indonesianIn(excel)).toEqual([]);

  await click("Start from the decree");
  await screen.findByText("Done: Start from the decree");
  expect(indonesianIn(excel)).toEqual([]);

  await type(excel, rktCell("tw1", 5), "abc");
  await click("Check entries");
  await screen.findByText("The check found 1 errors");
  expect(indonesianIn(excel)).toEqual([]);

  await type(excel, rktCell("tw1", 5), 0.83);
  await click("Check entries");
  await click("Compute capaian");
  await screen.findByText("Done: Compute capaian");
  for (const details of screen.getAllByText("Show how each indicator is computed"))
    await act(async () => {
      fireEvent.click(details);
    });
  expect(screen.getByText(/÷ 80 × 100 = 103\.75%, TW I, rule Terakhir/)).toBeTruthy();
  expect(indonesianIn(excel)).toEqual([]);

  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Settings" }));
  });
  await screen.findByLabelText("Reporting quarter");
  expect(indonesianIn(excel)).toEqual([]);
});
