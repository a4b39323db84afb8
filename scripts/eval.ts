// `npm run eval -- FOLDER`: precision, recall and F1 of actors, dates and figures on a labelled
// folder in the re3d format (documents.json + entities.json), scored by span overlap.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { readRe3d } from "../src/evaluate/re3d.js";
import { scoreCorpus, type Kind } from "../src/evaluate/score.js";
import { predictSpans } from "../src/evaluate/predict.js";
import { loadActorModel } from "../src/extract/recognize/actors/index.js";

const USAGE = "usage: npm run eval -- FOLDER   (a re3d-format folder, e.g. data/corpora/re3d-dev)";
let folder: string;
try {
  const { positionals } = parseArgs({ allowPositionals: true });
  if (positionals.length !== 1) throw new Error("one folder, please");
  folder = positionals[0];
} catch (error) {
  process.stderr.write(`eval: ${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
const docs = readRe3d(resolve(folder));
if (!docs.length) {
  process.stderr.write(`eval: no documents.json found under ${folder}\n`);
  process.exit(2);
}
const model = loadActorModel();
const scores = scoreCorpus(docs, (doc) => predictSpans(model, doc));
const pct = (x: number) => x.toFixed(3);
console.log(`${docs.length} documents from ${new Set(docs.map((d) => d.source)).size} sources in ${folder}`);
console.log("kind      precision  recall  f1     (predicted, gold)");
for (const kind of Object.keys(scores) as Kind[]) {
  const s = scores[kind];
  console.log(`${kind.padEnd(9)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}  (${s.predicted}, ${s.goldCounted})`);
}
