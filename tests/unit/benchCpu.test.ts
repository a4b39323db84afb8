// The start-up bench's CPU time of a process: cpuReport.js preloaded, its line read back by measure().
import { describe, expect, it } from "vitest";
import { CPU_REPORT, measure, takeCpuTime } from "../../src/bench/process.js";

describe("a process's CPU time in the bench", () => {
  it("is read from the last line of stderr, which is removed", () => {
    expect(takeCpuTime("extract: 400 files\n\nbriefing-cpu-us 4100000 250000\n")).toEqual({ stderr: "extract: 400 files\n", cpuMs: 4350 });
    expect(takeCpuTime("no such line\n")).toEqual({ stderr: "no such line\n" });
    // only at the very end: a line of the process's own output is not taken for it
    expect(takeCpuTime("\nbriefing-cpu-us 1 2\nmore\n")).toEqual({ stderr: "\nbriefing-cpu-us 1 2\nmore\n" });
  });

  it("is reported by a process that preloads cpuReport.js, its own stderr kept", async () => {
    const script = "let x = 0; for (let i = 0; i < 3e7; i++) x += i % 7; process.stderr.write('done ' + (x > 0) + '\\n');";
    const m = await measure(process.execPath, ["--import", CPU_REPORT, "-e", script], { cwd: process.cwd(), env: process.env });
    expect(m.code).toBe(0);
    expect(m.stderr).toBe("done true\n");
    expect(m.cpuMs).toBeGreaterThan(0);
  });
});
