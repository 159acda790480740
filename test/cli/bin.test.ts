/** The installed command: `node bin/kinerja.js` runs the TypeScript entry through tsx. One spawn only (spawns are slow). */
import { spawnSync } from "node:child_process";
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
