/**
 * The playground in Chromium (browser.ts: the one npm brings): the real task pane beside the
 * in-browser workbook.
 * Builds the production bundle once (~15-80 s), then each test opens a fresh page.
 * Screenshots of every step land in test-output/e2e/.
 */
import type { Browser, BrowserContext } from "playwright-core";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildOnce, DIST, OUT, eventually, gzipSizes, launch, Playground, serve } from "./harness";
import { rktCell } from "../../fixtures/rkt-columns";

/** Realisasi TW I of RKT KPU's rows 5-7, where the template puts it. */
const TW1 = { r5: rktCell("tw1", 5), r6: rktCell("tw1", 6), r7: rktCell("tw1", 7) };

jest.setTimeout(30_000);

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let pg: Playground;

beforeAll(async () => {
  // Screenshots of this run only.
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of fs.readdirSync(OUT)) if (f.endsWith(".png")) fs.rmSync(path.join(OUT, f));
  const build = buildOnce();
  console.log(
    build.built ? `production build: ${(build.ms / 1000).toFixed(1)} s` : "production build: reused"
  );
  const kib = gzipSizes(DIST, ["taskpane", "playground"]);
  console.log(`bundles (gzip): taskpane ${kib.taskpane} KiB, playground ${kib.playground} KiB`);
  server = await serve(DIST);
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  pg = await Playground.create(await context.newPage(), server.url);
});

afterEach(async () => {
  expect(pg.remoteRequests).toEqual([]);
  expect(pg.errors).toEqual([]);
  await context.close();
});

const ACTIONS_ID = ["Mulai dari Keputusan", "Periksa Isian", "Hitung Capaian", "Buat Grafik"];
/** Once the template exists, step 1 folds its buttons away; these stay. */
const LATER_ID = ["Periksa Isian", "Hitung Capaian", "Buat Grafik", "Ekspor Bahan Rapat"];
const LATER_EN = ["Check entries", "Compute capaian", "Create charts", "Export meeting material"];

test("renders the pane in Indonesian beside an empty workbook, and reports first paint", async () => {
  const start = Date.now();
  await pg.page.goto(`${server.url}playground.html`);
  await pg.pane.getByRole("button", { name: "Mulai dari Keputusan" }).waitFor();
  const visibleMs = Date.now() - start;
  const fcp = await pg.page.evaluate(
    () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null
  );
  console.log(
    `playground first contentful paint: ${fcp?.toFixed(0)} ms; pane's first button visible after ${visibleMs} ms`
  );
  for (const name of ACTIONS_ID)
    expect(await pg.pane.getByRole("button", { name, exact: true }).isVisible()).toBe(true);
  expect(
    await pg.workbook.getByRole("tab", { name: "Lembar1" }).getAttribute("aria-selected")
  ).toBe("true");
  expect(await pg.page.getByRole("table", { name: "Lembar Lembar1" }).isVisible()).toBe(true);
  await pg.screenshot("rendered");
});

test("the language switch turns the pane English, findings included, and back", async () => {
  await pg.open();
  await pg.runAction("Mulai dari Keputusan");
  // A fresh template has no findings: one realisasi typed, the other quarters are due and empty.
  await pg.typeCell("RKT KPU", TW1.r6, "50%");
  await pg.runAction("Periksa Isian");
  await pg.pane.getByRole("radio", { name: "English" }).check();
  for (const name of LATER_EN) await pg.pane.getByRole("button", { name, exact: true }).waitFor();
  expect(await pg.pane.getByRole("button", { name: "Mulai dari Keputusan" }).count()).toBe(0);
  expect(await pg.pane.getByRole("region", { name: "Check results" }).isVisible()).toBe(true);
  // One realisasi typed: the quarters due and empty are one line per quarter, no warning each.
  expect(
    await pg.pane
      .getByText(
        "Realisasi TW I: 12 indicators not entered yet (those whose period asks for TW I)."
      )
      .isVisible()
  ).toBe(true);
  expect(await pg.pane.getByText(/belum|terisi|Kesalahan|Peringatan/).count()).toBe(0);
  expect(
    await pg.pane
      .getByRole("button", { name: `Go to cell ${TW1.r5} (RKT Sekretariat)` })
      .isVisible()
  ).toBe(true);
  await pg.screenshot("pane-english");
  await pg.pane.getByRole("radio", { name: "Bahasa Indonesia" }).check();
  for (const name of LATER_ID) await pg.pane.getByRole("button", { name, exact: true }).waitFor();
  expect(await pg.pane.getByRole("region", { name: "Hasil pemeriksaan" }).isVisible()).toBe(true);
  expect(
    await pg.pane
      .getByText("Realisasi TW I: 12 indikator belum diisi (yang periodenya meminta TW I).")
      .isVisible()
  ).toBe(true);
  expect(await pg.pane.getByRole("button", { name: "Start from the decree" }).count()).toBe(0);
  await pg.screenshot("pane-indonesian-again");
  // Office's display language (a playground setting) reopens the pane in English too.
  await pg.page.getByLabel("Bahasa tampilan Office").selectOption("en-US");
  await pg.pane.getByRole("button", { name: "Check entries", exact: true }).waitFor();
  expect(await pg.page.getByRole("button", { name: "New workbook" }).isVisible()).toBe(true);
  await pg.screenshot("office-english");
}, 60_000);

