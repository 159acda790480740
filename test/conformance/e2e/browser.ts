/**
 * Which Chromium the browser tests drive, with nothing outside npm:
 *
 * - `KINERJA_CHROMIUM=/path/to/chrome` — that browser (Debian's /usr/bin/chromium, say);
 * - Linux x64 — the Chromium headless shell that the npm package @sparticuz/chromium carries in
 *   its tarball (brotli-compressed, with the NSS/NSPR/expat libraries it links and a font),
 *   unpacked once into node_modules/.cache/kinerja-chromium-VERSION/. It needs only glibc;
 * - Windows — the installed Microsoft Edge (playwright-core's "msedge" channel), else Chrome;
 * - macOS — the installed Google Chrome ("chrome" channel), else Edge.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { pipeline } from "node:stream/promises";
import * as zlib from "node:zlib";
import { chromium, type Browser, type LaunchOptions } from "playwright-core";

/** toolchain.md's flags; playwright's launch() already uses a fresh temporary user-data-dir. */
export const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface BrowserChoice {
  /** What is launched, for the log. */
  name: string;
  options: LaunchOptions;
}

/** The files of a tar archive (ustar, as the package's archives are): path and bytes. */
export function untar(tar: Uint8Array): { name: string; data: Uint8Array }[] {
  const files: { name: string; data: Uint8Array }[] = [];
  const text = (from: number, len: number) => {
    const bytes = tar.subarray(from, from + len);
    const end = bytes.indexOf(0);
    return Buffer.from(end < 0 ? bytes : bytes.subarray(0, end)).toString("utf8");
  };
  let at = 0;
  for (;;) {
    if (at + 512 > tar.length) throw new Error("tar: archive cut short");
    const name = text(at, 100);
    if (name === "") break; // the zero blocks that end the archive
    const size = parseInt(text(at + 124, 12).trim() || "0", 8);
    const type = text(at + 156, 1);
    const prefix = text(at + 257, 6).startsWith("ustar") ? text(at + 345, 155) : "";
    if (!Number.isFinite(size) || size < 0 || at + 512 + size > tar.length)
      throw new Error(`tar: bad entry "${name}"`);
    const full = prefix ? `${prefix}/${name}` : name;
    if (type === "0" || type === "")
      files.push({ name: full, data: tar.subarray(at + 512, at + 512 + size) });
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Writes `files` under `dir`, refusing a path that would leave it. */
function writeFiles(dir: string, files: { name: string; data: Uint8Array }[]): void {
  for (const f of files) {
    const target = path.resolve(dir, f.name);
    if (!target.startsWith(path.resolve(dir) + path.sep)) throw new Error(`tar: ${f.name}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, f.data, { mode: 0o755 });
  }
}

/** The installed @sparticuz/chromium (its "exports" do not include its package.json). */
function packageDir(): string {
  let dir = path.dirname(require.resolve("@sparticuz/chromium"));
  while (!fs.existsSync(path.join(dir, "bin", "chromium.br"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("@sparticuz/chromium has no bin/chromium.br");
    dir = up;
  }
  return dir;
}

/**
 * Unpacks @sparticuz/chromium once into `cacheRoot` (default node_modules/.cache) and returns
 * the folder holding `chromium`, `lib/` and `fonts.conf`. Unpacked beside the final folder and
 * renamed into place, so two test runs at once never see half a browser.
 */
export async function unpackChromium(cacheRoot?: string): Promise<string> {
  const pkg = packageDir();
  const { version } = JSON.parse(fs.readFileSync(path.join(pkg, "package.json"), "utf8")) as {
    version: string;
  };
  const root = cacheRoot ?? path.join(pkg, "..", "..", ".cache");
  const dir = path.join(root, `kinerja-chromium-${version}`);
  if (fs.existsSync(path.join(dir, "chromium"))) return dir;
  fs.mkdirSync(root, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(root, `kinerja-chromium-${version}-`));
  try {
    const bin = path.join(pkg, "bin");
    await pipeline(
      fs.createReadStream(path.join(bin, "chromium.br")),
      zlib.createBrotliDecompress(),
      fs.createWriteStream(path.join(tmp, "chromium"), { mode: 0o755 })
    );
    // NSS, NSPR and expat (lib/), and Open Sans (fonts/): the headless shell links nothing else
    // but glibc. SwiftShader (WebGL) is left packed: the tests run with --disable-gpu.
    for (const archive of ["al2023.tar.br", "fonts.tar.br"])
      writeFiles(tmp, untar(zlib.brotliDecompressSync(fs.readFileSync(path.join(bin, archive)))));
    // Fonts: the package's own, then the machine's if it has any.
    fs.writeFileSync(
      path.join(tmp, "fonts.conf"),
      [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
        "<fontconfig>",
        `  <dir>${path.join(dir, "fonts")}</dir>`,
        "  <dir>/usr/share/fonts</dir>",
        "  <dir>/usr/local/share/fonts</dir>",
        `  <cachedir>${path.join(dir, "fonts-cache")}</cachedir>`,
        "</fontconfig>",
        "",
      ].join("\n")
    );
    try {
      fs.renameSync(tmp, dir);
    } catch (e) {
      // Another run unpacked it first: use theirs.
      if (!fs.existsSync(path.join(dir, "chromium"))) throw e;
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}

/** The browser to launch on this machine (see the top of this file). */
export async function chooseBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch
): Promise<BrowserChoice> {
  const base: LaunchOptions = { args: FLAGS, headless: true };
  const own = env.KINERJA_CHROMIUM;
  if (own) {
    if (!fs.existsSync(own))
      throw new Error(`KINERJA_CHROMIUM=${own}: no such file. Point it at a Chromium or Chrome.`);
    return { name: own, options: { ...base, executablePath: own } };
  }
  if (platform === "linux" && arch === "x64") {
    const dir = await unpackChromium();
    const libs = [path.join(dir, "lib"), env.LD_LIBRARY_PATH].filter(Boolean).join(":");
    return {
      name: `@sparticuz/chromium (${path.join(dir, "chromium")})`,
      options: {
        ...base,
        executablePath: path.join(dir, "chromium"),
        env: { ...env, LD_LIBRARY_PATH: libs, FONTCONFIG_PATH: dir },
      },
    };
  }
  if (platform === "win32")
    return { name: "Microsoft Edge", options: { ...base, channel: "msedge" } };
  if (platform === "darwin")
    return { name: "Google Chrome", options: { ...base, channel: "chrome" } };
  throw new Error(
    `No browser for ${platform}-${arch}: @sparticuz/chromium brings one for Linux x64 only. ` +
      "Set KINERJA_CHROMIUM to a Chromium or Chrome."
  );
}

/** The channel tried when the first choice is not installed (Windows: Chrome; macOS: Edge). */
export function fallbackChannel(platform: NodeJS.Platform): string | undefined {
  if (platform === "win32") return "chrome";
  if (platform === "darwin") return "msedge";
  return undefined;
}

/** Launches the chosen browser (on Windows and macOS, the other channel if the first is missing). */
export async function launchBrowser(): Promise<{ browser: Browser; name: string }> {
  const choice = await chooseBrowser();
  try {
    return { browser: await chromium.launch(choice.options), name: choice.name };
  } catch (e) {
    const other = choice.options.channel ? fallbackChannel(process.platform) : undefined;
    if (!other) throw e;
    const browser = await chromium.launch({ ...choice.options, channel: other });
    return { browser, name: other };
  }
}
