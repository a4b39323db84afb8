// Types of compile.js (plain JavaScript: the launcher uses it before any TypeScript runs).

/** Where bundles and their manifests live: node_modules/.cache/briefing/, in a folder of this checkout's own. */
export const COMPILED_DIR: string;
/** The file URL of the current bundle of `entry` (absolute, or relative to the project); null when there is none or it is out of date. */
export function currentBundle(entry: string): string | null;
/** Makes a bundle of `entry` and records its manifest; its file URL. Throws when esbuild is missing or the entry does not compile. */
export function compileEntry(entry: string): Promise<string>;
/** The current bundle of `entry`, made first when there is none or it is out of date. */
export function compiledEntry(entry: string): Promise<string>;
/** The file name of a bundle, for messages. */
export function bundleName(url: string): string;