test("typing into a cell writes through the double, as an Indonesian Excel reads it", async () => {
  await pg.open();
  await pg.typeCell("Lembar1", "B2", "83%");
  expect(await eventually(() => pg.cellText("B2"), "83%")).toBe("83%");
  await pg.typeCell("Lembar1", "B3", "0,83");
  expect(await eventually(() => pg.cellText("B3"), "0,83")).toBe("0,83");
  await pg.typeCell("Lembar1", "C2", "Laporan Keuangan");
  expect(await eventually(() => pg.cellText("C2"), "Laporan Keuangan")).toBe("Laporan Keuangan");
  // What the double holds: numbers, not text, and a percent format for "83%".
  const held = await pg.page.evaluate(() => {
    const s = window.kinerjaPlayground?.host.dumpSheet("Lembar1");
    return { b2: s?.values[1]?.[1], b3: s?.values[2]?.[1], f: s?.numberFormats[1]?.[1] };
  });
  expect(held).toEqual({ b2: 0.83, b3: 0.83, f: "0%" });
  // Enter moves the cursor down, as in Excel.
  expect(await pg.page.locator("td.pg-selected").getAttribute("data-address")).toBe("C3");
  await pg.screenshot("typed");
});

test("the sample RKT sheet loads with formats, formulas, merges and its chart", async () => {
  await pg.open();
  await pg.clickButton("Contoh: tabel RKT yang sudah ada");
  await pg.page.getByRole("table", { name: "Lembar RKT 2021" }).waitFor();
  expect(await pg.cellText("D4")).toBe("80%");
  expect(await pg.cellText("H4")).toBe("82,50%");
  expect(await pg.cellText("E6")).toBe("70,00");
  const formula = pg.page.locator('td[data-address="I4"]');
  expect(await formula.getAttribute("title")).toBe('=IFERROR(H4/D4,"")');
  expect(await formula.evaluate((el) => getComputedStyle(el).fontStyle)).toBe("italic");
  expect(await pg.page.locator('td[data-address="A1"]').getAttribute("colspan")).toBe("9");
  const chart = pg.page.locator("figure.pg-chart");
  expect(await chart.locator("strong").innerText()).toBe("Target dan Realisasi TW IV");
  // The background, three Target bars and the Realisasi TW IV bars its formulas compute
  // (=H5 is the text "30%" typed into a text cell: no bar, as in Excel).
  expect(await chart.locator("svg rect").count()).toBe(1 + 3 + 2);
  expect(await chart.innerText()).not.toContain("dihitung di Excel");
  // The capaian formula computed: 82,5% against 80%.
  expect(await pg.cellText("I4")).toMatch(/^(1,03|103,13%)/);
  await pg.screenshot("sample");
});

