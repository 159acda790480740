/**
 * The task pane against the strict Excel double: every action clicked as a person would,
 * findings that select their cell, fixes applied only on request, errors said plainly.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { BLITAR_2021 } from "../../src/core/decree";
import { ResultBar } from "../../src/taskpane/components/Feedback";
import { LanguageSwitch } from "../../src/taskpane/components/LanguageSwitch";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { NO_HOST, type PaneHost } from "../../src/taskpane/host";
import { LangProvider, langFromOffice } from "../../src/taskpane/i18n";
import { createExcelHost, type ExcelHost } from "../../src/excel-double";
import { rktCell, rktIndex } from "../fixtures/rkt-columns";

function paneHost(excel: ExcelHost, displayLanguage = "id-ID"): PaneHost {
  return {
    kind: "playground",
    displayLanguage,
    supports: (v) => excel.isSetSupported("ExcelApi", v),
    run: (batch) => excel.run(batch),
  };
}

async function typeInto(excel: ExcelHost, sheet: string, address: string, values: unknown[][]) {
  await excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).values = values;
    await ctx.sync();
  });
}

jest.setTimeout(30_000);

const button = (name: string | RegExp) => screen.getByRole("button", { name });
/** Disabled buttons stay focusable (aria-disabled), so keyboard users still reach them. */
const isDisabled = (el: HTMLElement) =>
  el.hasAttribute("disabled") || el.getAttribute("aria-disabled") === "true";

/** Settings sit in their own section, closed until opened. */
async function openSettings() {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: /^(Pengaturan|Settings)$/ }));
  });
}

/** Click once the button is enabled (the pane reads the workbook's settings when it opens). */
async function clickButton(name: string | RegExp) {
  await waitFor(() => expect(isDisabled(button(name))).toBe(false), { timeout: 5000 });
  await act(async () => {
    fireEvent.click(button(name));
  });
}

test("outside Excel every action is shown, disabled, and says why", () => {
  render(<TaskPane host={NO_HOST} decree={BLITAR_2021} />);
  expect(screen.getByRole("heading", { name: "Kinerja" })).toBeTruthy();
  for (const name of ["Mulai dari Keputusan", "Periksa Isian", "Hitung Capaian", "Buat Grafik"]) {
    expect(isDisabled(button(name))).toBe(true);
  }
  expect(screen.getAllByText(/Buka panel ini di Excel/).length).toBe(6);
  expect(screen.getByText(/di luar Excel/)).toBeTruthy();
  // Step 1 is the next step and asks where to start.
  expect(screen.getByText(/Dari mana Anda mulai/)).toBeTruthy();
});

