// The messages exchanged between the extraction pool and its worker threads.
import type { FileResult } from "../processFile.js";

export type { FileResult };

/** Main → worker: extract one file. The bytes' buffer is transferred, not copied. */
export interface JobMessage {
  id: number;
  file: string;
  bytes: Uint8Array;
}

/** Worker → main: the worker has loaded its modules and the model; or the result of one job. */
export type WorkerMessage = { ready: true } | { id: number; result: FileResult };
