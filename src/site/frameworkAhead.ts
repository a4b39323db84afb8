// A Framework build started ahead: the process starts and loads Framework (about two seconds)
// while this one extracts and computes the pages' data, then builds on `go()`. `cancel()` ends it
// unused. Framework runs with tsx registered (it imports our TypeScript config) and with
// node_modules/.bin on PATH, as runFramework starts it.
import { spawn } from "node:child_process";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../extract/cache.js";

export interface FrameworkAhead {
  /** Starts the build; resolves with Framework's exit code (1 when it was killed). */
  go(): Promise<number>;
  /** Ends the process without building. */
  cancel(): void;
}

export function startFrameworkBuild(env: Record<string, string>): FrameworkAhead {
  const dist = join(PROJECT_ROOT, "node_modules", "@observablehq", "framework", "dist");
  const warm = pathToFileURL(join(PROJECT_ROOT, "src", "site", "frameworkWarm.ts")).href;
  const child = spawn(process.execPath, ["--import", "tsx", "--import", warm, join(dist, "bin", "observable.js"), "build"], {
    cwd: PROJECT_ROOT,
    stdio: ["pipe", "inherit", "inherit"],
    env: {
      ...process.env,
      PATH: [join(PROJECT_ROOT, "node_modules", ".bin"), process.env.PATH].filter(Boolean).join(delimiter),
      OBSERVABLE_TELEMETRY_DISABLE: "1",
      BRIEFING_FRAMEWORK_DIST: pathToFileURL(dist).href,
      ...env,
    },
  });
  const exited = new Promise<number>((done) => {
    child.on("exit", (code) => done(code ?? 1));
    child.on("error", () => done(1));
  });
  child.stdin.on("error", () => {}); // the process ended early: its exit code says so
  return {
    go() {
      child.stdin.end("go\n");
      return exited;
    },
    cancel() {
      child.stdin.end();
    },
  };
}
