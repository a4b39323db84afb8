// `npx tsx scripts/quote-labels.ts CORPUS OUT [--set dev|late|late2|late3|late4|late5|re3d]`: rebuilds a hand-labelled quote folder (one
// NAME.json per article, the format of `npm run eval -- --quotes`, src/evaluate/quotes.ts) from labels that
// keep only offsets, kinds and speakers' names, and the corpus's articles themselves (development data,
// never in the repository):
// - CORPUS an AQUAINT TimeML folder: data/dev-labels/aquaint-quotes.json (`--set` picks dev or late);
// - CORPUS the MEANTIME folder (holding meantime.conll): data/dev-labels/meantime-quotes.json, each
//   article's text as src/evaluate/quotesMeantime.ts gives it to a reader.
// - CORPUS a re3d-format folder (documents.json, one source per sub-folder: data/corpora/re3d-dev, in the repository):
//   data/dev-labels/re3d-quotes.json (set re3d, the sixth blind set: 18 documents holding quotes in marks or reported
//   clauses, labelled before the engine was run on them for quotes), each document's text as it stands.
// `--set late2` picks the blind set of both files (14 articles labelled after the others, before the engine
// was run on them), `--set late3` the next one (16 articles, labelled the same way; three reported clauses holding a partial
// quote were then made optional, the older sets' convention), `--set late4` the fourth (18 articles: 9 AQUAINT,
// 9 MEANTIME, the richest left in role and unnamed speakers, labelled the same way), `--set late5` the fifth (13
// articles: 5 AQUAINT, 8 MEANTIME, the richest left, labelled the same way); without `--set`, every
// article but those of the blind sets, so the figures of the older sets stay as they were. Each article's text is checked against the hash the labels were made on.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseMeantime } from "../src/evaluate/meantime.js";
import { readRe3d } from "../src/evaluate/re3d.js";
import { readerText } from "../src/evaluate/quotesMeantime.js";
import { parseTimeML } from "../src/evaluate/timeml.js";
import { parseTxt } from "../src/extract/ingest/formats/txt.js";

interface Labels {
  articles: Record<string, { set?: string; textSha256: string; quotes: Array<{ start: number; end: number }> }>;
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { set: { type: "string" } } });
const [corpus, out] = positionals;
if (!corpus || !out) {
  process.stderr.write(
    "usage: npx tsx scripts/quote-labels.ts AQUAINT_MEANTIME_OR_RE3D_FOLDER OUT [--set dev|late|late2|late3|late4|late5|re3d]\n",
  );
  process.exit(2);
}
const conll = join(corpus, "meantime.conll");
const meantime = existsSync(conll);
const re3dDocs = new Map(meantime ? [] : readRe3d(corpus).map((d) => [`${d.source}/${d.id}`, d]));
const re3d = re3dDocs.size > 0;
const labelFile = meantime ? "meantime-quotes.json" : re3d ? "re3d-quotes.json" : "aquaint-quotes.json";
const labels = JSON.parse(readFileSync(new URL(`../data/dev-labels/${labelFile}`, import.meta.url), "utf8")) as Labels;
const meantimeDocs = meantime ? new Map(parseMeantime(readFileSync(conll, "utf8"), conll).map((d) => [d.id, d])) : new Map();

/** The article's text as the labels index it, and where it comes from; null when the corpus lacks it. */
function articleText(id: string): { text: string; source: string } | null {
  if (re3d) {
    const doc = re3dDocs.get(id);
    return doc ? { text: doc.text, source: `re3d-dev/${id}` } : null;
  }
  if (meantime) {
    const doc = meantimeDocs.get(id);
    return doc ? { text: readerText(doc.text), source: `meantime-en/${id}` } : null;
  }
  const file = join(corpus, `${id}.tml`);
  if (!existsSync(file)) return null;
  return { text: parseTxt(parseTimeML(readFileSync(file, "utf8"), id).text).text, source: `timeml-aquaint/${id}.tml` };
}

/** The blind sets, left out when no set is named. */
const BLIND = new Set(["late2", "late3", "late4", "late5", "re3d"]);

mkdirSync(out, { recursive: true });
let written = 0;
for (const [id, article] of Object.entries(labels.articles)) {
  if (values.set ? article.set !== values.set : BLIND.has(article.set ?? "")) continue;
  const found = articleText(id);
  if (!found) {
    process.stderr.write(`${corpus}: no article ${id}; skipped\n`);
    continue;
  }
  const { text, source } = found;
  if (createHash("sha256").update(text).digest("hex") !== article.textSha256) {
    process.stderr.write(`${source}: its text is not the one the labels were made on; skipped\n`);
    continue;
  }
  const quotes = article.quotes.map((q) => ({ ...q, text: text.slice(q.start, q.end) }));
  const name = id.replace(/\//g, "-");
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify({ id, source, text, quotes }, null, 1)}\n`);
  written++;
}
process.stderr.write(`${written} labelled articles in ${out}\n`);
