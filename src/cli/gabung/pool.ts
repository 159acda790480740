/**
 * The readers of `kinerja gabung`: a pool of worker threads (one per core the machine offers,
 * never more than the files), each reading one workbook at a time and answering with the
 * office's figures only. Memory is bounded by one workbook per worker, and both cores read.
 * A worker that stops (a crash, memory exhausted) costs the file it held — listed as
 * unreadable with the reason — and is replaced; the other files still consolidate.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Decree } from "../../core/decree/schema";
import type { Lang } from "../../core/i18n/types";
import type { WorkbookSettings } from "../../core/workbook/settings";
import { m } from "../messages";
import type { OfficeRead } from "./read-office";

export interface WorkerData {
  lang: Lang;
  decree: Decree;
  overrides: Partial<WorkbookSettings>;
}
export interface WorkerRequest {
  index: number;
  path: string;
}
export interface WorkerReply {
  index: number;
  read: OfficeRead;
}

/** A worker from the bundle (build/cli/gabung-worker.js) or, from source, through tsx. */
function startWorker(data: WorkerData): Worker {
  const bundled = join(__dirname, "gabung-worker.js");
  if (!__filename.endsWith(".ts") && existsSync(bundled))
    return new Worker(bundled, { workerData: data });
  const source = join(__dirname, "worker.ts");
  const code = `require(${JSON.stringify(require.resolve("tsx/cjs"))});require(${JSON.stringify(source)});`;
  return new Worker(code, { eval: true, workerData: data });
}

/**
 * How many readers: the cores this process may use (KINERJA_GABUNG_WORKERS, when set, says
 * how many instead: the bench compares one with two), at most one per file.
 */
export function poolSize(files: number): number {
  const set = Number(process.env.KINERJA_GABUNG_WORKERS);
  const cores = Number.isInteger(set) && set > 0 ? Math.min(set, 64) : availableParallelism();
  return Math.max(1, Math.min(cores, files));
}

/**
 * Read every file in the pool; `onRead` hears each file as it is done (in the order they
 * finish). The answer is in the files' order.
 */
export function readOffices(
  files: readonly string[],
  data: WorkerData,
  onRead: (index: number, done: number) => void,
  size = poolSize(files.length)
): Promise<OfficeRead[]> {
  const reads: (OfficeRead | undefined)[] = files.map(() => undefined);
  let next = 0;
  let done = 0;
  const workers = new Set<Worker>();
  return new Promise((resolve) => {
    const finish = (index: number, read: OfficeRead) => {
      if (reads[index] !== undefined) return;
      reads[index] = read;
      done++;
      onRead(index, done);
      if (done === files.length) {
        for (const w of workers) void w.terminate();
        resolve(reads as OfficeRead[]);
      }
    };
    const spawn = () => {
      if (next >= files.length) return;
      const worker = startWorker(data);
      workers.add(worker);
      let held: number | undefined;
      const give = () => {
        if (next >= files.length) {
          held = undefined;
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        held = next++;
        const request: WorkerRequest = { index: held, path: files[held] as string };
        worker.postMessage(request);
      };
      const stopped = (detail: string) => {
        if (!workers.has(worker)) return;
        workers.delete(worker);
        const lost = held;
        held = undefined;
        if (lost !== undefined)
          finish(lost, { ok: false, reason: m(data.lang, "gabung.workerStopped", { detail }) });
        if (done < files.length) spawn();
      };
      worker.on("message", (reply: WorkerReply) => {
        finish(reply.index, reply.read);
        give();
      });
      worker.on("error", (error) => stopped(error.message));
      worker.on("exit", (code) => stopped(`exit ${code}`));
      give();
    };
    if (files.length === 0) resolve([]);
    for (let i = 0; i < size; i++) spawn();
  });
}
