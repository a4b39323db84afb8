// Preloaded (`node --import`) into each process the start-up bench runs, ours and the baseline
// alike: at exit it writes the CPU time the whole process used (all its threads: V8's compiler and
// collector threads, worker threads) as the last line of stderr, "briefing-cpu-us USER SYSTEM" in
// microseconds, which measure() (process.ts) reads and removes. CPU time is what a machine shared
// with other work still tells apart when wall times are mostly waiting for a core. Plain
// JavaScript: Node preloads it as it is.
import { writeSync } from "node:fs";
import process from "node:process";

process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  try {
    writeSync(2, `\nbriefing-cpu-us ${user} ${system}\n`);
  } catch {
    // stderr closed: no CPU time for this run
  }
});
