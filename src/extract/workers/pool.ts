// A fixed pool of extraction worker threads. Jobs go to the least busy live worker; each worker
// runs one job at a time and holds at most `perWorker` queued, so the caller can keep a bounded
// number of files in memory (`wait()` until a slot frees). A worker that fails rejects its jobs
// with the reason; the caller decides what to do with them (extractFolder redoes them in-process).
import type { Worker } from "node:worker_threads";
import type { FileResult, JobMessage, ResultMessage } from "./messages.js";
import { spawnWorker } from "./spawn.js";

interface Pending {
  resolve: (result: FileResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  alive: boolean;
}

export class ExtractPool {
  readonly size: number;
  readonly capacity: number;
  private slots: Slot[] = [];
  private nextId = 0;
  private waiters: Array<() => void> = [];
  private closed = false;
  /** The first worker failure, if any. */
  failure: Error | undefined;

  constructor(size: number, perWorker = 2) {
    this.size = size;
    this.capacity = size * perWorker;
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  private start(): Slot {
    const slot: Slot = { worker: spawnWorker("worker"), pending: new Map(), alive: true };
    slot.worker.on("message", (message: ResultMessage) => {
      const job = slot.pending.get(message.id);
      slot.pending.delete(message.id);
      job?.resolve(message.result);
      this.wake();
    });
    const fail = (error: Error) => {
      if (!slot.alive) return;
      slot.alive = false;
      this.failure ??= error;
      for (const job of slot.pending.values()) job.reject(error);
      slot.pending.clear();
      this.wake();
    };
    slot.worker.on("error", (error) => fail(error instanceof Error ? error : new Error(String(error))));
    slot.worker.on("exit", (code) => {
      if (!this.closed) fail(new Error(`extraction worker exited with code ${code}`));
    });
    return slot;
  }

  get inFlight(): number {
    return this.slots.reduce((n, s) => n + s.pending.size, 0);
  }

  get alive(): boolean {
    return this.slots.some((s) => s.alive);
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves once a job can be added without exceeding the pool's capacity. */
  async wait(): Promise<void> {
    while (this.alive && this.inFlight >= this.capacity) await new Promise<void>((r) => this.waiters.push(r));
  }

  /** Extracts one file on a worker; `bytes`' buffer is transferred (unusable afterwards). */
  run(file: string, bytes: Uint8Array): Promise<FileResult> {
    const live = this.slots.filter((s) => s.alive);
    if (this.closed || !live.length) return Promise.reject(this.failure ?? new Error("the extraction pool is closed"));
    const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise<FileResult>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      const message: JobMessage = { id, file, bytes };
      const transfer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
      slot.worker.postMessage(message, transfer);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
