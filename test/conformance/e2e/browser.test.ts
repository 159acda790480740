/** Which browser the browser tests launch, and the unpacking of the one npm brings. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { chooseBrowser, FLAGS, untar } from "./browser";

jest.setTimeout(120_000);

const SPARTICUZ = path.join(
  __dirname,
  "..",
  "..",
  "..",
  "node_modules",
  "@sparticuz",
  "chromium",
  "bin"
);

test("the package's font archive unpacks: its fonts.conf and a TrueType font", () => {
  const tar = zlib.brotliDecompressSync(fs.readFileSync(path.join(SPARTICUZ, "fonts.tar.br")));
  const files = untar(tar);
  const names = files.map((f) => f.name);
  expect(names).toContain("fonts.conf");
  const font = files.find((f) => f.name.endsWith("OpenSans-Regular.ttf"));
  expect(font?.data.length).toBeGreaterThan(50_000);
  // A TrueType font starts with version 1.0.
  expect([...(font?.data.subarray(0, 4) ?? [])]).toEqual([0, 1, 0, 0]);
  expect(Buffer.from(files.find((f) => f.name === "fonts.conf")!.data).toString()).toContain(
    "<fontconfig>"
  );
});

test("a cut archive is refused, not read short", () => {
  const tar = zlib.brotliDecompressSync(fs.readFileSync(path.join(SPARTICUZ, "fonts.tar.br")));
  expect(() => untar(tar.subarray(0, 2000))).toThrow(/tar: archive cut short/);
  expect(() => untar(tar.subarray(0, 2048 + 512 + 1000))).toThrow(/tar: bad entry/);
});

test("KINERJA_CHROMIUM wins; a path that does not exist is an error that names it", async () => {
  const fake = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-browser-")), "chrome");
  await expect(chooseBrowser({ KINERJA_CHROMIUM: fake }, "linux", "x64")).rejects.toThrow(
    `KINERJA_CHROMIUM=${fake}: no such file`
  );
  fs.writeFileSync(fake, "");
  const chosen = await chooseBrowser({ KINERJA_CHROMIUM: fake }, "win32", "x64");
  expect(chosen.options.executablePath).toBe(fake);
  expect(chosen.options.channel).toBeUndefined();
});

test("Windows drives the installed Edge, macOS the installed Chrome, with the same flags", async () => {
  const win = await chooseBrowser({}, "win32", "x64");
  expect([win.options.channel, win.options.executablePath]).toEqual(["msedge", undefined]);
  const mac = await chooseBrowser({}, "darwin", "arm64");
  expect([mac.options.channel, mac.options.executablePath]).toEqual(["chrome", undefined]);
  expect(win.options.args).toEqual(FLAGS);
  expect(mac.options.args).toEqual(FLAGS);
});

test("a platform npm brings no browser for says how to name one", async () => {
  await expect(chooseBrowser({}, "linux", "arm64")).rejects.toThrow(/KINERJA_CHROMIUM/);
});

test("Linux x64: the unpacked headless shell, its libraries and fonts found through its env", async () => {
  const chosen = await chooseBrowser({ LD_LIBRARY_PATH: "/opt/x" }, "linux", "x64");
  const exe = chosen.options.executablePath ?? "";
  const dir = path.dirname(exe);
  expect(path.basename(dir)).toMatch(/^kinerja-chromium-\d+\.\d+\.\d+$/);
  expect(fs.statSync(exe).mode & 0o111).not.toBe(0);
  // An ELF executable, as big as a browser.
  expect(fs.readFileSync(exe).subarray(0, 4).toString("latin1")).toBe("\x7fELF");
  expect(fs.statSync(exe).size).toBeGreaterThan(100e6);
  expect(fs.existsSync(path.join(dir, "lib", "libnss3.so"))).toBe(true);
  expect(chosen.options.env?.LD_LIBRARY_PATH).toBe(`${path.join(dir, "lib")}:/opt/x`);
  expect(chosen.options.env?.FONTCONFIG_PATH).toBe(dir);
  expect(fs.readFileSync(path.join(dir, "fonts.conf"), "utf8")).toContain(
    `<dir>${path.join(dir, "fonts")}</dir>`
  );
  expect(chosen.options.args).toEqual(FLAGS);
});
