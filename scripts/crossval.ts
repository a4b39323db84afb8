// Measures the actor recognizer on re3d-dev: (1) the committed model on all documents (trained
// on them, so optimistic) and (2) leave-one-source-out cross-validation: train on wikigold + four
// re3d sources, score on the fifth; (3) two-fold on wikigold (Wikipedia prose, the encyclopedic
// genre): train on re3d-dev + one half of its documents, score on the other half.
// Every model is trained with the same feature lexicons as `npm run train` (none derived from the
// labelled data, so nothing leaks across folds).
// `npx tsx scripts/crossval.ts [--errors SOURCE|wikigold|all] [--seed N]`.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { readRe3d, type GoldDocument } from "../src/evaluate/re3d.js";
import { RE3D_DEV, WIKIGOLD } from "../src/evaluate/corpora.js";
import { addDocument, emptyScore, finish, GOLD_TYPES, type Score } from "../src/evaluate/score.js";
import { splitSentences } from "../src/extract/segment/sentences.js";
import { loadActorModel, modelFromJSON, recognizeActors, type ActorModel } from "../src/extract/recognize/actors/index.js";
import { parseConll, re3dToLabelled, trainActorModel, type LabelledDocument } from "../src/extract/recognize/actors/training.js";
import { readLexicons } from "../src/evaluate/lexiconSources.js";

const docs = readRe3d(RE3D_DEV);
const lexicons = readLexicons();
/** --seed N: another shuffling order for training (how much of a difference is noise). */
const { values: options } = parseArgs({ options: { seed: { type: "string" }, upper: { type: "boolean" }, errors: { type: "string" } } });
const seed = options.seed === undefined ? undefined : Number(options.seed);
const wikigold = parseConll(readFileSync(WIKIGOLD, "utf8"));
/** --upper: score the held-out texts written all in capitals (how a tagger copes with headlines and shouting). */
const upper = Boolean(options.upper);
const shout = (d: GoldDocument): GoldDocument => (upper && d.text.toUpperCase().length === d.text.length ? { ...d, text: d.text.toUpperCase() } : d);
const showErrors = options.errors ?? null;

function evaluate(model: ActorModel, test: GoldDocument[], label: string): Score {
  const score = emptyScore();
  for (const doc of test.map(shout)) {
    const mentions = recognizeActors(model, doc.text, splitSentences(doc.text));
    addDocument(score, "actors", doc, mentions);
    if (showErrors && (showErrors === "all" || doc.source === showErrors || label === showErrors)) {
      const gold = doc.entities.filter((e) => GOLD_TYPES.actors.includes(e.type));
      for (const m of mentions)
        if (!gold.some((g) => m.start < g.end && g.begin < m.end)) console.log(`  FP ${label} [${m.type}] ${m.text}`);
      for (const g of gold)
        if (/[A-Z]/.test(g.value) && !mentions.some((m) => m.start < g.end && g.begin < m.end)) console.log(`  FN ${label} [${g.type}] ${g.value}`);
    }
  }
  return score;
}
const fmt = (s: Score) => `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (pred ${s.predicted}, gold ${s.goldCounted})`;

console.log(`dev (committed model): ${fmt(evaluate(loadActorModel(), docs, "dev"))}`);

const sources = [...new Set(docs.map((d) => d.source))];
const pooled = emptyScore();
for (const held of sources) {
  const trainDocs = re3dToLabelled(docs.filter((d) => d.source !== held));
  const model = modelFromJSON(trainActorModel([...wikigold, ...trainDocs], [], { lexicons, seed }));
  const s = evaluate(model, docs.filter((d) => d.source === held), held);
  for (const k of ["tp", "predicted", "goldCounted", "goldFound"] as const) pooled[k] += s[k];
  console.log(`held out ${held}: ${fmt(s)}`);
}
const WIKI_TYPES: Record<string, string> = { PER: "Person", ORG: "Organisation", LOC: "Location", NAT: "Nationality" };
/** A labelled document as text (one sentence a line, tokens joined by spaces) with gold spans. */
function asGold(d: LabelledDocument): GoldDocument {
  let text = "";
  const entities: GoldDocument["entities"] = [];
  for (const s of d.sentences) {
    let open: { begin: number; type: string } | null = null;
    const close = () => {
      if (open) entities.push({ begin: open.begin, end: text.length, type: open.type, value: text.slice(open.begin) });
      open = null;
    };
    s.words.forEach((w, i) => {
      const tag = s.tags[i];
      if (tag === "O" || tag.startsWith("B-")) close();
      if (i > 0) text += " ";
      if (tag !== "O" && !open) open = { begin: text.length, type: WIKI_TYPES[tag.slice(2)] };
      text += w;
    });
    close();
    text += "\n";
  }
  for (const e of entities) e.value = text.slice(e.begin, e.end);
  return { id: d.id, source: "wikigold", title: d.id, text, entities };
}
const wikiScore = emptyScore();
for (let fold = 0; fold < 2; fold++) {
  const test = wikigold.filter((_, i) => i % 2 === fold);
  const model = modelFromJSON(trainActorModel([...wikigold.filter((_, i) => i % 2 !== fold), ...re3dToLabelled(docs)], [], { lexicons, seed }));
  const s = evaluate(model, test.map(asGold), "wikigold");
  for (const k of ["tp", "predicted", "goldCounted", "goldFound"] as const) wikiScore[k] += s[k];
}
finish(wikiScore);
console.log(`wikigold two-fold: ${fmt(wikiScore)}`);

pooled.precision = pooled.tp / pooled.predicted;
pooled.recall = pooled.goldFound / pooled.goldCounted;
pooled.f1 = (2 * pooled.precision * pooled.recall) / (pooled.precision + pooled.recall);
console.log(`cross-validated (pooled): ${fmt(pooled)}`);
