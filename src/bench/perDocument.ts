// (a) Per-document speed on the re3d-dev texts, one thread, start-up left out: our extraction
// (extractArticle) against compromise (people, places, organizations, numbers) and chrono-node
// (dates), rounds interleaved, medians.
import nlp from "compromise";
import * as chrono from "chrono-node";
import type { GoldDocument } from "../evaluate/re3d.js";
import { predictSpans } from "../evaluate/predict.js";
import { loadActorModel } from "../extract/recognize/actors/index.js";
import { MB, fixed, formatTable, median, perSecond, timeOnce } from "./timing.js";
import { utf8, type BenchSettings } from "./settings.js";

function runOurs(d: GoldDocument[], model: ReturnType<typeof loadActorModel>): number {
  let n = 0;
  for (const doc of d) {
    const spans = predictSpans(model, doc);
    n += spans.actors.length + spans.dates.length + spans.figures.length;
  }
  return n;
}
function runCompromise(d: GoldDocument[]): number {
  let n = 0;
  for (const doc of d) {
    const parsed = nlp(doc.text);
    n +=
      parsed.people().out("array").length +
      parsed.places().out("array").length +
      parsed.organizations().out("array").length +
      parsed.numbers().out("array").length;
  }
  return n;
}
function runChrono(d: GoldDocument[]): number {
  let n = 0;
  for (const doc of d) n += chrono.parse(doc.text).length;
  return n;
}

export interface PerDocument {
  text: string;
  /** ms per document, medians. */
  ours: number;
  theirs: number;
}

export function perDocument({ docs, rounds, log }: BenchSettings): PerDocument {
  const bytes = docs.reduce((s, d) => s + utf8(d.text), 0);
  const model = loadActorModel();
  const systems: Array<[string, () => number]> = [
    ["ours (extractArticle: actors, dates, figures, quotes)", () => runOurs(docs, model)],
    ["compromise (people, places, orgs, numbers)", () => runCompromise(docs)],
    ["chrono-node (dates)", () => runChrono(docs)],
    ["compromise + chrono-node", () => runCompromise(docs) + runChrono(docs)],
  ];
  log(`bench: ${systems.length} systems, a warm-up then ${rounds} interleaved round(s) over ${docs.length} documents`);
  for (const [, fn] of systems) fn(); // warm-up (JIT, lazy model and dictionary loading)
  // rounds interleave the systems, so a change in machine load hits them all alike
  const samples = new Map<string, number[]>(systems.map(([name]) => [name, []]));
  for (let r = 0; r < rounds; r++) for (const [name, fn] of systems) samples.get(name)!.push(timeOnce(fn));
  const timings = new Map([...samples].map(([name, ms]) => [name, median(ms)]));
  const theirs = timings.get("compromise + chrono-node")!;
  const rows = [["system", "ms/round", "docs/s", "MB/s", "ms/doc", "time vs compromise+chrono"]];
  for (const [name, ms] of timings) {
    rows.push([
      name,
      fixed(ms, 0),
      fixed(perSecond(docs.length, ms)),
      fixed(perSecond(bytes, ms) / MB, 3),
      fixed(ms / docs.length, 2),
      `${fixed(ms / theirs, 2)}x`,
    ]);
  }
  const text = `(a) per document, re3d-dev: ${docs.length} documents, ${fixed(bytes / 1024, 0)} KB, median of ${rounds} round(s) after a warm-up, one thread\n${formatTable(rows)}`;
  const ours = timings.get(systems[0][0])! / docs.length;
  return { text, ours, theirs: theirs / docs.length };
}
