// `npx tsx scripts/quote-labels.ts AQUAINT_FOLDER OUT [--set dev|late]`: rebuilds the hand-labelled quote folder
// (one NAME.json per article, the format of `npm run eval -- --quotes`, src/evaluate/quotes.ts) from
// data/dev-labels/aquaint-quotes.json, which keeps only offsets, kinds and speakers' names, and the AQUAINT
// TimeML articles themselves (development data, never in the repository). Each article's text is checked
// against the hash the labels were made on.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseTimeML } from "../src/evaluate/timeml.js";
import { parseTxt } from "../src/extract/ingest/formats/txt.js";

interface Labels {
  articles: Record<string, { set: string; textSha256: string; quotes: Array<{ start: number; end: number }> }>;
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { set: { type: "string" } } });
const [corpus, out] = positionals;
if (!corpus || !out) {
  process.stderr.write("usage: npx tsx scripts/quote-labels.ts AQUAINT_FOLDER OUT [--set dev|late]\n");
  process.exit(2);
}
const labels = JSON.parse(readFileSync(new URL("../data/dev-labels/aquaint-quotes.json", import.meta.url), "utf8")) as Labels;
mkdirSync(out, { recursive: true });
let written = 0;
for (const [id, article] of Object.entries(labels.articles)) {
  if (values.set && article.set !== values.set) continue;
  const source = join(corpus, `${id}.tml`);
  const text = parseTxt(parseTimeML(readFileSync(source, "utf8"), id).text).text;
  if (createHash("sha256").update(text).digest("hex") !== article.textSha256) {
    process.stderr.write(`${source}: its text is not the one the labels were made on; skipped\n`);
    continue;
  }
  const quotes = article.quotes.map((q) => ({ ...q, text: text.slice(q.start, q.end) }));
  writeFileSync(join(out, `${id}.json`), `${JSON.stringify({ id, source: `timeml-aquaint/${id}.tml`, text, quotes }, null, 1)}\n`);
  written++;
}
process.stderr.write(`${written} labelled articles in ${out}\n`);