test("the main path: template, validate, go to a finding, fix it, compute capaian", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  expect(
    screen.getByText(/Membuat lembar Info Kinerja, RKT dan IKU dari keputusan KPU Kota Blitar 2021/)
  ).toBeTruthy();

  await clickButton("Mulai dari Keputusan");
  await screen.findByText("Selesai: Mulai dari Keputusan");
  expect(screen.getByText("RKT KPU: 6 indikator")).toBeTruthy();
  expect(excel.sheetNames).toContain("RKT KPU");
  await openSettings();
  // Nothing typed yet and the 2021 report's year is over: the quarter follows the date, TW IV.
  await waitFor(() =>
    expect((screen.getByLabelText("TW Pelaporan") as HTMLSelectElement).value).toBe("auto")
  );
  expect(screen.getByRole("option", { name: "Otomatis: TW IV" })).toBeTruthy();

  await typeInto(excel, "RKT KPU", `${rktCell("tw1", 5)}:${rktCell("tw4", 5)}`, [
    ["77,5%", 0.8, 0.82, 0.83],
  ]);
  // The template wrote the IKU's sumber data there; the user clears it (no evidence yet).
  await typeInto(excel, "RKT KPU", rktCell("sumber", 5), [[""]]);
  await clickButton("Periksa Isian");
  // Text typed as "77,5%" is not read by the sheet's formulas (a warning, with a fix); no
  // evidence yet is a warning too; nothing is an error, so the title says so and is not green.
  await screen.findByText("Tidak ada kesalahan; 2 peringatan");
  expect(screen.queryByText("Kesalahan")).toBeNull();
  // Both warnings are about indicator 1, named once above them.
  const group = screen
    .getByRole("heading", { name: /^No\. 1 — Persentase Keputusan/ })
    .closest("li") as HTMLElement;
  expect(within(group).getAllByText("Peringatan")).toHaveLength(2);
  const fixItem = screen
    .getByRole("button", { name: /Perbaiki menjadi/ })
    .closest("li") as HTMLElement;
  expect(within(fixItem).getByText(/"77,5%" tidak dibaca rumus lembar/)).toBeTruthy();
  // The message says what to do (once: no second instruction under it), then the link to the cell.
  expect(within(fixItem).getByText(/Ubah menjadi 0,775\./)).toBeTruthy();
  expect(within(fixItem).queryByText(/Yang perlu dilakukan/)).toBeNull();
  const goTo = within(fixItem).getByRole("button", {
    name: `Ke sel ${rktCell("tw1", 5)} (RKT KPU)`,
  });
  await act(async () => {
    fireEvent.click(goTo);
  });
  await waitFor(() =>
    expect(excel.selectedAddress).toMatch(new RegExp(`RKT KPU'?!${rktCell("tw1", 5)}$`))
  );

  // The fix shows as the cell will: 0.775 in a percent cell reads 77,5%.
  const fix = screen.getByRole("button", { name: "Perbaiki menjadi 77,5%" });
  await act(async () => {
    fireEvent.click(fix);
  });
  await screen.findByText(`Diperbaiki: sel ${rktCell("tw1", 5)} di lembar RKT KPU menjadi 77,5%`);
  expect(excel.dumpSheet("RKT KPU").values[4]?.[rktIndex("tw1")]).toBe(0.775);

  await clickButton("Hitung Capaian");
  await screen.findByText("Selesai: Hitung Capaian");
  const summary = screen.getByRole("region", { name: "Ringkasan capaian" });
  expect(within(summary).getAllByText("Rata-rata keseluruhan").length).toBeGreaterThan(0);
  // RKT KPU: only indicator 1 has realisasi (83% of 80%), so its sasaran and the sheet average agree.
  expect(within(summary).getAllByText("103,75%")).toHaveLength(2);
  // Each indicator's working, on request, in the words of the sheet.
  await act(async () => {
    fireEvent.click(within(summary).getAllByText("Lihat cara menghitung tiap indikator")[1]!);
  });
  expect(within(summary).getByText("83 ÷ 80 × 100 = 103,75%, TW IV, aturan Terakhir")).toBeTruthy();
});

test("a fix is not applied when the cell changed since validation", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  await clickButton("Mulai dari Keputusan");
  await screen.findByText("Selesai: Mulai dari Keputusan");
  await typeInto(excel, "RKT KPU", rktCell("tw1", 5), [["77,5%"]]);
  await clickButton("Periksa Isian");
  await screen.findByText(
    /^(Pemeriksaan menemukan|Tidak ada kesalahan|Isian sesuai|Belum ada realisasi)/
  );
  await typeInto(excel, "RKT KPU", rktCell("tw1", 5), [[0.5]]);
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: /Perbaiki menjadi/ }));
  });
  await screen.findByText(/sudah berubah sejak diperiksa/);
  expect(excel.dumpSheet("RKT KPU").values[4]?.[rktIndex("tw1")]).toBe(0.5);
});

test("Rapikan isian tidies every entry the formulas cannot read at once, and leaves cells changed since", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  await clickButton("Mulai dari Keputusan");
  await screen.findByText("Selesai: Mulai dari Keputusan");
  // RKT KPU rows 5-10: percent, percent, index, percent, grade, opinion.
  await typeInto(excel, "RKT KPU", `${rktCell("tw1", 5)}:${rktCell("tw1", 10)}`, [
    ["77,5%"],
    ["abc"],
    ["74,05"],
    ["87,5 %"],
    ["BB (Baik)"],
    ["Wajar Tanpa Pengecualian"],
  ]);
  await clickButton("Periksa Isian");
  await screen.findByText(
    /^(Pemeriksaan menemukan|Tidak ada kesalahan|Isian sesuai|Belum ada realisasi)/
  );
  const tidy = screen.getByRole("button", { name: "Rapikan isian (5 sel)" });
  // One cell changes after validation: it is left as the person typed it.
  await typeInto(excel, "RKT KPU", rktCell("tw1", 8), [["90%"]]);
  await act(async () => {
    fireEvent.click(tidy);
  });
  await screen.findByText(
    new RegExp(
      `1 sel sudah berubah sejak diperiksa dan tidak diubah: ${rktCell("tw1", 8)} \\(RKT KPU\\)`
    )
  );
  const values = excel
    .dumpSheet("RKT KPU")
    .values.slice(4, 10)
    .map((r) => r[rktIndex("tw1")]);
  // Typed into a General cell, "90%" is the number 0.9, as Excel reads it.
  expect(values).toEqual([0.775, "abc", 74.05, 0.9, "BB", "WTP"]);
  expect(screen.getByText("Perbaikan yang diterapkan")).toBeTruthy();
  expect(screen.queryByRole("button", { name: /Rapikan isian/ })).toBeNull();
});

