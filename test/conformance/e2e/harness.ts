/**
 * Browser-test plumbing: build the production bundle (into test-output/e2e/dist, so it never
 * races with `npm run build` in dist/), serve it over plain http on 127.0.0.1, launch a Chromium
 * through playwright-core (the one npm brings, see browser.ts), and the helpers the playground
 * tests are written in.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import * as zlib from "node:zlib";
import type { Browser, Locator, Page } from "playwright-core";
import { launchBrowser } from "./browser";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const OUT = path.join(ROOT, "test-output", "e2e");
/** KINERJA_E2E_DIST: test an already built bundle (e.g. a patched copy) instead of building. */
export const DIST = process.env.KINERJA_E2E_DIST ?? path.join(OUT, "dist");

function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

/** Builds unless the last build is newer than every input (src/, configs). */
export function buildOnce(): { built: boolean; ms: number } {
  if (process.env.KINERJA_E2E_DIST !== undefined) return { built: false, ms: 0 };
  const stamp = path.join(DIST, "playground.html");
  const inputs = ["src", "webpack.config.js", "package.json", "tsconfig.json"];
  const newest = Math.max(...inputs.map((p) => newestMtime(path.join(ROOT, p))));
  if (fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs > newest) return { built: false, ms: 0 };
  const start = Date.now();
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const r = spawnSync(
    process.execPath,
    [cli, "--mode", "production", "--no-devtool", "--output-path", DIST],
    {
      cwd: ROOT,
      encoding: "utf8",
    }
  );
  if (r.status !== 0) throw new Error(`webpack failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return { built: true, ms: Date.now() - start };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

/** A tiny static server for `dir` on 127.0.0.1 and a free port. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.join(dir, path.normalize(rel).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The browser npm brings on Linux x64, the installed Edge or Chrome elsewhere, or KINERJA_CHROMIUM. */
export async function launch(): Promise<Browser> {
  const { browser, name } = await launchBrowser();
  console.log(`browser: ${name} ${browser.version()}`);
  return browser;
}

/** Polls `read` until it returns `expected` (or `timeoutMs` passes), then returns the last value. */
/** Gzip size in KiB of each `name.*.js` in `dir`. */
export function gzipSizes(dir: string, names: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of fs.readdirSync(dir)) {
    const name = f.split(".")[0] ?? "";
    if (names.includes(name) && f.endsWith(".js"))
      out[name] =
        Math.round(zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length / 102.4) /
        10;
  }
  return out;
}

export async function eventually<T>(
  read: () => Promise<T>,
  expected: T,
  timeoutMs = 5000
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = await read();
  while (last !== expected && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  return last;
}

/** The playground, driven the way a person would use it. */
export class Playground {
  private static steps = 0;
  /** Requests to anything but the local server (the page must make none). */
  readonly remoteRequests: string[] = [];
  /** Console errors and uncaught exceptions (a CSP violation shows up here). */
  readonly errors: string[] = [];

  private constructor(
    readonly page: Page,
    readonly baseUrl: string
  ) {}

  /** Wraps `page`: records console errors and blocks (and records) every non-local request. */
  static async create(page: Page, baseUrl: string): Promise<Playground> {
    const pg = new Playground(page, baseUrl);
    await pg.watch();
    return pg;
  }

  private async watch(): Promise<void> {
    const { page, baseUrl } = this;
    page.on("console", (m) => {
      if (m.type() === "error") this.errors.push(m.text());
    });
    page.on("pageerror", (e) => this.errors.push(String(e)));
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(baseUrl) || url.startsWith("data:")) return route.continue();
      this.remoteRequests.push(url);
      return route.abort();
    });
  }

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}playground.html`);
    await this.pane.getByRole("button").first().waitFor();
  }

  get pane() {
    return this.page.getByTestId("pane");
  }

  get workbook() {
    return this.page.locator(".pg-workbook");
  }

  /** Click a button by its accessible name, in the pane first, else on the page. */
  async clickButton(name: string): Promise<void> {
    const inPane = this.pane.getByRole("button", { name, exact: true });
    const target =
      (await inPane.count()) > 0 ? inPane : this.page.getByRole("button", { name, exact: true });
    await target.click();
  }

  /** A pane button by name, once it is enabled (disabled ones are aria-disabled, still focusable). */
  async enabledButton(name: string | RegExp, timeoutMs = 15_000): Promise<Locator> {
    const button = this.pane.getByRole("button", { name, exact: typeof name === "string" });
    await button.waitFor();
    const state = await eventually(
      async () => (await button.getAttribute("aria-disabled")) === "true",
      false,
      timeoutMs
    );
    if (state) throw new Error(`pane button ${String(name)} stayed disabled`);
    return button;
  }

  /**
   * Click a pane action once it is enabled; wait until it finished (its result, or an error bar).
   * `done` is the action's name on its result when the button says more ("… lembar “RKT 2021”").
   */
  async runAction(name: string, done = name): Promise<void> {
    await (await this.enabledButton(name)).click();
    await this.page
      .getByRole("alert")
      .or(this.pane.locator(`[data-done="${done}"]`))
      .first()
      .waitFor({ timeout: 20_000 });
    await this.settled();
  }

  /**
   * Wait until nothing runs in the pane (no "Sedang berjalan" / "Running" progress). The button
   * itself may be gone: once a template exists, step 1 folds its buttons away.
   */
  async settled(timeoutMs = 20_000): Promise<void> {
    const running = this.pane.getByText(/^(Sedang berjalan|Running): /);
    if ((await eventually(() => running.count(), 0, timeoutMs)) !== 0)
      throw new Error("the pane stayed busy");
  }

  /** Sheet tab names, in order. */
  async tabNames(): Promise<string[]> {
    return (await this.workbook.getByRole("tab").allInnerTexts()).map((t) => t.trim());
  }

  /** The active sheet (its selected tab). */
  async activeTab(): Promise<string> {
    return (await this.workbook.locator('[role="tab"][aria-selected="true"]').innerText()).trim();
  }

  /** Text of the focused element, or an input's label (what a keyboard user is on). */
  async focusedText(): Promise<string> {
    const text = await this.page.evaluate(() => {
      const el = document.activeElement;
      if (el instanceof HTMLInputElement)
        return el.labels?.[0]?.textContent ?? el.getAttribute("aria-label") ?? "";
      return el?.textContent ?? "";
    });
    return text.replace(/\s+/g, " ").trim();
  }

  /** Press `key` (Tab or Shift+Tab) until the focused element reads `name`; returns the presses. */
  async tabTo(name: string | RegExp, key: "Tab" | "Shift+Tab" = "Tab", max = 40): Promise<number> {
    for (let i = 1; i <= max; i++) {
      await this.page.keyboard.press(key);
      const text = await this.focusedText();
      if (typeof name === "string" ? text === name : name.test(text)) return i;
    }
    throw new Error(
      `${key} ×${max} never reached "${String(name)}" (ended on "${await this.focusedText()}")`
    );
  }

  async activateSheet(sheet: string): Promise<void> {
    await this.workbook.getByRole("tab", { name: sheet, exact: true }).click();
    // The grid's table (the pane has tables named after sheets too).
    await this.workbook.getByRole("table", { name: new RegExp(`${sheet}$`) }).waitFor();
  }

  /** Select a cell through the name box, type `text` in the formula bar, press Enter. */
  async typeCell(sheet: string, address: string, text: string): Promise<void> {
    await this.activateSheet(sheet);
    const box = this.page.getByRole("textbox", { name: /^(Alamat sel|Cell address)$/ });
    await box.fill(address);
    await box.press("Enter");
    await eventually(
      () => this.page.locator(`td.pg-selected[data-address="${address}"]`).count(),
      1
    );
    const content = this.page.getByRole("textbox", { name: /^(Isi sel|Cell content)$/ });
    await content.fill(text);
    await content.press("Enter");
  }

  /** What the grid shows in a cell of the active sheet. */
  async cellText(address: string): Promise<string> {
    return (await this.page.locator(`td[data-address="${address}"]`).innerText()).trim();
  }

  async screenshot(step: string): Promise<string> {
    Playground.steps += 1;
    fs.mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, `${String(Playground.steps).padStart(2, "0")}-${step}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    return file;
  }
}
