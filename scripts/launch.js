// `node scripts/launch.js scripts/NAME.ts [ARGS]`: runs a command line compiled. The script and
// everything it imports are bundled into one module (src/extract/workers/compile.js), made at first
// use and again whenever one of its files changes; loading it takes a fraction of the time tsx
// takes to compile and resolve the same module graph, and with V8's code cache of it (written by
// the first run) less again. Where no bundle can be made (esbuild
// missing), the script runs from source through tsx. The script sees its own ARGS in process.argv.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { compiledEntry } from "../src/extract/workers/compile.js";
import { runBundle } from "../src/extract/workers/cachedScript.js";

const [script] = process.argv.splice(2, 1);
if (!script) {
  process.stderr.write("usage: node scripts/launch.js scripts/NAME.ts [ARGS]\n");
  process.exit(2);
}
const source = resolve(script);
let url;
try {
  url = await compiledEntry(source);
} catch (error) {
  // slower, but it runs; a script that does not compile fails from source too, with tsx's message
  process.stderr.write(`launch: cannot compile ${script}, running it from source (${error.message.split("\n")[0]})\n`);
  const tsx = await import("tsx/esm/api");
  tsx.register();
  await import(pathToFileURL(source).href);
}
// the bundle with V8's code cache (src/extract/workers/cachedScript.js): no parsing and compiling it again at every start;
// and with the engine flags of a batch run (src/extract/workers/engineFlags.js)
if (url) await runBundle(url);
