/**
 * Writing a file so that it is either the old one or the whole new one, never half of either:
 * the bytes go to a temporary file beside the target (`.NAME.PID.RANDOM.tmp`), which is synced
 * to disk and renamed over the target; the folder is synced after the rename where the system
 * allows it. The target keeps its permissions (a 0600 file stays 0600); a read-only target is
 * not replaced. Ctrl-C or a kill while the file is written removes the temporary file before
 * the process ends; one left by a crash (kill -9, power loss) is removed by the next write to
 * the same target, once the process that made it is gone.
 */
import { randomBytes } from "node:crypto";
import { constants, promises as fs, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The target exists and is read-only: it is not replaced. */
export class ReadOnlyTarget extends Error {
  constructor(readonly path: string) {
    super(`read-only: ${path}`);
    this.name = "ReadOnlyTarget";
  }
}

/** Temporary files being written now, removed if the process is interrupted. */
const pending = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function removePending(): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone.
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  unwatch();
  // End as the signal would have ended the process without us.
  process.kill(process.pid, signal);
}

function watch(): void {
  if (pending.size > 0) return;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on("exit", removePending);
}

function unwatch(): void {
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.removeListener("exit", removePending);
}

/** ".NAME.PID.HEX.tmp" beside the target, the form every write uses. */
const TEMP = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Remove temporary files of `path` left by processes that are gone. */
export async function removeStaleTemps(path: string): Promise<string[]> {
  const dir = dirname(path);
  const name = basename(path);
  let files: string[];
  try {
    files = await fs.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const f of files) {
    const m = TEMP.exec(f);
    if (m === null || m[1] !== name) continue;
    const pid = Number(m[2]);
    if (pid === process.pid || alive(pid)) continue;
    try {
      await fs.rm(join(dir, f), { force: true });
      removed.push(f);
    } catch {
      // Not ours to remove after all (permissions): leave it.
    }
  }
  return removed;
}

/** Whether an existing target is read-only (no write permission for anyone, or not for us). */
export async function isReadOnly(path: string): Promise<boolean> {
  let mode: number;
  try {
    mode = (await fs.stat(path)).mode;
  } catch {
    return false;
  }
  if ((mode & 0o222) === 0) return true;
  try {
    await fs.access(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

async function syncFolder(dir: string): Promise<void> {
  // Opening a folder to sync it works on Linux and macOS; Windows refuses, and NTFS renames
  // are journaled.
  try {
    const handle = await fs.open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported here.
  }
}

/**
 * Write `bytes` (or what `make` resolves to) to `path` atomically. Throws ReadOnlyTarget for a
 * read-only target, else the system's error; on any failure the temporary file is removed and
 * the target is as it was.
 */
export async function writeAtomically(
  path: string,
  bytes: Uint8Array | (() => Promise<Uint8Array>)
): Promise<void> {
  await removeStaleTemps(path);
  let mode: number | undefined;
  try {
    mode = (await fs.stat(path)).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  if (mode !== undefined && (await isReadOnly(path))) throw new ReadOnlyTarget(path);
  const tmp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  watch();
  pending.add(tmp);
  try {
    // The temporary file exists while the bytes are made, so an interrupt in that (long)
    // step is covered too.
    const handle = await fs.open(tmp, "wx", mode ?? 0o666);
    try {
      const data = typeof bytes === "function" ? await bytes() : bytes;
      await handle.writeFile(data);
      // The mode given to open is reduced by the umask: set the target's own exactly.
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, path);
    pending.delete(tmp);
    await syncFolder(dirname(path));
  } catch (error) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  } finally {
    pending.delete(tmp);
    if (pending.size === 0) unwatch();
  }
}
