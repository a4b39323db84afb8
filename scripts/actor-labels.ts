// `npx tsx scripts/actor-labels.ts AQUAINT_FOLDER OUT [--set dev|late|late2]`: rebuilds the hand-labelled actors folder of 1998-2000
// newswire (re3d's format: documents.json and entities.json as JSON lines, src/evaluate/re3d.ts) from
// data/dev-labels/aquaint-actors.json, which keeps only offsets and types, and the AQUAINT TimeML articles
// themselves (development data, never in the repository). Each article's text is checked against the hash the
// labels were made on. Then `npm run eval -- OUT --errors` scores actors and their types on it.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseTimeML } from "../src/evaluate/timeml.js";
import { parseTxt } from "../src/extract/ingest/formats/txt.js";

interface Labels {
  /** Per article: the hash of its text and its mentions as "begin end type". */
  articles: Record<string, { set: string; textSha256: string; entities: string[] }>;
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { set: { type: "string" } } });
const [corpus, out] = positionals;
if (!corpus || !out) {
  process.stderr.write("usage: npx tsx scripts/actor-labels.ts AQUAINT_FOLDER OUT [--set dev|late|late2]\n");
  process.exit(2);
}
const labels = JSON.parse(readFileSync(new URL("../data/dev-labels/aquaint-actors.json", import.meta.url), "utf8")) as Labels;
const documents: string[] = [];
const entities: string[] = [];
for (const [id, article] of Object.entries(labels.articles)) {
  if (values.set && article.set !== values.set) continue;
  const source = join(corpus, `${id}.tml`);
  const text = parseTxt(parseTimeML(readFileSync(source, "utf8"), id).text).text;
  if (createHash("sha256").update(text).digest("hex") !== article.textSha256) {
    process.stderr.write(`${source}: its text is not the one the labels were made on; skipped\n`);
    continue;
  }
  documents.push(JSON.stringify({ _id: id, title: "", text }));
  for (const entity of article.entities) {
    const [begin, end, type] = entity.split(" ");
    const [b, e] = [Number(begin), Number(end)];
    const value = text.slice(b, e);
    entities.push(JSON.stringify({ _id: `${id}-${b}-${e}-${type}`, documentId: id, begin: b, end: e, type, value, confidence: 1 }));
  }
}
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "documents.json"), `${documents.join("\n")}\n`);
writeFileSync(join(out, "entities.json"), `${entities.join("\n")}\n`);
process.stderr.write(`${documents.length} labelled articles, ${entities.length} mentions in ${out}\n`);
