// Scores the actor recognizer on hand-labelled paragraphs in genres the training data lacks
// (encyclopedic prose, broadcast transcripts, web news with headlines and credits):
// tests/fixtures/actors-heldout/*.txt, overlap scoring as for re3d.
// `npx tsx scripts/actors-heldout.ts [--errors]`.
import { readFileSync, readdirSync } from "node:fs";
import { parseArgs } from "node:util";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseMarkup } from "../src/evaluate/markup.js";
import { addDocument, emptyScore, finish, GOLD_TYPES } from "../src/evaluate/score.js";
import { splitSentences } from "../src/extract/segment/sentences.js";
import { loadActorModel, recognizeActors } from "../src/extract/recognize/actors/index.js";

const dir = fileURLToPath(new URL("../tests/fixtures/actors-heldout", import.meta.url));
const showErrors = Boolean(parseArgs({ options: { errors: { type: "boolean" } } }).values.errors);
const model = loadActorModel();
const pooled = emptyScore();
const typeOf: Record<string, string> = { Person: "person", Organisation: "organization", Location: "place", Nationality: "place" };
let typed = 0;
let typedRight = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  const doc = parseMarkup(readFileSync(join(dir, file), "utf8"), file);
  const mentions = recognizeActors(model, doc.text, splitSentences(doc.text));
  const s = addDocument(emptyScore(), "actors", doc, mentions);
  for (const k of ["tp", "predicted", "goldCounted", "goldFound"] as const) pooled[k] += s[k];
  console.log(
    `${file.padEnd(20)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (pred ${s.predicted}, gold ${s.goldCounted})`,
  );
  const gold = doc.entities.filter((e) => GOLD_TYPES.actors.includes(e.type));
  for (const m of mentions) {
    const g = gold.find((x) => m.start < x.end && x.begin < m.end);
    if (!g) continue;
    typed++;
    if (typeOf[g.type] === m.type) typedRight++;
    else if (showErrors) console.log(`  TYPE ${m.text}: ${m.type}, gold ${g.type}`);
  }
  if (showErrors) {
    for (const m of mentions) if (!gold.some((g) => m.start < g.end && g.begin < m.end)) console.log(`  FP [${m.type}] ${m.text}`);
    for (const g of gold) if (!mentions.some((m) => m.start < g.end && g.begin < m.end)) console.log(`  FN [${g.type}] ${g.value}`);
  }
}
finish(pooled);
console.log(
  `${"pooled".padEnd(20)} P ${pooled.precision.toFixed(3)}  R ${pooled.recall.toFixed(3)}  F1 ${pooled.f1.toFixed(3)}  (pred ${pooled.predicted}, gold ${pooled.goldCounted})`,
);
console.log(`type accuracy on matched mentions: ${(typedRight / Math.max(1, typed)).toFixed(3)} (${typedRight}/${typed})`);
