// Runs a command and measures it: wall time, and the peak of the memory its whole process tree
// holds at once (the sum of the resident sets of the process and its descendants, sampled from
// /proc every 200 ms; Linux only, 0 elsewhere); and the CPU time of a process that preloads
// cpuReport.js. For the bench's build and start-up timings.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface Measured {
  ms: number;
  code: number;
  stderr: string;
  /** Peak resident memory of the process tree, bytes. */
  peakRss: number;
  /**
   * CPU time (user + system) of the whole process, ms, when it ran with cpuReport.js preloaded
   * (CPU_REPORT); else undefined.
   */
  cpuMs?: number;
}

/** Preload it (`node --import CPU_REPORT ...`) for a process's CPU time in `Measured.cpuMs`. */
export const CPU_REPORT = new URL("./cpuReport.js", import.meta.url).href;

const CPU_LINE = /\nbriefing-cpu-us (\d+) (\d+)\n$/;

/** The CPU time line cpuReport.js wrote at the end of `stderr`, read and removed. */
export function takeCpuTime(stderr: string): { stderr: string; cpuMs?: number } {
  const m = CPU_LINE.exec(stderr);
  if (!m) return { stderr };
  return { stderr: stderr.slice(0, m.index), cpuMs: (Number(m[1]) + Number(m[2])) / 1000 };
}

/**
 * The sum over `pid` and its descendants of what `read` makes of each process's /proc entry (its
 * parent and a value; it may throw for a process that ended meanwhile); 0 without /proc.
 */
export function sumOverTree(pid: number, read: (p: string) => { parent: number; value: number }): number {
  let procs: string[];
  try {
    procs = readdirSync("/proc").filter((p) => /^\d+$/.test(p));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  const values = new Map<number, number>();
  for (const p of procs) {
    try {
      const { parent, value } = read(p);
      values.set(Number(p), value);
      const list = children.get(parent);
      if (list) list.push(Number(p));
      else children.set(parent, [Number(p)]);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const visit = (p: number) => {
    total += values.get(p) ?? 0;
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return total;
}

/** Resident set of `pid` and its descendants, in bytes (0 without /proc). */
export function treeRss(pid: number): number {
  return sumOverTree(pid, (p) => {
    const status = readFileSync(`/proc/${p}/status`, "utf8");
    return { parent: Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]), value: Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024 };
  });
}

/** Runs `command args` with `env`, stdout discarded, stderr kept. */
export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let peakRss = 0;
    const sample = () => (peakRss = Math.max(peakRss, child.pid ? treeRss(child.pid) : 0));
    const timer = setInterval(sample, 200);
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => {
      clearInterval(timer);
      done({ ms: performance.now() - started, code: code ?? 1, peakRss, ...takeCpuTime(stderr) });
    });
  });
}
