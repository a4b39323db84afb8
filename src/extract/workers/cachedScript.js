// Runs a compiled command line or worker (compile.js's bundles) with V8's code cache, so that a
// process does not parse and compile the same two megabytes of JavaScript at every start.
// Node 20 offers a code cache only for scripts (vm.Script), not for ES modules; so compile.js keeps,
// beside each bundle without exports, its "script form" (scriptForm.js): the same code as the body
// of an async function. A run compiles it with the cache file when there is a current one, and
// writes one when there was none or V8 rejected it.
//
// A cache file holds the functions compiled by the run that wrote it. It is named by its bundle
// (whose name holds a hash of the bundle's code) and by what V8's code depends on besides the code
// (Node's and V8's versions, the CPU architecture, Node's flags and NODE_OPTIONS, the engine flags
// every bundle runs with: engineFlags.js); it starts with
// the length and SHA-1 of what follows, and is written to a temporary name and renamed, so that
// only a complete file is ever read. V8 checks the rest (source hash, version, flags) and rejects
// a cache that does not fit: the run then compiles from source and writes a new one. Plain
// JavaScript, for the launcher (scripts/launch.js).
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { applyEngineFlags } from "./engineFlags.js";
import { readCache, writeCache } from "../util/checkedFile.js";

export { readCache, writeCache };

/** Where the script form of the bundle at `bundlePath` (….mjs) is kept. */
export const scriptPathOf = (bundlePath) => bundlePath.replace(/\.mjs$/, ".script.js");

/**
 * What V8's compiled code depends on besides the source: its name part of a cache file. The engine
 * flags a bundle runs with (engineFlags.js) are set first, and are part of it.
 */
function engineKey() {
  const { node, v8 } = process.versions;
  const flags = applyEngineFlags().join(" ");
  return createHash("sha256")
    .update(`${node}\0${v8}\0${process.arch}\0${process.execArgv.join(" ")}\0${process.env.NODE_OPTIONS ?? ""}\0${flags}`)
    .digest("hex")
    .slice(0, 12);
}

/** The cache file of a script form. */
export const cachePathOf = (scriptPath) => scriptPath.replace(/\.script\.js$/, `.${engineKey()}.v8cache`);

/** The script's dynamic import() (scriptForm.js), as from the bundle: a relative specifier is the bundle's neighbour. */
const importFrom = (bundleUrl) => (specifier, options) =>
  import(/^\.\.?\//.test(specifier) ? new URL(specifier, bundleUrl).href : specifier, options);

/**
 * Runs the bundle at `url`: its script form with the code cache when it has one, else the module.
 * `writeAt`: when a missing or rejected cache is written, "exit" (with every function the whole run
 * compiled) or "loaded" (as soon as the bundle's top level has run: a worker thread, which is
 * terminated, not left to exit). Says how it ran: "cached" (with a cache V8 took), "compiled" (the
 * script form without one) or "module".
 */
export async function runBundle(url, writeAt = "exit") {
  // before anything of the bundle is compiled (the code cache is made and checked under them)
  applyEngineFlags();
  const bundlePath = fileURLToPath(url);
  const scriptPath = scriptPathOf(bundlePath);
  let source;
  try {
    // a script form in ASCII (scriptForm.js writes one) is read one byte a character: decoding two
    // megabytes of UTF-8 took about 20 ms of every start
    const bytes = readFileSync(scriptPath);
    source = isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString("utf8");
  } catch {
    await import(url);
    return "module";
  }
  const cachePath = cachePathOf(scriptPath);
  const cachedData = readCache(cachePath);
  const script = new vm.Script(source, { filename: bundlePath, cachedData });
  const write = () => writeCache(cachePath, script.createCachedData());
  const fresh = !cachedData || script.cachedDataRejected;
  if (fresh && writeAt === "exit") process.once("exit", write);
  const run = script.runInThisContext()(createRequire(bundlePath), url, importFrom(url));
  if (fresh && writeAt === "loaded") write();
  await run;
  return fresh ? "compiled" : "cached";
}
