// Runs Observable Framework's CLI (build or preview) from node_modules. Framework must import our
// TypeScript config and start TypeScript loaders, so it runs with tsx registered and with
// node_modules/.bin on PATH.
import { spawn, type ChildProcess } from "node:child_process";
import { delimiter, join } from "node:path";
import { PROJECT_ROOT } from "../extract/cache.js";

export function runFramework(args: string[], env: Record<string, string> = {}): ChildProcess {
  const bin = join(PROJECT_ROOT, "node_modules", "@observablehq", "framework", "dist", "bin", "observable.js");
  return spawn(process.execPath, ["--import", "tsx", bin, ...args], {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      PATH: [join(PROJECT_ROOT, "node_modules", ".bin"), process.env.PATH].filter(Boolean).join(delimiter),
      OBSERVABLE_TELEMETRY_DISABLE: "1",
      ...env,
    },
  });
}

/** Resolves with a Framework process's exit code (1 when it was killed). */
export function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((done) => child.on("exit", (code) => done(code ?? 1)));
}
