// Measures the date and figure recognizers on re3d-dev (overlap scoring, all documents together),
// optionally on a subset of sources, against compromise + chrono-node defaults, with speed.
// Usage: npx tsx scripts/eval-dates-figures.ts [--sources a,b] [--baseline] [--errors dates|figures]
import { parseArgs } from "node:util";
import { readRe3d, type GoldDocument } from "../src/evaluate/re3d.js";
import { RE3D_DEV } from "../src/evaluate/corpora.js";
import { addDocument, emptyScore, type Kind, type PredictedSpan, type Score } from "../src/evaluate/score.js";
import { splitSentences } from "../src/extract/segment/sentences.js";
import { recognizeDates } from "../src/extract/recognize/dates/index.js";
import { re3dTemporal } from "../src/evaluate/predict.js";
import { recognizeFigures } from "../src/extract/recognize/figures/index.js";

const { values: options } = parseArgs({
  options: { folder: { type: "string" }, sources: { type: "string" }, errors: { type: "string" }, baseline: { type: "boolean" } },
});
const folder = options.folder ?? RE3D_DEV;
const sources = options.sources?.split(",");
const showErrors = options.errors as Kind | undefined;

const docs = readRe3d(folder).filter((d) => !sources || sources.some((s) => d.source.startsWith(s)));

type Predictor = (doc: GoldDocument) => { dates: PredictedSpan[]; figures: PredictedSpan[] };

const ours: Predictor = (doc) => {
  const all = recognizeDates(doc.text, null);
  const dates = re3dTemporal(all);
  const figures = recognizeFigures(doc.text, splitSentences(doc.text), [], all);
  return { dates, figures };
};

async function baseline(): Promise<Predictor> {
  const chrono = await import("chrono-node");
  const nlp = (await import("compromise")).default as any;
  return (doc) => {
    const dates = chrono.parse(doc.text).map((r) => ({ start: r.index, end: r.index + r.text.length }));
    const figures: PredictedSpan[] = [];
    for (const m of nlp(doc.text).match("(#Value|#Money|#Percent)+").json({ offset: true })) {
      figures.push({ start: m.offset.start, end: m.offset.start + m.offset.length });
    }
    return { dates, figures };
  };
}

function run(name: string, predict: Predictor) {
  const scores: Record<"dates" | "figures", Score> = { dates: emptyScore(), figures: emptyScore() };
  const t0 = performance.now();
  const predictions = docs.map((d) => predict(d));
  const ms = performance.now() - t0;
  docs.forEach((d, i) => {
    addDocument(scores.dates, "dates", d, predictions[i].dates);
    addDocument(scores.figures, "figures", d, predictions[i].figures);
  });
  console.log(`${name}: ${docs.length} docs in ${ms.toFixed(0)} ms (${((docs.length / ms) * 1000).toFixed(1)} docs/s)`);
  for (const kind of ["dates", "figures"] as const) {
    const s = scores[kind];
    console.log(`  ${kind.padEnd(8)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}  (tp ${s.tp}/${s.predicted}, gold ${s.goldFound}/${s.goldCounted})`);
  }
  if (showErrors) {
    const types = showErrors === "dates" ? ["Temporal"] : ["Money", "Quantity"];
    docs.forEach((d, i) => {
      const gold = d.entities.filter((e) => types.includes(e.type));
      const pred = predictions[i][showErrors as "dates" | "figures"];
      const ctx = (s: number, e: number) => `${d.text.slice(Math.max(0, s - 30), s)}[[${d.text.slice(s, e)}]]${d.text.slice(e, e + 20)}`.replace(/\s+/g, " ");
      for (const p of pred) if (!gold.some((g) => p.start < g.end && g.begin < p.end)) console.log("FP", ctx(p.start, p.end));
      for (const g of gold) if (!pred.some((p) => p.start < g.end && g.begin < p.end)) console.log("FN", ctx(g.begin, g.end));
    });
  }
  return ms;
}

// warm up (module loading, regex compilation) so timings compare steady state
ours(docs[0]);
const msOurs = run("ours", ours);
if (options.baseline) {
  const b = await baseline();
  b(docs[0]);
  const msBase = run("compromise+chrono", b);
  console.log(`speed ratio (baseline / ours): ${(msBase / msOurs).toFixed(1)}x`);
}
