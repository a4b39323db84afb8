// Worker-thread entry: extracts files sent by the pool with the same `processFile` as the
// in-process path. It loads the actor model (and warms up) before saying it is ready, so the
// pool sends files only to workers that can start at once.
import { parentPort } from "node:worker_threads";
import { processFile } from "../processFile.js";
import { loadActorModel } from "../recognize/actors/index.js";
import type { JobMessage, WorkerMessage } from "./messages.js";

if (!parentPort) throw new Error("workers/worker.ts must be started as a worker thread");
const port = parentPort;
const model = loadActorModel();
processFile("warm-up.txt", new TextEncoder().encode("Warm-up: the model loads once per worker, on 1 January 2024.\n"), model);
port.on("message", (job: JobMessage) => {
  const message: WorkerMessage = { id: job.id, result: processFile(job.file, job.bytes, model) };
  port.postMessage(message);
});
port.postMessage({ ready: true } satisfies WorkerMessage);
