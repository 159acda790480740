/**
 * The pane at Excel's narrowest width (320 px), in both languages, in the states a person goes
 * through (nothing set up; the template made; one wrong value found; capaian computed with its
 * working opened; settings opened): axe-core finds no WCAG 2.1 A/AA violation, and a
 * screenshot of each state lands in test-output/e2e/pane-320/.
 *
 * axe-core (MPL-2.0) is a devDependency used here only: it is evaluated into the page by the
 * test, never imported by src/ nor bundled (the test checks the bundle).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildOnce, DIST, OUT, launch, Playground, serve } from "./harness";
import { rktCell } from "../../fixtures/rkt-columns";

jest.setTimeout(120_000);

const SHOTS = path.join(OUT, "pane-320");
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let pg: Playground;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const f of fs.readdirSync(SHOTS)) if (f.endsWith(".png")) fs.rmSync(path.join(SHOTS, f));
  buildOnce();
  server = await serve(DIST);
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  pg = await Playground.create(await context.newPage(), server.url);
});

afterEach(async () => {
  expect(pg.errors).toEqual([]);
  await context.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe-core over the pane, WCAG 2.0/2.1 A and AA rules; one line per violation and node. */
async function scan(page: Page): Promise<string[]> {
  // page.evaluate is not bound by the page's Content-Security-Policy (an injected script is).
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
    const r = (await axe.run(
      { include: [['[data-testid="pane"]']] },
      { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }
    )) as { violations: unknown[] };
    return r.violations;
  });
  return (violations as Violation[]).flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? "?"}): ${v.help} at ${n.target.join(" ")}`)
  );
}

/** The pane 320 px wide, as Excel's narrowest task pane. */
async function narrow(page: Page): Promise<void> {
  await page.addStyleTag({
    content: ".pg-pane { flex: 0 0 320px !important; width: 320px !important; }",
  });
}

async function shot(lang: string, state: string): Promise<void> {
  await pg.pane.screenshot({ path: path.join(SHOTS, `${lang}-${state}.png`) });
}

async function checkState(lang: "id" | "en", state: string): Promise<void> {
  await pg.settled();
  const width = await pg.pane.evaluate((el) => el.getBoundingClientRect().width);
  expect(Math.round(width)).toBe(320);
  await shot(lang, state);
  expect(await scan(pg.page)).toEqual([]);
}

const WORDS = {
  id: {
    template: "Mulai dari Keputusan",
    check: "Periksa Isian",
    capaian: "Hitung Capaian",
    working: "Lihat cara menghitung tiap indikator",
    settings: "Pengaturan",
  },
  en: {
    template: "Start from the decree",
    check: "Check entries",
    capaian: "Compute capaian",
    working: "Show how each indicator is computed",
    settings: "Settings",
  },
} as const;

test.each(["id", "en"] as const)(
  "the pane at 320 px in %s: no WCAG 2.1 AA violations in any state it goes through",
  async (lang) => {
    await pg.open();
    await narrow(pg.page);
    const w = WORDS[lang];
    if (lang === "en") await pg.pane.getByRole("radio", { name: "English" }).check();
    await checkState(lang, "1-start");

    await pg.runAction(w.template);
    await checkState(lang, "2-template");

    await pg.typeCell("RKT KPU", rktCell("tw1", 5), "abc");
    await pg.runAction(w.check);
    await checkState(lang, "3-one-error");

    await pg.typeCell("RKT KPU", rktCell("tw1", 5), "83%");
    await pg.runAction(w.check);
    await pg.runAction(w.capaian);
    await pg.pane.getByText(w.working).last().click();
    await checkState(lang, "4-capaian");

    await pg.pane.getByRole("button", { name: w.settings, exact: true }).click();
    await checkState(lang, "5-settings");
  }
);

test("the scan finds a violation in the pane (it can fail)", async () => {
  await pg.open();
  await pg.pane.evaluate((el) => {
    const b = document.createElement("button");
    b.style.color = "#eee";
    el.appendChild(b);
  });
  const found = await scan(pg.page);
  expect(found.some((v) => v.startsWith("button-name"))).toBe(true);
});

test("axe-core is not in the add-in's bundles", () => {
  for (const f of fs.readdirSync(DIST).filter((x) => x.endsWith(".js")))
    expect(fs.readFileSync(path.join(DIST, f), "utf8")).not.toMatch(/axe-core|Deque Systems/);
});
