// Compiled entry points: a TypeScript entry (a command line, the extraction worker) bundled by
// esbuild, with the packages it imports, into one ES module under node_modules/.cache/briefing/.
// Loading one bundle takes a tenth of what compiling and resolving the module graph through tsx
// takes (about 0.15 s against 1.5 s), which every command and every worker thread pays at start.
// A bundle is used only while every project file it was made from is unchanged (content hashes in
// its manifest), package-lock.json and esbuild are the same, and the project is in the folder the
// bundle was made in; otherwise it is made again. A bundle names its project's folder (each
// file's `import.meta.url`, below), so a checkout copied or moved with its node_modules/ makes its
// own bundles instead of running the original folder's. Plain
// JavaScript, so that the launcher (scripts/launch.js) can use it before any TypeScript runs.
//
// In the bundle, each project file's `import.meta.url` is its own source file's URL, not the
// bundle's: files that find data beside them (the model, the project root) find it as from source.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { scriptPathOf } from "./cachedScript.js";

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const sha = (data) => createHash("sha256").update(data).digest("hex").slice(0, 20);
/**
 * Where bundles and their manifests live: a folder of this project's own, so that checkouts sharing
 * one node_modules/ (git worktrees with a linked node_modules) do not replace each other's bundles
 * at every run.
 */
export const COMPILED_DIR = join(PROJECT, "node_modules", ".cache", "briefing", `${basename(PROJECT)}-${sha(PROJECT).slice(0, 8)}`);
/** Bundles of an entry older than this that are no longer current are removed when a new one is made. */
const KEEP_MS = 10 * 60 * 1000;

function readOrNull(path) {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/**
 * What a bundle depends on besides its project files' contents: the folder it was made in (its
 * files' URLs are written into it), the installed packages and the bundler.
 */
function toolchain(esbuildVersion) {
  const lock = readOrNull(join(PROJECT, "package-lock.json"));
  return `${PROJECT}\0${lock ? sha(lock) : "no-lock"} esbuild ${esbuildVersion} ${LAYOUT}`;
}
/**
 * How bundles are made: this file (esbuild's options) and scriptForm.js (the script form beside
 * each bundle, for the code cache), neither of them part of every bundle: a change of either makes
 * every bundle again.
 */
const SCRIPT_FORM = fileURLToPath(new URL("./scriptForm.js", import.meta.url));
const LAYOUT = ["./compile.js", "./scriptForm.js"]
  .map((file) => sha(readOrNull(fileURLToPath(new URL(file, import.meta.url))) ?? "none"))
  .join(" ");

/** The manifest's name for an entry: "scripts/extract.ts" → "scripts-extract". */
const nameOf = (entry) =>
  relative(PROJECT, entry)
    .replace(/\.[^./]+$/, "")
    .replace(/[^\w.-]+/g, "-");

/** Whether every input the manifest lists still has its recorded content. */
function inputsUnchanged(manifest) {
  for (const [file, hash] of Object.entries(manifest.inputs)) {
    const content = readOrNull(resolve(PROJECT, file));
    if (!content || sha(content) !== hash) return false;
  }
  return true;
}

/**
 * The file URL of the current bundle of `entry` (an absolute path or one relative to the project),
 * without making one; null when there is none or it is out of date.
 */
export function currentBundle(entry) {
  const path = resolve(PROJECT, entry);
  const manifestPath = join(COMPILED_DIR, `${nameOf(path)}.json`);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  } catch {
    return null;
  }
  if (typeof manifest?.bundle !== "string" || !manifest.inputs || typeof manifest.esbuild !== "string") return null;
  const bundle = join(COMPILED_DIR, manifest.bundle);
  try {
    statSync(bundle);
  } catch {
    return null;
  }
  if (toolchain(manifest.esbuild) !== manifest.toolchain || !inputsUnchanged(manifest)) return null;
  return pathToFileURL(bundle).href;
}

/**
 * A source file (the project's, or a data loader of a Framework root elsewhere): its content is
 * hashed into the manifest and its `import.meta.url` kept; packages in node_modules are not.
 */
const isProjectFile = (path) => !path.includes("/node_modules/");

/**
 * esbuild plugin: a project file's `import.meta.url` is its source file's URL; the hash of each
 * project file is taken from the very content bundled (into `hashes`).
 */
