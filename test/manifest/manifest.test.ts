/**
 * The offline manifest check: the real manifest.xml passes, and every fixture
 * test/manifest/fixtures/error-*.xml (one defect each, announced by a leading
 * `<!-- expect: TEXT -->` comment) yields exactly one problem whose message contains TEXT.
 * A new error-* fixture is picked up without touching this file.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkManifest, parseXml, pngSize, type XmlElement } from "../../src/tools/manifest-check";

const ROOT = resolve(__dirname, "../..");
const FIXTURES = join(__dirname, "fixtures");
const MANIFEST = join(ROOT, "manifest.xml");
const check = (source: string) => checkManifest(source, { rootDir: ROOT });

function elements(root: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const go = (el: XmlElement): void => {
    if (el.local === local) out.push(el);
    el.children.forEach(go);
  };
  go(root);
  return out;
}

describe("manifest.xml", () => {
  const source = readFileSync(MANIFEST, "utf8");

  it("passes the offline check", () => {
    expect(check(source)).toEqual([]);
  });

  it("has an en-US override for the display name, description and every ribbon string", () => {
    const parsed = parseXml(source);
    if (!parsed.ok) throw new Error(parsed.message);
    const localized = [
      ...elements(parsed.root, "DisplayName"),
      ...elements(parsed.root, "Description").filter((d) => d.attrs["DefaultValue"] !== undefined),
      ...elements(parsed.root, "String"),
    ];
    expect(localized.length).toBeGreaterThan(4);
    for (const el of localized) {
      const overrides = el.children.filter(
        (c) => c.local === "Override" && c.attrs["Locale"] === "en-US"
      );
      expect({ line: el.line, overrides: overrides.length }).toEqual({
        line: el.line,
        overrides: 1,
      });
    }
  });

  it("asks for ExcelApi 1.1 only", () => {
    expect(source).toMatch(
      /<Sets DefaultMinVersion="1\.1">\s*<Set Name="ExcelApi" MinVersion="1\.1"\/>\s*<\/Sets>/
    );
  });

  it.each([16, 32, 64, 80, 128])("assets/icon-%i.png is a PNG of that size", (size) => {
    expect(pngSize(readFileSync(join(ROOT, "assets", `icon-${size}.png`)))).toEqual({
      width: size,
      height: size,
    });
  });
});

describe("broken fixtures", () => {
  const fixtures = readdirSync(FIXTURES)
    .filter((f) => /^error-.*\.xml$/.test(f))
    .sort();

  it("exist", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(7);
  });

  it.each(fixtures)("%s fails with the expected message", (name) => {
    const source = readFileSync(join(FIXTURES, name), "utf8");
    const expected = /<!--\s*expect:\s*([\s\S]*?)\s*-->/.exec(source)?.[1];
    expect(expected).toBeTruthy();
    const problems = check(source);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain(expected);
    expect(problems[0]?.line).toBeGreaterThan(1);
  });
});

describe("pngSize", () => {
  it("rejects bytes that are not a PNG", () => {
    expect(
      pngSize(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'></svg>"))
    ).toBeUndefined();
  });
});

describe("scripts/check-manifest.ts", () => {
  const run = (file: string) =>
    spawnSync(
      process.execPath,
      [join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/check-manifest.ts", file],
      {
        cwd: ROOT,
        encoding: "utf8",
      }
    );

  it("exits 0 on manifest.xml", () => {
    const result = run("manifest.xml");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  }, 30_000);

  it("exits 1 with one line per problem on a broken file", () => {
    const result = run("test/manifest/fixtures/error-http-url.xml");
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^test\/manifest\/fixtures\/error-http-url\.xml:\d+:\d+: <SupportUrl> URL must use https/
    );
  }, 30_000);
});