test("a cell selected far away is drawn, highlighted and scrolled into view", async () => {
  await pg.open();
  await pg.typeCell("Lembar1", "AD40", "jauh");
  const cell = pg.page.locator('td[data-address="AD40"]');
  expect(await eventually(() => pg.cellText("AD40"), "jauh")).toBe("jauh");
  const [box, grid] = await Promise.all([
    cell.boundingBox(),
    pg.page.locator(".pg-grid-scroll").boundingBox(),
  ]);
  if (!box || !grid) throw new Error("grid or cell not laid out");
  expect(box.x).toBeGreaterThanOrEqual(grid.x);
  expect(box.y).toBeGreaterThanOrEqual(grid.y);
  expect(box.x + box.width).toBeLessThanOrEqual(grid.x + grid.width);
  expect(box.y + box.height).toBeLessThanOrEqual(grid.y + grid.height);
  await pg.screenshot("far-cell");
});

test("sheet tabs switch the active sheet in the double", async () => {
  await pg.open();
  await pg.clickButton("Contoh: tabel RKT yang sudah ada");
  await pg.page.getByRole("table", { name: "Lembar RKT 2021" }).waitFor();
  await pg.activateSheet("Lembar1");
  expect(await pg.page.evaluate(() => window.kinerjaPlayground?.host.activeSheetName)).toBe(
    "Lembar1"
  );
  await pg.screenshot("tab-lembar1");
  await pg.activateSheet("RKT 2021");
  expect(await pg.page.evaluate(() => window.kinerjaPlayground?.host.activeSheetName)).toBe(
    "RKT 2021"
  );
});

const TEMPLATE_SHEETS = [
  "Info Kinerja",
  "RKT Sekretariat",
  "RKT KPU",
  "IKU KPU",
  "IKU Sekretariat",
  "Anggaran",
  "Perjanjian Kinerja",
];
/** Only TW I is typed and no quarter chosen: the reporting quarter follows the entries. */
const EXPORT_NAME = "Capaian-Kinerja-KPU-Kota-Blitar-2021-TW1";

/** The list item of the finding whose message contains `text`. */
const finding = (text: string) =>
  // The innermost item: the step and the indicator's group are list items around it.
  pg.pane.getByRole("listitem").filter({ hasText: text }).last();

/**
 * Run Ekspor Bahan Rapat and return the download's name and bytes; when the pane lists what
 * stands before a meeting, export anyway.
 */
