// The V8 flags a compiled bundle runs with (engineFlags.js): set once per thread, Node's own flags win.
import { describe, expect, it } from "vitest";
import { Worker } from "node:worker_threads";
import { ENGINE_FLAGS, applyEngineFlags } from "../../src/extract/workers/engineFlags.js";

const ENGINE_FLAGS_URL = new URL("../../src/extract/workers/engineFlags.js", import.meta.url).href;

/** applyEngineFlags(execArgv, nodeOptions) in a fresh worker thread (its own module instance). */
function appliedInWorker(execArgv: string[], nodeOptions: string): Promise<string[]> {
  const code = `const { parentPort, workerData } = require("node:worker_threads");
import(${JSON.stringify(ENGINE_FLAGS_URL)}).then((m) => parentPort.postMessage(m.applyEngineFlags(workerData.execArgv, workerData.nodeOptions)));`;
  const worker = new Worker(code, { eval: true, workerData: { execArgv, nodeOptions } });
  return new Promise((resolve, reject) => {
    worker.once("message", (m: string[]) => void worker.terminate().then(() => resolve(m)));
    worker.once("error", reject);
  });
}

describe("the engine flags of a compiled bundle", () => {
  it("are a larger interrupt budget, set when Node's flags do not name it", async () => {
    expect(ENGINE_FLAGS).toEqual(["--interrupt-budget=600000"]);
    expect(await appliedInWorker([], "")).toEqual(["--interrupt-budget=600000"]);
  });

  it("leave a flag given on Node's command line or in NODE_OPTIONS to it", async () => {
    expect(await appliedInWorker(["--interrupt-budget=1000"], "")).toEqual([]);
    expect(await appliedInWorker([], "--max-old-space-size=4096 --interrupt_budget=1000")).toEqual([]);
    expect(await appliedInWorker(["--max-old-space-size=4096"], "--stack-size=900")).toEqual(["--interrupt-budget=600000"]);
  });

  it("are set once per thread: a second call returns what the first set", () => {
    const first = applyEngineFlags();
    expect(applyEngineFlags(["--interrupt-budget=1000"], "")).toBe(first);
  });
});
