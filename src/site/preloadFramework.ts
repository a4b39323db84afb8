// Loaded (--import) into a Framework process started early for a build (earlyBuild.ts): loads
// Framework's build modules while the build computes the pages' data, then waits for "go" on stdin.
// Stdin closing without it (the build failed, or reuses its last render) ends the process. If
// loading fails, Framework loads its modules itself after "go", as a process started then would.
// The two module paths are Framework's internals: package.json pins Framework (1.13.4) for them, and
// if a later release moves them the build loses only this head start.
const dist = process.env.BRIEFING_FRAMEWORK_DIST;
if (dist) {
  try {
    await Promise.all([import(`${dist}/build.js`), import(`${dist}/config.js`)]);
  } catch {
    // Framework reports it after "go"
  }
}
await new Promise<void>((go) => {
  let started = false;
  process.stdin.on("data", () => {
    started = true;
    go();
  });
  process.stdin.on("end", () => {
    if (!started) process.exit(0);
  });
});
process.stdin.destroy();
