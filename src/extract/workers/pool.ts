// A fixed pool of extraction worker threads, started once the entry they run is known (the
// compiled worker may have to be made first: see spawn.ts). Jobs go to the least busy ready worker
// (one that has loaded the model); each runs one job at a time and holds at most `perWorker`, so
// the caller keeps a bounded number of files in memory (`canTake`, `wait()` until that changes). A
// worker that fails rejects its jobs with the reason; the caller decides what to do with them
// (extractFolder redoes them in-process).
import type { Worker } from "node:worker_threads";
import type { FileResult, JobMessage, WorkerMessage } from "./messages.js";
import { spawnWorker, type WorkerEntry } from "./spawn.js";

export interface PoolResult {
  result: FileResult;
  /** Which worker extracted it, from 1. */
  worker: number;
}

interface Pending {
  resolve: (result: PoolResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  index: number;
  worker: Worker;
  pending: Map<number, Pending>;
  alive: boolean;
  ready: boolean;
}

export class ExtractPool {
  readonly size: number;
  private readonly perWorker: number;
  private slots: Slot[] = [];
  private nextId = 0;
  private waiters: Array<() => void> = [];
  private closed = false;
  /** False until the workers are started (their entry is being found or made). */
  private started = false;
  private readonly starting: Promise<void>;
  /** The first worker failure, if any. */
  failure: Error | undefined;

  /** `entry`: what the workers run; they start when it resolves. */
  constructor(size: number, entry: Promise<WorkerEntry>, perWorker = 2) {
    this.size = size;
    this.perWorker = perWorker;
    this.starting = entry
      .then(
        (e) => {
          if (!this.closed) for (let i = 0; i < size; i++) this.slots.push(this.start(e));
        },
        (error: unknown) => {
          this.failure ??= error instanceof Error ? error : new Error(String(error));
        },
      )
      .finally(() => {
        this.started = true;
        this.wake();
      });
  }

  private start(entry: WorkerEntry): Slot {
    const slot: Slot = { index: this.slots.length + 1, worker: spawnWorker(entry), pending: new Map(), alive: true, ready: false };
    slot.worker.on("message", (message: WorkerMessage) => {
      if ("ready" in message) {
        slot.ready = true;
        return this.wake();
      }
      const job = slot.pending.get(message.id);
      slot.pending.delete(message.id);
      job?.resolve({ result: message.result, worker: slot.index });
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

  /** Whether a worker is starting or running. */
  get alive(): boolean {
    return !this.started || this.slots.some((s) => s.alive);
  }

  /** Whether a ready worker has room for one more job now. */
  get canTake(): boolean {
    return this.slots.some((s) => s.alive && s.ready && s.pending.size < this.perWorker);
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves on the next change: workers started, a worker ready, a job done, a worker failed. */
  wait(): Promise<void> {
    return new Promise<void>((r) => this.waiters.push(r));
  }

  /** Extracts one file on a worker; `bytes`' buffer is transferred (unusable afterwards). */
  run(file: string, bytes: Uint8Array): Promise<PoolResult> {
    const live = this.slots.filter((s) => s.alive && s.ready && s.pending.size < this.perWorker);
    if (this.closed || !live.length) return Promise.reject(this.failure ?? new Error("no extraction worker can take a job"));
    const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise<PoolResult>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      const message: JobMessage = { id, file, bytes };
      const transfer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
      slot.worker.postMessage(message, transfer);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.starting;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
