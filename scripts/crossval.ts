// Measures the actor recognizer on re3d-dev: (1) the committed model on all documents (trained
// on them, so optimistic) and (2) leave-one-source-out cross-validation: train on wikigold + four
// re3d sources, score on the fifth. `npx tsx scripts/crossval.ts [--errors SOURCE]`.
import { readFileSync } from "node:fs";
import { readRe3d, type GoldDocument } from "../src/evaluate/re3d.js";
import { RE3D_DEV, WIKIGOLD } from "../src/evaluate/corpora.js";
import { addDocument, emptyScore, GOLD_TYPES, type Score } from "../src/evaluate/score.js";
import { splitSentences } from "../src/extract/segment/sentences.js";
import { loadActorModel, modelFromJSON, recognizeActors, type ActorModel } from "../src/extract/recognize/actors/index.js";
import { parseConll, re3dToLabelled, trainActorModel } from "../src/extract/recognize/actors/training.js";

const docs = readRe3d(RE3D_DEV);
const wikigold = parseConll(readFileSync(WIKIGOLD, "utf8"));
const showErrors = process.argv.includes("--errors") ? process.argv[process.argv.indexOf("--errors") + 1] : null;

function evaluate(model: ActorModel, test: GoldDocument[], label: string): Score {
  const score = emptyScore();
  for (const doc of test) {
    const mentions = recognizeActors(model, doc.text, splitSentences(doc.text));
    addDocument(score, "actors", doc, mentions);
    if (showErrors && (showErrors === "all" || doc.source === showErrors)) {
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

const dev = evaluate(loadActorModel(), docs, "dev");
console.log(`dev (committed model): ${fmt(dev)}`);

const sources = [...new Set(docs.map((d) => d.source))];
const pooled = emptyScore();
for (const held of sources) {
  const trainDocs = re3dToLabelled(docs.filter((d) => d.source !== held));
  const model = modelFromJSON(trainActorModel([...wikigold, ...trainDocs], []));
  const s = evaluate(model, docs.filter((d) => d.source === held), held);
  for (const k of ["tp", "predicted", "goldCounted", "goldFound"] as const) pooled[k] += s[k];
  console.log(`held out ${held}: ${fmt(s)}`);
}
pooled.precision = pooled.tp / pooled.predicted;
pooled.recall = pooled.goldFound / pooled.goldCounted;
pooled.f1 = (2 * pooled.precision * pooled.recall) / (pooled.precision + pooled.recall);
console.log(`cross-validated (pooled): ${fmt(pooled)}`);
