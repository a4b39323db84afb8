// The labelled corpora the repository carries (data/corpora/, each with its licence): what
// `npm run train`, the tests and the benchmarks read. Nothing here reads outside the repository.
import { join } from "node:path";
import { PROJECT_ROOT } from "../extract/cache.js";

export const CORPORA_DIR = join(PROJECT_ROOT, "data", "corpora");
/** re3d-dev: five sources in the re3d format (documents.json, entities.json per source). */
export const RE3D_DEV = join(CORPORA_DIR, "re3d-dev");
/** WikiGold: CoNLL-format Wikipedia NER. */
export const WIKIGOLD = join(CORPORA_DIR, "wikigold", "wikigold.conll.txt");
