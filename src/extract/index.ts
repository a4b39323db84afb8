// Public API of the extraction engine.
export type * from "./types.js";
export { extractFolder, type ExtractOptions } from "./extractFolder.js";
export { extractArticle } from "./pipeline.js";
export { buildTables } from "./tables.js";
export { loadCorpus, articlesFolder, type Corpus } from "./load.js";