test("Excel's refusal reaches the user as what to do next", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  await clickButton("Mulai dari Keputusan");
  await screen.findByText("Selesai: Mulai dari Keputusan");
  excel.protectSheet("RKT Sekretariat");
  await clickButton("Hitung Capaian");
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toMatch(/RKT Sekretariat.*dilindungi.*Buka Proteksi/);
});

test("changing a setting writes it to the Info sheet", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  await clickButton("Mulai dari Keputusan");
  await screen.findByText("Selesai: Mulai dari Keputusan");
  await openSettings();
  const select = (await screen.findByLabelText("Batas Capaian")) as HTMLSelectElement;
  await waitFor(() => expect(select.disabled).toBe(false));
  await act(async () => {
    fireEvent.change(select, { target: { value: "100%" } });
  });
  await waitFor(() => expect(excel.dumpSheet("Info Kinerja").values.flat()).toContain("100%"));
});

test("on Office in English the pane speaks English; the switch goes back to Indonesian", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel, "en-US")} decree={BLITAR_2021} />);
  expect(button("Start from the decree")).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByLabelText("Bahasa Indonesia"));
  });
  expect(button("Mulai dari Keputusan")).toBeTruthy();
});

test("result lines follow the language switch", async () => {
  const result = {
    action: "export" as const,
    summary: [{ id: "Berkas: rekap.pdf", en: "File: rekap.pdf" }],
    leftOut: [],
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider initial="id">
        <LanguageSwitch />
        <ResultBar result={result} />
      </LangProvider>
    </FluentProvider>
  );
  expect(screen.getByText("Berkas: rekap.pdf")).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByLabelText("English"));
  });
  expect(screen.getByText("File: rekap.pdf")).toBeTruthy();
  expect(screen.queryByText("Berkas: rekap.pdf")).toBeNull();
});

test.each([
  ["en-US", "en"],
  ["en-GB", "en"],
  ["id-ID", "id"],
  ["fr-FR", "id"],
  [undefined, "id"],
])("Office display language %s gives %s", (tag, lang) => {
  expect(langFromOffice(tag)).toBe(lang);
});

test("the highlight switch makes Validasi colour the cells with findings", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  await clickButton("Mulai dari Keputusan");
  await screen.findByText("Selesai: Mulai dari Keputusan");
  await typeInto(excel, "RKT KPU", rktCell("tw1", 5), [["abc"]]);
  await act(async () => {
    fireEvent.click(screen.getByRole("switch", { name: "Warnai sel yang bermasalah" }));
  });
  await clickButton("Periksa Isian");
  await screen.findByText(
    /^(Pemeriksaan menemukan|Tidak ada kesalahan|Isian sesuai|Belum ada realisasi)/
  );
  expect(excel.formatAt("RKT KPU", rktCell("tw1", 5))["fill.color"]).toBe("#F8D7DA");
  expect(excel.dumpSheet("RKT KPU").values[4]?.[rktIndex("tw1")]).toBe("abc");
});

