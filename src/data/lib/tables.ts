// The extraction tables for the data loaders and the dynamic paths. Framework runs every loader in
// its own process; the engine's snapshot (src/extract/load.ts) lets all but the first read the
// tables back without importing the engine.
import type { Tables } from "../../extract/types.js";
import { articlesFolder, loadCorpus } from "../../extract/load.js";

export { articlesFolder };

/** The extraction tables for the current articles folder. */
export function getTables(): Promise<Tables> {
  return loadCorpus(articlesFolder()).then((c) => c.tables);
}

/** Prints a loader's result as JSON on stdout (the one file a data loader produces). */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value));
}
