// Worker-thread entry: extracts files sent by the pool with the same `processFile` as the
// in-process path (the actor model is loaded once per worker, on the first file).
import { parentPort } from "node:worker_threads";
import { processFile } from "../extractFolder.js";
import type { JobMessage, ResultMessage } from "./messages.js";

if (!parentPort) throw new Error("workers/worker.ts must be started as a worker thread");
const port = parentPort;
port.on("message", (job: JobMessage) => {
  const message: ResultMessage = { id: job.id, result: processFile(job.file, job.bytes) };
  port.postMessage(message);
});
