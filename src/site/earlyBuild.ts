// A Framework build started early: the process starts and loads Framework (about two seconds)
// while this one extracts and computes the pages' data, then builds on `go()`. `cancel()` ends it
// unused. It is started as every Framework process is (frameworkProcess.ts), with
// preloadFramework.ts loaded first.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../extract/cache.js";
import { FRAMEWORK_DIST, spawnFramework } from "./frameworkProcess.js";

export interface EarlyBuild {
  /** Starts the build; resolves with Framework's exit code (1 when it was killed). */
  go(): Promise<number>;
  /** Ends the process without building. */
  cancel(): void;
}

export function startFrameworkBuild(env: Record<string, string>): EarlyBuild {
  const preload = pathToFileURL(join(PROJECT_ROOT, "src", "site", "preloadFramework.ts")).href;
  const child = spawnFramework(["build"], {
    imports: [preload],
    stdio: ["pipe", "inherit", "inherit"],
    env: { BRIEFING_FRAMEWORK_DIST: pathToFileURL(FRAMEWORK_DIST).href, ...env },
  });
  const exited = new Promise<number>((done) => {
    child.on("exit", (code) => done(code ?? 1));
    child.on("error", () => done(1));
  });
  child.stdin!.on("error", () => {}); // the process ended early: its exit code says so
  return {
    go() {
      child.stdin!.end("go\n");
      return exited;
    },
    cancel() {
      child.stdin!.end();
    },
  };
}
