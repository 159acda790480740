/**
 * A worker thread of `kinerja gabung`: reads the files the pool sends, one at a time, and
 * answers each with the office's figures or the reason it cannot be read — never the
 * workbook. Bundled as build/cli/gabung-worker.js (scripts/build-cli.mjs).
 */
import { parentPort, workerData } from "node:worker_threads";
import { readOffice } from "./read-office";
import type { WorkerData, WorkerReply, WorkerRequest } from "./pool";

const data = workerData as WorkerData;
const port = parentPort;
if (port !== null) {
  port.on("message", (request: WorkerRequest) => {
    void readOffice(data.lang, request.path, data.decree, data.overrides).then((read) => {
      const reply: WorkerReply = { index: request.index, read };
      port.postMessage(reply);
    });
  });
}
