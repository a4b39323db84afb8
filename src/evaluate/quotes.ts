// `npm run eval -- --quotes FOLDER [--errors]`: the engine over a folder of hand-labelled articles,
// its quotes scored by quoteScore.ts. The folder holds one NAME.json per article:
//   { "text": "…the article as the engine reads it…",
//     "quotes": [ { "start": 120, "end": 164, "kind": "direct" | "partial" | "indirect",
//                   "speaker": "Doris Meissner" | ["Cuba", "Cuban government"] | null,
//                   "optional": true (a label that counts neither way: a chant, a borderline scare quote) } ] }
// `start`/`end` index `text`: a quote in marks spans its marks, reported speech the clause reported.
// Each article goes through the pipeline on its own. Other keys (an id, the source, the quote's text) are ignored.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { Article, QuoteKind } from "../extract/types.js";
import { loadActorModel } from "../extract/recognize/actors/index.js";
import { extractArticle } from "../extract/pipeline.js";
import { buildTables } from "../extract/tables.js";
import { addQuoteArticle, emptyQuoteScore, type FoundQuote, type GoldQuote, type PRF, type SpeakerScore } from "./quoteScore.js";

export class QuotesInputError extends Error {}

export interface LabelledArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

const KINDS = new Set<QuoteKind>(["direct", "partial", "indirect"]);

function checkQuote(q: unknown, length: number, where: string): GoldQuote {
  const o = q as Record<string, unknown>;
  if (typeof o !== "object" || o === null) throw new QuotesInputError(`${where}: a quote is not an object`);
  const { start, end, kind, speaker, optional } = o;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    (start as number) < 0 ||
    (end as number) > length ||
    (start as number) >= (end as number)
  )
    throw new QuotesInputError(`${where}: start ${String(start)} and end ${String(end)} are not a span of the text (${length} characters)`);
  if (!KINDS.has(kind as QuoteKind)) throw new QuotesInputError(`${where}: kind "${String(kind)}" is not direct, partial or indirect`);
  const names = Array.isArray(speaker) ? speaker : [speaker];
  if (speaker !== null && !names.every((n) => typeof n === "string" && n.trim()))
    throw new QuotesInputError(`${where}: speaker must be a name, a list of names or null`);
  return {
    start: start as number,
    end: end as number,
    kind: kind as QuoteKind,
    speaker: speaker as GoldQuote["speaker"],
    ...(optional === true ? { optional: true } : {}),
  };
}

/** The labelled articles of a folder (its NAME.json files, in name order). */
export function readQuoteLabels(folder: string): LabelledArticle[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new QuotesInputError(`${folder} is not a folder`);
  const files = readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .sort();
  if (!files.length) throw new QuotesInputError(`${folder}: no labelled articles (NAME.json)`);
  return files.map((f) => {
    let data: { text?: unknown; quotes?: unknown };
    try {
      data = JSON.parse(readFileSync(join(folder, f), "utf8")) as typeof data;
    } catch (error) {
      throw new QuotesInputError(`${f}: not JSON (${(error as Error).message})`);
    }
    if (typeof data.text !== "string" || !Array.isArray(data.quotes))
      throw new QuotesInputError(`${f}: needs "text" (a string) and "quotes" (a list)`);
    const text = data.text;
    return { id: basename(f, ".json"), text, quotes: data.quotes.map((q, i) => checkQuote(q, text.length, `${f} quote ${i + 1}`)) };
  });
}

function asArticle(doc: LabelledArticle): Article {
  const id = doc.id.replace(/[^A-Za-z0-9]+/g, "-");
  return { id, file: `${doc.id}.txt`, title: "", date: null, dateSource: "none", source: null, text: doc.text, boilerplate: [], hash: id };
}

/** The engine's quotes of one labelled article, each with its speaker actor's name and aliases. */
export function foundQuotes(doc: LabelledArticle, model = loadActorModel()): FoundQuote[] {
  const tables = buildTables([extractArticle(asArticle(doc), model)]);
  const actors = new Map(tables.actors.map((a) => [a.id, a]));
  return tables.quotes.map((q) => {
    const a = q.speaker ? actors.get(q.speaker) : undefined;
    return {
      start: q.start,
      end: q.end,
      kind: q.kind,
      speakerNames: a ? [a.name, ...a.aliases] : [],
      ...(q.speakerText ? { speakerText: q.speakerText } : {}),
    };
  });
}

const pct = (x: number) => x.toFixed(3);
const prfLine = (name: string, s: PRF) =>
  `${name.padEnd(20)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (${s.correct} matched, ${s.predicted} found, ${s.gold} labelled)`;
const speakerLine = (name: string, s: SpeakerScore) =>
  `${name.padEnd(20)} right ${s.named ? pct(s.right / s.named) : "  -  "} of ${String(s.named).padStart(3)} named   with a speaker ${s.matched ? pct(s.withSpeaker / s.matched) : "  -  "} of ${String(s.matched).padStart(3)} matched   as written ${s.matched ? pct(s.withText / s.matched) : "  -  "}`;

const sumSpeakers = (a: SpeakerScore, b: SpeakerScore): SpeakerScore => ({
  matched: a.matched + b.matched,
  named: a.named + b.named,
  right: a.right + b.right,
  withSpeaker: a.withSpeaker + b.withSpeaker,
  withText: a.withText + b.withText,
});

export function quotesReport(folder: string, options: { errors?: boolean } = {}): string[] {
  const docs = readQuoteLabels(folder);
  const model = loadActorModel();
  const score = emptyQuoteScore();
  const errorLines: string[] = [];
  for (const doc of docs) {
    const found = foundQuotes(doc, model);
    const e = addQuoteArticle(score, doc.quotes, found);
    if (!options.errors) continue;
    const ctx = (s: number, end: number) => doc.text.slice(s, Math.min(end, s + 90)).replace(/\s+/g, " ");
    const at = (q: { start: number; end: number; kind: string }) => `${doc.id} ${q.kind}: ${ctx(q.start, q.end)}`;
    const said = (f: FoundQuote) => `${f.speakerNames[0] ?? "nobody"}${f.speakerText ? ` ("${f.speakerText}")` : ""}`;
    for (const g of e.missed) errorLines.push(`MISS    ${at(g)}  [${JSON.stringify(g.speaker)}]`);
    for (const f of e.falseAlarms) errorLines.push(`FALSE   ${at(f)}  [${said(f)}]`);
    for (const { gold, found: f } of e.wrongSpeaker)
      errorLines.push(`SPEAKER ${at(gold)}  gold ${JSON.stringify(gold.speaker)} ours ${said(f)}`);
    for (const { gold, found: f } of e.wrongKind) errorLines.push(`KIND    ${at(gold)}  gold ${gold.kind} ours ${f.kind}`);
  }
  const labelled = docs.reduce((n, d) => n + d.quotes.filter((q) => !q.optional).length, 0);
  return [
    `Quotes of ${folder}: ${docs.length} articles, ${labelled} labelled quotes (overlap match)`,
    prfLine("quoted (any kind)", score.quoted),
    prfLine("  direct", score.direct),
    prfLine("  partial", score.partial),
    prfLine("indirect", score.indirect),
    "Speakers of matched quotes (by the label's kind):",
    speakerLine("  direct", score.speakers.direct),
    speakerLine("  partial", score.speakers.partial),
    speakerLine("  quoted", sumSpeakers(score.speakers.direct, score.speakers.partial)),
    speakerLine("  indirect", score.speakers.indirect),
    speakerLine("  all", score.speakers.all),
    ...(options.errors ? ["", ...errorLines] : []),
  ];
}