async function exportFile(): Promise<{ name: string; bytes: Buffer }> {
  const button = await pg.enabledButton("Ekspor Bahan Rapat");
  const downloaded = pg.page.waitForEvent("download");
  await button.click();
  const anyway = pg.pane.getByRole("button", { name: "Tetap ekspor", exact: true });
  const first = await Promise.race([
    downloaded.then(() => "download"),
    anyway.waitFor({ timeout: 20_000 }).then(
      () => "confirm",
      () => "none"
    ),
  ]);
  if (first === "confirm") await anyway.click();
  const download = await downloaded;
  const file = await download.path();
  await pg.enabledButton("Ekspor Bahan Rapat");
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

test("fresh workbook: every action in order, findings visited and fixed, exports downloaded", async () => {
  await pg.open();
  await pg.screenshot("path-fresh-start");

  // Mulai dari Keputusan: the decree's sheets appear as tabs.
  await pg.runAction("Mulai dari Keputusan");
  expect(await pg.tabNames()).toEqual(["Lembar1", ...TEMPLATE_SHEETS]);
  expect(await pg.page.getByRole("alert").count()).toBe(0);
  await pg.screenshot("path-fresh-template");

  // Realisasi TW I typed as staff would: a percentage, a typo, a number typed with its unit.
  await pg.typeCell("RKT KPU", TW1.r5, "83%");
  await pg.typeCell("RKT KPU", TW1.r6, "abc");
  await pg.typeCell("RKT KPU", TW1.r7, "77,5 poin");
  expect(await eventually(() => pg.cellText(TW1.r7), "77,5 poin")).toBe("77,5 poin");
  expect(await pg.cellText(TW1.r5)).toBe("83,00%");
  expect(await pg.cellText(TW1.r6)).toBe("abc");
  await pg.screenshot("path-fresh-typed");

  // Validasi with highlighting: findings by severity, the error cell coloured.
  const highlight = pg.pane.getByRole("switch", { name: "Warnai sel yang bermasalah" });
  await highlight.check();
  expect(await highlight.isChecked()).toBe(true);
  await pg.runAction("Periksa Isian");
  await pg.pane.getByRole("region", { name: "Hasil pemeriksaan" }).waitFor();
  // The result under the button, titled by the worst finding.
  expect(
    await pg.pane.getByText("Pemeriksaan menemukan 1 kesalahan", { exact: true }).isVisible()
  ).toBe(true);
  const typo = finding('Realisasi TW I "abc" tidak dapat dibaca.');
  expect(await typo.innerText()).toMatch(/Yang perlu dilakukan: Ketik realisasi sebagai angka/);
  expect(await typo.isVisible()).toBe(true);
  expect(
    await pg.page
      .locator(`td[data-address="${TW1.r6}"]`)
      .evaluate((el) => getComputedStyle(el).backgroundColor)
  ).toBe("rgb(248, 215, 218)");
  await pg.screenshot("path-fresh-validated");

  // A finding's "Ke sel" selects its cell on its own sheet, from another sheet.
  await pg.activateSheet("Lembar1");
  await typo.getByRole("button", { name: `Ke sel ${TW1.r6} (RKT KPU)`, exact: true }).click();
  expect(await eventually(() => pg.activeTab(), "RKT KPU")).toBe("RKT KPU");
  expect(
    await eventually(() => pg.page.locator("td.pg-selected").getAttribute("data-address"), TW1.r6)
  ).toBe(TW1.r6);
  expect(await pg.page.getByRole("textbox", { name: "Alamat sel" }).inputValue()).toBe(TW1.r6);
  await pg.screenshot("path-fresh-goto");

  // The text "77,5 poin" is not read by the sheet's formulas (a warning); it can be fixed to the
  // number it says.
  const typed = finding('"77,5 poin" tidak dibaca rumus lembar');
  const fix = typed.getByRole("button", { name: /^Perbaiki menjadi / });
  // The button shows the value as the message does, in the pane's language (77,5, not 77.5).
  expect(await fix.innerText()).toBe("Perbaiki menjadi 77,5");
  await fix.click();
  await pg.pane.getByRole("heading", { name: "Perbaikan yang diterapkan" }).waitFor();
  expect(
    await pg.pane
      .getByText(new RegExp(`^Diperbaiki: sel ${TW1.r7} di lembar RKT KPU menjadi 77[,.]5$`))
      .isVisible()
  ).toBe(true);
  expect(await eventually(() => pg.cellText(TW1.r7), "77,50")).toBe("77,50");
  expect(await typed.count()).toBe(0);
  await pg.screenshot("path-fresh-fixed");

  // Hitung Capaian: the summary, with 83% against a target of 80%.
  await pg.runAction("Hitung Capaian");
  const summary = pg.pane.getByRole("region", { name: "Ringkasan capaian" });
  await summary.waitFor();
  // Beside the average, how many of the sasaran's indicators reached their target.
  expect(await summary.innerText()).toMatch(
    /Terwujudnya kebijakan bidang Politik yang kuat\s+1\/1 indikator · 1 dari 1 tercapai\s+103,75%/
  );
  // "abc" in TW I is counted nowhere: the summary says so.
  expect(await summary.innerText()).toMatch(/1 indikator belum dihitung .*cek isian/);
  expect(await summary.innerText()).toMatch(/Rata-rata keseluruhan[\s\S]*\d+(,\d+)?%/);
  expect(await pg.tabNames()).toContain("Ringkasan Capaian");
  await pg.screenshot("path-fresh-capaian");
  // The grid computes what the pane says: the RKT sheet's Capaian and Kategori of 83% against
  // 80%, and every average of the Ringkasan sheet equal to the pane's summary.
  await pg.activateSheet("RKT KPU");
  expect(await eventually(() => pg.cellText(rktCell("capaian", 5)), "103,75%")).toBe("103,75%");
  expect(await pg.cellText(rktCell("kategori", 5))).toBe("Sangat Baik");
  await pg.screenshot("path-fresh-capaian-grid");
  await pg.activateSheet("Ringkasan Capaian");
  const rows = await pg.page.evaluate(() =>
    (window.kinerjaPlayground?.host.dumpSheet("Ringkasan Capaian").values ?? []).map((r, i) => ({
      row: i + 1,
      sasaran: String(r[1] ?? ""),
    }))
  );
  const summaryText = (await summary.innerText()).replace(/\s+/g, " ");
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let checked = 0;
  for (const { row, sasaran } of rows) {
    if (row < 5 || sasaran === "" || sasaran.startsWith("Rata-rata")) continue;
    const shown = await pg.cellText(`D${row}`);
    if (shown === "") continue;
    expect(shown).toMatch(/^\d+(,\d+)?%$/);
    expect(summaryText).toMatch(
      new RegExp(
        `${escape(sasaran)} \\d+/\\d+ indikator · \\d+ dari \\d+ tercapai ${escape(shown)}`
      )
    );
    checked++;
  }
  expect(checked).toBeGreaterThan(0);
  await pg.screenshot("path-fresh-ringkasan");

  // Buat Grafik: a Grafik sheet whose charts are drawn.
  await pg.runAction("Buat Grafik");
  expect(await pg.tabNames()).toContain("Grafik");
  await pg.activateSheet("Grafik");
  const charts = pg.page.locator("figure.pg-chart");
  expect(await charts.count()).toBe(3);
  expect(await charts.locator("svg").count()).toBe(3);
  // Bars from the computed capaian, not an empty frame.
  expect(await charts.first().locator("svg rect").count()).toBeGreaterThan(1);
  await pg.screenshot("path-fresh-charts");

  // Ekspor Bahan Rapat: a PDF (the default format), then a CSV; a Rekap Rapat sheet.
  expect(await pg.pane.getByRole("radio", { name: "PDF" }).isChecked()).toBe(true);
  const pdf = await exportFile();
  expect(pdf.name).toBe(`${EXPORT_NAME}.pdf`);
  expect(pdf.bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
  expect(await pg.tabNames()).toContain("Rekap Rapat");
  await pg.screenshot("path-fresh-export-pdf");
  await pg.pane.getByRole("radio", { name: "CSV" }).check();
  const csv = await exportFile();
  expect(csv.name).toBe(`${EXPORT_NAME}.csv`);
  const text = csv.bytes.toString("utf8");
  expect(text).toContain(
    "Persentase Keputusan KPU Kota Blitar yang berpedoman pada perundang-undangan"
  );
  expect(text).toContain("Indikator Kinerja Utama");
  expect(await pg.pane.getByText(`${EXPORT_NAME}.csv`, { exact: true }).isVisible()).toBe(true);
  // Where the file went.
  expect(await pg.pane.getByText(/diunduh: lihat folder Unduhan/).isVisible()).toBe(true);
  expect(await pg.page.getByRole("alert").count()).toBe(0);
  await pg.screenshot("path-fresh-export-csv");
}, 120_000);

test("converted workbook: the sample table becomes the template, then every action runs", async () => {
  await pg.open();
  await pg.clickButton("Contoh: tabel RKT yang sudah ada");
  await pg.page.getByRole("table", { name: "Lembar RKT 2021" }).waitFor();
  // The button names the active sheet.
  await pg.runAction("Gunakan tabel di lembar \u201cRKT 2021\u201d", "Gunakan Tabel di Lembar Ini");
  expect(await pg.page.getByRole("alert").allInnerTexts()).toEqual([]);
  const tabs = await pg.tabNames();
  expect(tabs).toEqual(expect.arrayContaining(["RKT 2021", "Info Kinerja", "RKT KPU"]));
  // What was recognised, behind a disclosure.
  await pg.pane.getByText("Yang dikenali dari lembar Anda", { exact: true }).click();
  const recognised = pg.pane.locator("details li");
  expect(await recognised.count()).toBeGreaterThan(3);
  expect(await recognised.allInnerTexts()).toEqual(
    expect.arrayContaining(['D: "Target" → target', 'Lembar "RKT 2021" tidak diubah.'])
  );
  await pg.screenshot("path-converted");
  for (const [action, step] of [
    ["Periksa Isian", "validated"],
    ["Hitung Capaian", "capaian"],
    ["Buat Grafik", "charts"],
  ] as const) {
    await pg.runAction(action);
    expect(await pg.page.getByRole("alert").allInnerTexts()).toEqual([]);
    expect(await pg.pane.locator(`[data-done="${action}"]`).isVisible()).toBe(true);
    await pg.screenshot(`path-converted-${step}`);
  }
  expect(await pg.pane.getByRole("region", { name: "Ringkasan capaian" }).innerText()).toMatch(
    /\d%/
  );
  await pg.activateSheet("Grafik");
  expect(await pg.page.locator("figure.pg-chart svg").count()).toBe(3);
  await pg.screenshot("path-converted-grafik");
}, 90_000);

test("keyboard only: Mulai dari Keputusan, Periksa Isian and Hitung Capaian, with focus visible", async () => {
  await pg.open();
  await pg.enabledButton("Mulai dari Keputusan");
  const focusVisible = () => pg.page.locator(":focus").getAttribute("data-fui-focus-visible");
  const step = async (action: string, key: "Tab" | "Shift+Tab", shot: string) => {
    await pg.tabTo(action, key);
    expect(await focusVisible()).not.toBeNull();
    await pg.enabledButton(action);
    await pg.screenshot(shot);
    await pg.page.keyboard.press("Enter");
    await pg.pane.locator(`[data-done="${action}"]`).waitFor({ timeout: 20_000 });
    await pg.settled();
  };
  await step("Mulai dari Keputusan", "Tab", "keyboard-focus-template");
  expect(await pg.tabNames()).toEqual(["Lembar1", ...TEMPLATE_SHEETS]);
  // A fresh template has no findings: one realisasi, written into the workbook (not through
  // the grid, so that the keyboard's focus stays in the pane).
  await pg.page.evaluate(async (address) => {
    await window.kinerjaPlayground?.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("RKT KPU").getRange(address).values = [[0.5]];
      await ctx.sync();
    });
  }, TW1.r6);
  // The highlight switch, by Tab and Space.
  await pg.tabTo("Warnai sel yang bermasalah");
  await pg.page.keyboard.press("Space");
  expect(await pg.pane.getByRole("switch").isChecked()).toBe(true);
  // Back up to Periksa Isian.
  await step("Periksa Isian", "Shift+Tab", "keyboard-focus-validasi");
  await pg.pane.getByRole("region", { name: "Hasil pemeriksaan" }).waitFor();
  // The result took the focus; a finding's link is reached by Tab, then on to Hitung Capaian.
  await pg.tabTo(new RegExp(`^Ke sel ${TW1.r5} \\(RKT Sekretariat\\)$`));
  expect(await focusVisible()).not.toBeNull();
  await pg.screenshot("keyboard-finding-link");
  await step("Hitung Capaian", "Tab", "keyboard-focus-capaian");
  await pg.pane.getByRole("region", { name: "Ringkasan capaian" }).waitFor();
  expect(await pg.tabNames()).toContain("Ringkasan Capaian");
  await pg.screenshot("keyboard-done");
}, 90_000);

