// How a Framework process is started, in one place: Observable Framework's CLI from node_modules,
// with tsx registered (Framework imports our TypeScript config) and node_modules/.bin on PATH, in
// the project folder, with telemetry off. The preview (runFramework) and the build started early
// (earlyBuild.ts) both start it so.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { delimiter, join } from "node:path";
import { PROJECT_ROOT } from "../extract/cache.js";

/** Framework's installed `dist/` folder. */
export const FRAMEWORK_DIST = join(PROJECT_ROOT, "node_modules", "@observablehq", "framework", "dist");

/** Starts Framework's CLI with `args`; `imports` are modules loaded first (node --import). */
export function spawnFramework(
  args: string[],
  options: { env?: Record<string, string>; imports?: string[]; stdio?: StdioOptions } = {},
): ChildProcess {
  const imports = ["tsx", ...(options.imports ?? [])].flatMap((m) => ["--import", m]);
  return spawn(process.execPath, [...imports, join(FRAMEWORK_DIST, "bin", "observable.js"), ...args], {
    cwd: PROJECT_ROOT,
    stdio: options.stdio ?? "inherit",
    env: {
      ...process.env,
      PATH: [join(PROJECT_ROOT, "node_modules", ".bin"), process.env.PATH].filter(Boolean).join(delimiter),
      OBSERVABLE_TELEMETRY_DISABLE: "1",
      ...options.env,
    },
  });
}

/** Runs Framework's CLI (`preview …`) in the foreground. */
export function runFramework(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawnFramework(args, { env });
}