test("Ubah Lembar Ini Menjadi Template converts the active sheet and says what it recognised", async () => {
  const excel = createExcelHost({ sheets: ["Data RKT"] });
  excel.setSheet("Data RKT", [
    ["RENCANA KINERJA TAHUNAN (RKT) KPU KOTA CONTOH TAHUN 2024"],
    [null],
    ["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Target", "Realisasi TW I"],
    [
      "1",
      "Terwujudnya kebijakan bidang Politik yang kuat",
      "Persentase Keputusan yang berpedoman",
      "80%",
      "70%",
    ],
    [
      "2",
      "Terwujudnya Sistem Informasi Partai Politik",
      "Persentase Informasi Partai Politik mutakhir",
      "30%",
      null,
    ],
  ]);
  const before = excel.dumpSheet("Data RKT");
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  // The button names the sheet it will read.
  await clickButton("Gunakan tabel di lembar “Data RKT”");
  await waitFor(() => expect(screen.queryByRole("alert")?.textContent ?? "ok").toBe("ok"));
  await screen.findByText("Selesai: Gunakan Tabel di Lembar Ini");
  expect(screen.getByText("Yang dikenali dari lembar Anda")).toBeTruthy();
  // Every inference per indicator, and the values written in the target's units.
  expect(
    screen.getByText(
      /^Baris 4: Jenis "Persen" \(dari tanda % di target D4\), Satuan "%", Arah "Naik" \(bawaan\)/
    )
  ).toBeTruthy();
  expect(
    screen.getByText(
      'Baris 4: target dan realisasi ditulis dalam satuan yang sama: D4 "80%" → 80 %; E4 "70%" → 70 %.'
    )
  ).toBeTruthy();
  expect(excel.sheetNames.some((n) => n.startsWith("RKT"))).toBe(true);
  expect(excel.dumpSheet("Data RKT")).toEqual(before);
});

test("Ekspor untuk Rapat writes the Rekap Rapat sheet and downloads the chosen file", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"] });
  const urls: Blob[] = [];
  const names: string[] = [];
  Object.assign(URL, {
    createObjectURL: (b: Blob) => (urls.push(b), "blob:kinerja"),
    revokeObjectURL: () => undefined,
  });
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement
  ) {
    names.push(this.download);
  });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  await clickButton("Mulai dari Keputusan");
  await screen.findByText("Selesai: Mulai dari Keputusan");
  await typeInto(excel, "RKT KPU", rktCell("tw1", 5), [[0.83]]);
  await act(async () => {
    fireEvent.click(screen.getByLabelText("CSV"));
  });
  await clickButton("Ekspor Bahan Rapat");
  // Not checked and capaian not computed: the pane says so before exporting.
  await screen.findByText("Belum siap rapat");
  expect(screen.getByText("Isian belum diperiksa.")).toBeTruthy();
  expect(screen.getByText("Capaian belum dihitung.")).toBeTruthy();
  expect(names).toEqual([]);
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Tetap ekspor" }));
  });
  await waitFor(() => expect(screen.queryByRole("alert")?.textContent ?? "ok").toBe("ok"));
  await screen.findByText("Selesai: Ekspor Bahan Rapat");
  // Where the file went and which sheet was added.
  // Only TW I is filled and no quarter was chosen: the material is up to TW I.
  expect(
    screen.getByText(/Berkas Capaian-Kinerja-KPU-Kota-Blitar-2021-TW1\.csv diunduh/)
  ).toBeTruthy();
  expect(screen.getByText(/Lembar “Rekap Rapat” ditambahkan/)).toBeTruthy();
  expect(names).toEqual(["Capaian-Kinerja-KPU-Kota-Blitar-2021-TW1.csv"]);
  const text = await new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(urls[0]!);
  });
  expect(text).toMatch(/Persentase Keputusan KPU Kota Blitar/);
  expect(text).toMatch(/103,75%/);
  expect(excel.sheetNames).toContain("Rekap Rapat");
  click.mockRestore();
});

test("a decree file is checked before use: problems are listed, a good file replaces the built-in one", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  const input = screen.getByLabelText("Dari berkas…", { selector: "input" }) as HTMLInputElement;
  const choose = async (text: string) => {
    const file = new File([text], "keputusan.json", { type: "application/json" });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
  };
  const broken = JSON.parse(JSON.stringify(BLITAR_2021)) as { year: unknown; office: string };
  broken.year = "dua ribu";
  await choose(JSON.stringify(broken));
  await screen.findByText("Berkas keputusan ditolak:");
  expect(screen.getByText(/year/)).toBeTruthy();
  await choose("{ bukan json");
  await screen.findByText(/bukan JSON yang sah/);
  const other = JSON.parse(JSON.stringify(BLITAR_2021)) as { office: string };
  other.office = "KPU Kota Contoh";
  await choose(JSON.stringify(other));
  await screen.findByText(/Dimuat dari berkas: KPU Kota Contoh 2021/);
  await clickButton("Mulai dari Keputusan");
  await screen.findByText("Selesai: Mulai dari Keputusan");
  expect(excel.dumpSheet("Info Kinerja").values.flat()).toContain("KPU Kota Contoh");
});