test("old Excel (ExcelApi 1.1): Mulai dari Keputusan works and says what was left out", async () => {
  await pg.open();
  // The Excel version is a developer's setting, behind its switch.
  expect(await pg.page.getByLabel("Versi Excel (ExcelApi)").count()).toBe(0);
  await pg.page.getByRole("switch", { name: "Alat pengembang" }).check();
  await pg.page.getByLabel("Versi Excel (ExcelApi)").selectOption("1.1");
  expect(
    await pg.page.evaluate(() => window.kinerjaPlayground?.host.isSetSupported("ExcelApi", "1.2"))
  ).toBe(false);
  await pg.runAction("Mulai dari Keputusan");
  expect(await pg.tabNames()).toEqual(["Lembar1", ...TEMPLATE_SHEETS]);
  expect(await pg.page.getByRole("alert").count()).toBe(0);
  const result = pg.pane.getByText("Dilewati di Excel ini:", { exact: true });
  expect(await result.isVisible()).toBe(true);
  // The result bar (announced politely): what was made, then what this Excel could not do.
  const bar = pg.pane.locator('[aria-live="polite"]').filter({ hasText: "Dilewati di Excel ini:" });
  expect(await bar.innerText()).toContain("Selesai: Mulai dari Keputusan");
  const leftOut = await bar.locator("li").allInnerTexts();
  // Excel versions by name, never API numbers.
  expect(leftOut.filter((l) => /perlu Excel 20\d\d/.test(l)).length).toBeGreaterThanOrEqual(3);
  expect(leftOut.join("\n")).toContain("perlu Excel 2019 atau yang lebih baru");
  expect(leftOut.join("\n")).not.toMatch(/ExcelApi/);
  await pg.screenshot("old-excel-template");
}, 60_000);