const sourceUrls = (hashes) => ({
  name: "source-urls",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      if (!isProjectFile(args.path)) return undefined;
      const source = readFileSync(args.path);
      hashes.set(args.path, sha(source));
      const contents = source.toString("utf8").replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href));
      return { contents, loader: /\.[cm]?ts$/.test(args.path) ? "ts" : "js" };
    });
  },
});

/** Packages' CommonJS code calls require(); an ES module bundle gets one. */
const REQUIRE_SHIM =
  'import { createRequire as __briefingCreateRequire } from "node:module"; const require = __briefingCreateRequire(import.meta.url);';

/**
 * Makes a bundle of `entry` and records its manifest; returns its file URL. Throws when esbuild is
 * missing or the entry does not compile.
 */
export async function compileEntry(entry) {
  const path = resolve(PROJECT, entry);
  const esbuild = await import("esbuild");
  const hashes = new Map();
  const result = await esbuild.build({
    entryPoints: [path],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Node 20 reads \p{…} in regular expressions; esbuild would otherwise rewrite each such literal
    // as a `new RegExp(…)` call, made again at every call of the function that holds it
    supported: { "regexp-unicode-property-escapes": true },
    write: false,
    metafile: true,
    logLevel: "silent",
    // the bundler itself is loaded from node_modules when a bundle has to make another bundle
    external: ["esbuild"],
    banner: { js: REQUIRE_SHIM },
    plugins: [sourceUrls(hashes)],
  });
  const code = result.outputFiles[0].contents;
  const inputs = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const file = resolve(PROJECT, input);
    if (isProjectFile(file)) inputs[relative(PROJECT, file)] = hashes.get(file) ?? sha(readFileSync(file));
  }
  const name = nameOf(path);
  const bundleName = `${name}-${sha(code)}.mjs`;
  mkdirSync(COMPILED_DIR, { recursive: true });
  const bundle = join(COMPILED_DIR, bundleName);
  const write = (target, data) => {
    const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, target);
  };
  write(bundle, code);
  // the same code as a script, which runs with V8's code cache (cachedScript.js); none for a module with exports
  // (by URL: a bundle that makes bundles, the launcher's, does not carry the parser in it)
  const { scriptForm } = await import(pathToFileURL(SCRIPT_FORM).href);
  const script = scriptForm(new TextDecoder().decode(code));
  if (script !== null) write(scriptPathOf(bundle), script);
  const manifest = {
    entry: relative(PROJECT, path),
    esbuild: esbuild.version,
    toolchain: toolchain(esbuild.version),
    bundle: bundleName,
    script: script !== null,
    inputs,
  };
  write(join(COMPILED_DIR, `${name}.json`), JSON.stringify(manifest, null, 1));
  removeOldBundles(name, bundleName);
  return pathToFileURL(bundle).href;
}

/** A bundle's file, its script form, a code cache of it or an unfinished write: [name, bundle hash]. */
const BUNDLE_FILE = /^(.+)-([0-9a-f]{20})\.(?:mjs|script\.js|[0-9a-f]{12}\.v8cache)(?:\.\d+\.\d+\.tmp)?$/;

/**
 * Removes this entry's earlier bundles (with their script forms and code caches) that are a while
 * old (a running process may still load a recent one), and writes of them left unfinished.
 */
function removeOldBundles(name, keep) {
  const now = Date.now();
  const kept = BUNDLE_FILE.exec(keep)[2];
  for (const file of readdirSync(COMPILED_DIR)) {
    const m = BUNDLE_FILE.exec(file);
    if (!m || m[1] !== name || (m[2] === kept && !file.endsWith(".tmp"))) continue;
    try {
      const path = join(COMPILED_DIR, file);
      if (now - statSync(path).mtimeMs > KEEP_MS) rmSync(path, { force: true });
    } catch {
      // removed meanwhile by another process
    }
  }
}

/** The current bundle of `entry`, made first when there is none or it is out of date. */
export async function compiledEntry(entry) {
  return currentBundle(entry) ?? (await compileEntry(entry));
}

/** The file name of a bundle, for messages. */
export const bundleName = (url) => basename(fileURLToPath(url));
