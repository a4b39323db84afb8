// The actor recognizer held out: (1) the committed model on all of re3d-dev (trained on it, so
// optimistic); (2) leave-one-source-out cross-validation: trained on wikigold and four re3d sources,
// scored on the fifth, pooled; (3) two-fold on wikigold (Wikipedia prose, the encyclopedic genre):
// trained on re3d-dev and one half of its documents, scored on the other half. Every model is trained
// with the same feature lexicons as `npm run train` (none derived from the labelled data, so nothing
// leaks across folds). `npx tsx scripts/crossval.ts` prints what crossValidate returns.
import { readFileSync } from "node:fs";
import { readRe3d, type GoldDocument } from "./re3d.js";
import { RE3D_DEV, WIKIGOLD } from "./corpora.js";
import { addDocument, emptyScore, finish, GOLD_TYPES, type Score } from "./score.js";
import { readLexicons } from "./lexiconSources.js";
import { splitSentences } from "../extract/segment/sentences.js";
import { loadActorModel, modelFromJSON, recognizeActors, type ActorModel } from "../extract/recognize/actors/index.js";
import { parseConll, re3dToLabelled, trainActorModel, type LabelledDocument } from "../extract/recognize/actors/training.js";

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

export interface CrossValidation {
  /** Another shuffling order for training (how much of a difference is noise). */
  seed?: number;
  /** Score the held-out texts written all in capitals (headlines, shouting). */
  upper?: boolean;
  /** List the false and missed actors of one source, of "wikigold", of "dev", or "all". */
  errors?: string;
}

/** The lines `scripts/crossval.ts` prints. */
export function crossValidate(options: CrossValidation = {}): string[] {
  const lines: string[] = [];
  const docs = readRe3d(RE3D_DEV);
  const lexicons = readLexicons();
  const wikigold = parseConll(readFileSync(WIKIGOLD, "utf8"));
  const { seed, upper = false } = options;
  const showErrors = options.errors ?? null;
  const shout = (d: GoldDocument): GoldDocument =>
    upper && d.text.toUpperCase().length === d.text.length ? { ...d, text: d.text.toUpperCase() } : d;

  function evaluate(model: ActorModel, test: GoldDocument[], label: string): Score {
    const score = emptyScore();
    for (const doc of test.map(shout)) {
      const mentions = recognizeActors(model, doc.text, splitSentences(doc.text));
      addDocument(score, "actors", doc, mentions);
      if (showErrors && (showErrors === "all" || doc.source === showErrors || label === showErrors)) {
        const gold = doc.entities.filter((e) => GOLD_TYPES.actors.includes(e.type));
        for (const m of mentions)
          if (!gold.some((g) => m.start < g.end && g.begin < m.end)) lines.push(`  FP ${label} [${m.type}] ${m.text}`);
        for (const g of gold)
          if (/[A-Z]/.test(g.value) && !mentions.some((m) => m.start < g.end && g.begin < m.end))
            lines.push(`  FN ${label} [${g.type}] ${g.value}`);
      }
    }
    return score;
  }
  const fmt = (s: Score) =>
    `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (pred ${s.predicted}, gold ${s.goldCounted})`;

  lines.push(`dev (committed model): ${fmt(evaluate(loadActorModel(), docs, "dev"))}`);

  const sources = [...new Set(docs.map((d) => d.source))];
  const pooled = emptyScore();
  for (const held of sources) {
    const trainDocs = re3dToLabelled(docs.filter((d) => d.source !== held));
    const model = modelFromJSON(trainActorModel([...wikigold, ...trainDocs], [], { lexicons, seed }));
    const s = evaluate(
      model,
      docs.filter((d) => d.source === held),
      held,
    );
    for (const k of ["tp", "predicted", "goldCounted", "goldFound"] as const) pooled[k] += s[k];
    lines.push(`held out ${held}: ${fmt(s)}`);
  }
  const wikiScore = emptyScore();
  for (let fold = 0; fold < 2; fold++) {
    const test = wikigold.filter((_, i) => i % 2 === fold);
    const model = modelFromJSON(
      trainActorModel([...wikigold.filter((_, i) => i % 2 !== fold), ...re3dToLabelled(docs)], [], { lexicons, seed }),
    );
    const s = evaluate(model, test.map(asGold), "wikigold");
    for (const k of ["tp", "predicted", "goldCounted", "goldFound"] as const) wikiScore[k] += s[k];
  }
  finish(wikiScore);
  lines.push(`wikigold two-fold: ${fmt(wikiScore)}`);

  lines.push(`cross-validated (pooled): ${fmt(finish(pooled))}`);
  return lines;
}
