// Two builds of one site never work at once (issue 15): the lock a build takes on its Framework
// root and its output, who it names, and when a lock left behind is stale.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LockBusyError, acquireLock, describeHolder, processStart, type LockHolder } from "../src/site/buildLock.js";

const folder = () => mkdtempSync(join(tmpdir(), "briefing-lock-"));
const holderFor = (pid: number, path: string, extra: Partial<LockHolder> = {}): LockHolder => ({
  pid,
  started: "2026-12-05T08:04:01.000Z",
  command: "npm run build",
  host: hostname(),
  path,
  processStart: processStart(pid),
  ...extra,
});

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe("a build lock", () => {
  it("is taken, names its holder, and is removed on release", async () => {
    const path = join(folder(), ".src.lock");
    const release = await acquireLock(path, { wait: false, command: "npm run build" });
    const holder = JSON.parse(readFileSync(path, "utf8")) as LockHolder;
    expect(holder.pid).toBe(process.pid);
    expect(holder.command).toBe("npm run build");
    expect(holder.path).toBe(path);
    release();
    expect(existsSync(path)).toBe(false);
  });

  it("held by a live process is refused at once without waiting, naming its process id and start", async () => {
    const sleeper = spawn("sleep", ["30"]);
    try {
      const path = join(folder(), ".dist.lock");
      writeFileSync(path, JSON.stringify(holderFor(sleeper.pid!, path)));
      const error = await acquireLock(path, { wait: false, command: "npm run build" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LockBusyError);
      expect((error as Error).message).toContain(`process ${sleeper.pid} (npm run build), running since 2026-12-05 08:04:01 UTC`);
      expect(JSON.parse(readFileSync(path, "utf8")).pid).toBe(sleeper.pid);
    } finally {
      sleeper.kill();
    }
  });

  it("held by a live process is waited for, and taken when that process ends", async () => {
    const sleeper = spawn("sleep", ["30"]);
    const path = join(folder(), ".src.lock");
    writeFileSync(path, JSON.stringify(holderFor(sleeper.pid!, path)));
    const waitedFor: number[] = [];
    const taking = acquireLock(path, { wait: true, command: "npm run build", pollMs: 20, onWait: (h) => waitedFor.push(h.pid) });
    await new Promise((done) => setTimeout(done, 200));
    expect(waitedFor).toEqual([sleeper.pid]);
    expect(JSON.parse(readFileSync(path, "utf8")).pid).toBe(sleeper.pid);
    sleeper.kill();
    const release = await taking;
    expect(JSON.parse(readFileSync(path, "utf8")).pid).toBe(process.pid);
    release();
  });

  it("left by a killed build is stale and taken over", async () => {
    const path = join(folder(), ".src.lock");
    writeFileSync(path, JSON.stringify(holderFor(deadPid(), path, { processStart: "1" })));
    const release = await acquireLock(path, { wait: false, command: "npm run build" });
    expect(JSON.parse(readFileSync(path, "utf8")).pid).toBe(process.pid);
    release();
  });

  it("whose process id now names another process is stale", async () => {
    const path = join(folder(), ".src.lock");
    // this very process, but started at another time: the id was reused
    writeFileSync(path, JSON.stringify(holderFor(process.pid, path, { processStart: "0", started: "2020-01-01T00:00:00.000Z" })));
    const release = await acquireLock(path, { wait: false, command: "npm run build" });
    expect(JSON.parse(readFileSync(path, "utf8")).started).not.toBe("2020-01-01T00:00:00.000Z");
    release();
  });

  it("copied with a checkout to another folder, or made on another machine, is no lock there", async () => {
    const sleeper = spawn("sleep", ["30"]);
    try {
      const copied = join(folder(), ".src.lock");
      writeFileSync(copied, JSON.stringify(holderFor(sleeper.pid!, "/elsewhere/checkout/.src.lock")));
      (await acquireLock(copied, { wait: false, command: "npm run build" }))();
      const remote = join(folder(), ".src.lock");
      writeFileSync(remote, JSON.stringify(holderFor(sleeper.pid!, remote, { host: "another-machine" })));
      (await acquireLock(remote, { wait: false, command: "npm run build" }))();
      expect(existsSync(copied) || existsSync(remote)).toBe(false);
    } finally {
      sleeper.kill();
    }
  });

  it("is described in words a person can act on", () => {
    expect(describeHolder(holderFor(4242, "/x/.src.lock", { command: "npm run dev" }))).toBe(
      "process 4242 (npm run dev), running since 2026-12-05 08:04:01 UTC",
    );
  });
});
