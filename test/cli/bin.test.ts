/** The installed command: `node bin/kinerja.js` runs the bundle, or the TypeScript through tsx when src/ is newer. Spawns are slow: two only. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

test("node bin/kinerja.js --help prints the usage and exits 0", () => {
  const root = join(__dirname, "..", "..");
  const r = spawnSync(
    process.execPath,
    [join(root, "bin", "kinerja.js"), "--help", "--lang", "en"],
    {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    }
  );
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^kinerja — RKT\/IKU performance reporting/);
  expect(r.stdout).toMatch(/kinerja validate IN.xlsx/);
}, 60_000);

test("from source (a change not yet built), a command loaded with import() runs, from any folder", () => {
  const root = join(__dirname, "..", "..");
  const dir = mkdtempSync(join(tmpdir(), "kinerja-bin-"));
  const r = spawnSync(
    process.execPath,
    [join(root, "bin", "kinerja.js"), "template", "--out", "t.xlsx", "--lang", "en"],
    {
      cwd: dir,
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, KINERJA_FROM_SOURCE: "1" },
    }
  );
  expect(r.stderr).toMatch(/Written: .*t\.xlsx/);
  expect(r.status).toBe(0);
  expect(existsSync(join(dir, "t.xlsx"))).toBe(true);
}, 120_000);
