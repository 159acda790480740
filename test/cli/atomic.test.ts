/**
 * Writing in place: the target keeps its permissions, a read-only target is refused, the bytes
 * are synced before the rename, an interrupted write leaves no temporary file, and one left by
 * a crash is removed by the next write.
 */
import { spawn } from "node:child_process";
import {
  chmodSync,
  promises as fsp,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { writeFileAtomic, UsageError } from "../../src/cli/io";
import { run, tempDir } from "./helpers";

const bytes = (text: string) => new Uint8Array(Buffer.from(text));
const temps = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".tmp"));

test("a 0600 file stays 0600, a 0640 file 0640", async () => {
  const dir = tempDir();
  for (const mode of [0o600, 0o640]) {
    const path = join(dir, `m${mode.toString(8)}.xlsx`);
    writeFileSync(path, "old");
    chmodSync(path, mode);
    await writeFileAtomic("en", bytes("new"), path);
    expect(readFileSync(path, "utf8")).toBe("new");
    expect(statSync(path).mode & 0o777).toBe(mode);
  }
  expect(temps(dir)).toEqual([]);
});

test("a read-only target is refused with a message and left as it was", async () => {
  const dir = tempDir();
  const path = join(dir, "locked.xlsx");
  writeFileSync(path, "old");
  chmodSync(path, 0o444);
  await expect(writeFileAtomic("id", bytes("new"), path)).rejects.toThrow(
    /hanya-baca; tidak ditimpa/
  );
  await expect(writeFileAtomic("en", bytes("new"), path)).rejects.toBeInstanceOf(UsageError);
  expect(readFileSync(path, "utf8")).toBe("old");
  expect(temps(dir)).toEqual([]);
  // The command refuses before doing any work.
  const made = await run(dir, "template", "--out", "locked.xlsx", "--lang", "en");
  expect(made.code).toBe(2);
  expect(made.stderr).toMatch(/is read-only; it was not overwritten/);
  expect(readFileSync(path, "utf8")).toBe("old");
});

test("the temporary file is synced before the rename, and the folder after", async () => {
  const dir = tempDir();
  const path = join(dir, "out.xlsx");
  const events: string[] = [];
  const open = fsp.open.bind(fsp);
  const openSpy = jest.spyOn(fsp, "open").mockImplementation(async (...args) => {
    const handle = await open(...(args as Parameters<typeof open>));
    const isDir = String(args[0]) === dir;
    const sync = handle.sync.bind(handle);
    handle.sync = async () => {
      events.push(isDir ? "sync folder" : "sync file");
      return sync();
    };
    return handle;
  });
  const rename = fsp.rename.bind(fsp);
  const renameSpy = jest.spyOn(fsp, "rename").mockImplementation(async (a, b) => {
    events.push("rename");
    return rename(a, b);
  });
  try {
    await writeFileAtomic("en", bytes("new"), path);
  } finally {
    openSpy.mockRestore();
    renameSpy.mockRestore();
  }
  expect(events).toEqual(["sync file", "rename", "sync folder"]);
  expect(readFileSync(path, "utf8")).toBe("new");
});

/** Start an interrupted write; resolves once its temporary file exists. */
function startWrite(target: string) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(__dirname, "fixtures", "slow-write.ts"), target],
    { stdio: ["ignore", "pipe", "pipe"], cwd: join(__dirname, "..", "..") }
  );
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => {
      if (d.toString().includes("writing")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`ended early (${code})`)));
  });
  const ended = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal }))
  );
  return { child, ready, ended };
}

test.each(["SIGINT", "SIGTERM"] as const)(
  "%s while writing leaves no temporary file and the target as it was",
  async (signal) => {
    const dir = tempDir();
    const path = join(dir, "out.xlsx");
    writeFileSync(path, "old");
    const w = startWrite(path);
    await w.ready;
    expect(temps(dir)).toHaveLength(1);
    w.child.kill(signal);
    const end = await w.ended;
    expect(end.signal).toBe(signal);
    expect(temps(dir)).toEqual([]);
    expect(readFileSync(path, "utf8")).toBe("old");
  },
  30_000
);

test("a temporary file left by a crashed write is removed by the next write", async () => {
  const dir = tempDir();
  const path = join(dir, "out.xlsx");
  // A process id that is not running now.
  let dead = 4_000_000;
  for (; ; dead--) {
    try {
      process.kill(dead, 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ESRCH") break;
    }
  }
  const stale = `.out.xlsx.${dead}.0badc0de.tmp`;
  const live = `.out.xlsx.${process.pid}.0badc0de.tmp`;
  const other = `.other.xlsx.${dead}.0badc0de.tmp`;
  for (const f of [stale, live, other]) writeFileSync(join(dir, f), "half");
  await writeFileAtomic("en", bytes("new"), path);
  // Only the dead process's file for this target goes; a live writer's and another target's stay.
  expect(temps(dir).sort()).toEqual([live, other].sort());
});
