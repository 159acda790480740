/**
 * The playground in Debian's chromium: the real task pane beside the in-browser workbook.
 * Builds the production bundle once (~15-80 s), then each test opens a fresh page.
 * Screenshots of every step land in test-output/e2e/.
 */
import type { Browser, BrowserContext } from "playwright-core";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildOnce, DIST, OUT, eventually, gzipSizes, launch, Playground, serve } from "./harness";

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

const ACTIONS_ID = ["Buat Template", "Validasi", "Hitung Capaian", "Buat Grafik"];
const ACTIONS_EN = ["Create template", "Validate", "Compute capaian", "Create charts"];

test("renders the pane in Indonesian beside an empty workbook, and reports first paint", async () => {
  const start = Date.now();
  await pg.page.goto(`${server.url}playground.html`);
  await pg.pane.getByRole("button", { name: "Buat Template" }).waitFor();
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

test("the pane's language switch turns its buttons English", async () => {
  await pg.open();
  await pg.pane.getByRole("radio", { name: "English" }).check();
  for (const name of ACTIONS_EN) await pg.pane.getByRole("button", { name, exact: true }).waitFor();
  expect(await pg.pane.getByRole("button", { name: "Buat Template" }).count()).toBe(0);
  await pg.screenshot("pane-english");
  // Office's display language (a playground setting) reopens the pane in English too.
  await pg.page.getByLabel("Bahasa tampilan Office").selectOption("en-US");
  await pg.pane.getByRole("button", { name: "Create template", exact: true }).waitFor();
  expect(await pg.page.getByRole("button", { name: "New workbook" }).isVisible()).toBe(true);
  await pg.screenshot("office-english");
});

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
    const s = window.kinerjaPlayground?.host.snapshot("Lembar1");
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
  expect(await chart.locator("svg rect").count()).toBeGreaterThan(3);
  expect(await chart.innerText()).toContain("(dihitung di Excel)");
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

test("keyboard: Tab from the page start reaches the pane's first button, visibly, and Enter runs it", async () => {
  await pg.open();
  await eventually(() => pg.pane.getByRole("button", { name: "Buat Template" }).isEnabled(), true);
  let name = "";
  for (let i = 0; i < 10 && name !== "Buat Template"; i++) {
    await pg.page.keyboard.press("Tab");
    name = await pg.page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
  }
  expect(name).toBe("Buat Template");
  const focused = pg.page.locator(":focus");
  expect(await focused.getAttribute("data-fui-focus-visible")).not.toBeNull();
  await pg.screenshot("keyboard-focus");
  await pg.page.keyboard.press("Enter");
  const tabs = pg.workbook.getByRole("tab");
  expect(await eventually(async () => (await tabs.count()) > 1, true, 10_000)).toBe(true);
  await pg.screenshot("keyboard-template");
});
