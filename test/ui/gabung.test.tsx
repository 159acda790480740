/**
 * Gabungkan Buku Kerja in the pane, against the strict Excel double: the user picks files, each
 * one's progress is listed (read, or failed with its reason), and the consolidation's sheets
 * are built in the open workbook. The reader's chunk is replaced by a stand-in here (jsdom has
 * no exceljs browser build); test/excel/gabung.test.ts reads real workbooks with it.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { OfficeRead } from "../../src/core/consolidate/model";
import { RULE_WORDS } from "../../src/core/consolidate/plan";
import { BLITAR_2021 } from "../../src/core/decree";
import { createExcelHost, type ExcelHost } from "../../src/excel-double";
import { GabungSection } from "../../src/taskpane/gabung/GabungPanel";
import { TaskPane } from "../../src/taskpane/TaskPane";
import type { PaneHost } from "../../src/taskpane/host";
import { LangProvider } from "../../src/taskpane/i18n";

const READS: Record<string, OfficeRead> = {
  "blitar.xlsx": {
    ok: true,
    result: {
      office: "KPU Kota Blitar",
      source: "blitar.xlsx",
      indicators: [
        {
          kode: "ik-1",
          text: "Indikator satu",
          sasaran: "S",
          capaian: 100,
          kategori: "Sangat Baik",
          missing: [],
          errors: [],
        },
        {
          kode: "ik-2",
          text: "Indikator dua",
          sasaran: "S",
          capaian: 80,
          kategori: "Baik",
          missing: [2],
          errors: [],
        },
      ],
    },
  },
  "malang.xlsx": {
    ok: true,
    result: {
      office: "KPU Kota Malang",
      source: "malang.xlsx",
      indicators: [
        {
          kode: "ik-1",
          text: "Indikator satu",
          sasaran: "S",
          capaian: 90,
          kategori: "Sangat Baik",
          missing: [],
          errors: [],
        },
      ],
    },
  },
  "surabaya.xlsx": {
    ok: true,
    result: {
      office: "KPU Kota Surabaya",
      source: "surabaya.xlsx",
      indicators: [
        {
          kode: "ik-1",
          text: "Indikator satu",
          sasaran: "S",
          capaian: 99,
          kategori: "Sangat Baik",
          missing: [],
          errors: [],
        },
        {
          kode: "ik-2",
          text: "Indikator dua",
          sasaran: "S",
          capaian: 99,
          kategori: "Sangat Baik",
          missing: [],
          errors: [],
        },
      ],
    },
  },
  "rusak.xlsx": { ok: false, reason: "bukan buku kerja .xlsx (zip rusak)" },
};

const read = jest.fn(async (_lang: string, file: { name: string }) => READS[file.name]!);
jest.mock("../../src/taskpane/gabung/read-files", () => ({
  readPickedFile: (lang: string, file: { name: string }) => read(lang, file),
}));

function paneHost(excel: ExcelHost): PaneHost {
  return {
    kind: "playground",
    supports: (v) => excel.isSetSupported("ExcelApi", v),
    run: (batch) => excel.run(batch),
  };
}

const picked = (name: string) => ({ name, arrayBuffer: async () => new ArrayBuffer(0) });

test("picking files: progress per file, then the sheets built in the open workbook", async () => {
  const excel = createExcelHost({ apiVersion: "1.20", sheets: ["Data Saya"] });
  render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider initial="id">
        <GabungSection host={paneHost(excel)} decree={BLITAR_2021} />
      </LangProvider>
    </FluentProvider>
  );
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Gabungkan Buku Kerja" }));
  });
  const input = screen.getByLabelText("Pilih berkas…") as HTMLInputElement;
  expect(input.type).toBe("file");
  expect(input.multiple).toBe(true);
  await act(async () => {
    fireEvent.change(input, {
      target: { files: ["blitar.xlsx", "rusak.xlsx", "malang.xlsx"].map(picked) },
    });
  });
  await waitFor(() => expect(screen.getByRole("status")).toBeTruthy());
  expect(screen.getByRole("status").textContent).toMatch(
    /Gabungan dibuat: 2 kantor, 2 indikator, 1 berkas gagal dibaca\. Lembar Rekap Satker/
  );
  const items = within(screen.getByRole("list", { name: "Berkas yang dibaca" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);
  expect(items).toEqual([
    "blitar.xlsx: terbaca: KPU Kota Blitar",
    "rusak.xlsx: gagal: bukan buku kerja .xlsx (zip rusak)",
    "malang.xlsx: terbaca: KPU Kota Malang",
  ]);
  expect(read).toHaveBeenCalledTimes(3);
  expect(excel.sheetNames).toEqual([
    "Data Saya",
    "Data Gabungan",
    "Rekap Satker",
    "Kelengkapan",
    "Sebaran",
    "Peringkat",
    "Berkas Gagal",
  ]);
  expect(excel.dumpSheet("Rekap Satker").values[4]![1]).toBe("KPU Kota Blitar");
  expect(excel.dumpSheet("Berkas Gagal").values[4]![0]).toBe("rusak.xlsx");
});

test("no file read as an office's workbook: said, and nothing is built", async () => {
  const excel = createExcelHost({ apiVersion: "1.20", sheets: ["Data Saya"] });
  render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider initial="en">
        <GabungSection host={paneHost(excel)} decree={BLITAR_2021} />
      </LangProvider>
    </FluentProvider>
  );
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Consolidate workbooks" }));
  });
  await act(async () => {
    fireEvent.change(screen.getByLabelText("Pick files…"), {
      target: { files: [picked("rusak.xlsx")] },
    });
  });
  await waitFor(() => expect(screen.getByRole("alert")).toBeTruthy());
  expect(screen.getByRole("alert").textContent).toMatch(/No file could be read/);
  expect(excel.sheetNames).toEqual(["Data Saya"]);
});

test("on an older Excel the result lists what this Excel left out", async () => {
  const excel = createExcelHost({ apiVersion: "1.1", sheets: ["Data Saya"] });
  render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider initial="id">
        <GabungSection host={paneHost(excel)} decree={BLITAR_2021} />
      </LangProvider>
    </FluentProvider>
  );
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Gabungkan Buku Kerja" }));
  });
  await act(async () => {
    fireEvent.change(screen.getByLabelText("Pilih berkas…"), {
      target: { files: ["blitar.xlsx", "malang.xlsx"].map(picked) },
    });
  });
  await waitFor(() => expect(screen.getByRole("status")).toBeTruthy());
  const status = screen.getByRole("status");
  expect(status.textContent).toMatch(/Gabungan dibuat: 2 kantor/);
  expect(status.textContent).toMatch(/Dilewati di Excel ini:/);
  const lines = within(screen.getByRole("list", { name: "Dilewati di Excel ini:" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);
  expect(lines).toEqual([expect.stringMatching(/^Lebar kolom tidak diatur: perlu Excel 2019/)]);
  expect(excel.sheetNames).toContain("Rekap Satker");
});

test("the ranking rule is chosen in the pane, as the command line's --rank", async () => {
  const excel = createExcelHost({ apiVersion: "1.20", sheets: ["Data Saya"] });
  render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider initial="id">
        <GabungSection host={paneHost(excel)} decree={BLITAR_2021} />
      </LangProvider>
    </FluentProvider>
  );
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Gabungkan Buku Kerja" }));
  });
  const rule = screen.getByRole("radiogroup", { name: "Peringkat menurut" });
  const average = within(rule).getByRole("radio", { name: /^rata-rata capaian/ });
  expect((average as HTMLInputElement).checked).toBe(true);
  await act(async () => {
    fireEvent.click(within(rule).getByRole("radio", { name: /^jumlah indikator tercapai/ }));
  });
  await act(async () => {
    fireEvent.change(screen.getByLabelText("Pilih berkas…"), {
      target: { files: ["blitar.xlsx", "surabaya.xlsx"].map(picked) },
    });
  });
  await waitFor(() => expect(screen.getByRole("status")).toBeTruthy());
  // Surabaya has the higher average (99 against 90), Blitar the one indicator tercapai.
  const texts = (sheet: string) =>
    excel
      .dumpSheet(sheet)
      .values.flat()
      .filter((v): v is string => typeof v === "string");
  expect(texts("Peringkat").join(" ")).toContain(RULE_WORDS.tercapai);
  expect(texts("Rekap Satker").join(" ")).toContain(RULE_WORDS.tercapai);
  const peringkat = excel.dumpSheet("Peringkat");
  const order = peringkat.formulas.slice(4, 6).map((row) => row[1]);
  // Peringkat lists the offices in rank order: Blitar's Rekap Satker row (5) first.
  expect(order).toEqual(["='Rekap Satker'!B5", "='Rekap Satker'!B6"]);
});

test("in the pane, Gabungkan takes the one lock: the steps are disabled until it has written", async () => {
  const excel = createExcelHost({ apiVersion: "1.20", sheets: ["Data Saya"] });
  const host: PaneHost = { ...paneHost(excel), displayLanguage: "id-ID" };
  render(<TaskPane host={host} decree={BLITAR_2021} />);
  const start = () => screen.getByRole("button", { name: "Mulai dari Keputusan" });
  const disabled = (el: HTMLElement) =>
    el.hasAttribute("disabled") || el.getAttribute("aria-disabled") === "true";
  // The pane's first status read settles.
  await waitFor(() => expect(disabled(start())).toBe(false), { timeout: 5000 });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Gabungkan Buku Kerja" }));
  });
  // The second file's read waits until released: Gabungkan is then mid-run.
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  read.mockImplementationOnce(async (_lang, file) => READS[file.name]!);
  read.mockImplementationOnce(async (_lang, file) => {
    await gate;
    return READS[file.name]!;
  });
  await act(async () => {
    fireEvent.change(screen.getByLabelText("Pilih berkas…"), {
      target: { files: ["blitar.xlsx", "malang.xlsx"].map(picked) },
    });
  });
  await waitFor(() => expect(read).toHaveBeenLastCalledWith("id", expect.anything()));
  expect(disabled(start())).toBe(true);
  expect(disabled(screen.getByRole("button", { name: "Periksa Isian" }))).toBe(true);
  // Clicking a step meanwhile starts nothing: no template sheet is made.
  await act(async () => {
    fireEvent.click(start());
  });
  await act(async () => {
    release();
  });
  await screen.findByText(/Gabungan dibuat: 2 kantor/);
  await waitFor(() => expect(disabled(start())).toBe(false));
  expect(excel.sheetNames).toContain("Rekap Satker");
  expect(excel.sheetNames).not.toContain("RKT KPU");
}, 30_000);
