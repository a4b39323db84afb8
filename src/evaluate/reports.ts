// What `npm run eval` prints for each kind of labelled folder: the engine run over the folder,
// scored, and written as lines of text. The command line (scripts/eval.ts) only picks one.
import { basename, join, relative, resolve } from "node:path";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { readRe3d, type GoldDocument } from "./re3d.js";
import { GOLD_TYPES, countsForRecall, scoreCorpus, typeAgreement, type Kind, type PredictedSpan, type Score } from "./score.js";
import { baselinePredictor } from "./baseline.js";
import { predictSpans } from "./predict.js";
import { parseTimeML, TimeMLError, type TimeMLDocument } from "./timeml.js";
import { addTimeMLDocument, emptyTimeMLScore, type PredictedTimex, type PRF } from "./timemlScore.js";
import { readPageFolder } from "./pageFolder.js";
import { scorePages, type PageCase } from "./pages.js";
import { loadActorModel } from "../extract/recognize/actors/index.js";
import { recognizeDates } from "../extract/recognize/dates/index.js";
import { decodeBytes, isRejection, parseArticle } from "../extract/ingest/index.js";
import { declaredCharset } from "../extract/ingest/formats/html.js";
import { extractArticle } from "../extract/pipeline.js";

/** A folder that cannot be evaluated, with the reason (the command line prints it and exits 2). */
export class EvalInputError extends Error {}

const pct = (x: number) => x.toFixed(3);

export interface Re3dOptions {
  /** Only the documents of sources whose name starts with one of these. */
  sources?: string[];
  /** Also list every false and missed span, in its context. */
  errors?: boolean;
  /** Also score compromise + chrono-node out of the box on the same documents. */
  baseline?: boolean;
}

/** Actors, dates and figures on a re3d-format folder, by span overlap. */
export async function re3dReport(dir: string, options: Re3dOptions = {}): Promise<string[]> {
  const docs = readRe3d(resolve(dir)).filter((d) => !options.sources || options.sources.some((s) => d.source.startsWith(s)));
  if (!docs.length)
    throw new EvalInputError(`no documents.json found under ${dir}${options.sources ? ` for sources ${options.sources.join(", ")}` : ""}`);
  const model = loadActorModel();
  const ours = (doc: GoldDocument) => predictSpans(model, doc);
  const lines = [`${docs.length} documents from ${new Set(docs.map((d) => d.source)).size} sources in ${dir}`];
  lines.push(...scoreLines(scoreCorpus(docs, ours)));
  const types = typeAgreement(docs, (doc) => predictSpans(model, doc).actors);
  lines.push(`actor types agree  ${pct(types.share)}  (${types.agree}/${types.matched} matched mentions)`);
  if (options.baseline)
    lines.push("", "compromise + chrono-node, out of the box:", ...scoreLines(scoreCorpus(docs, await baselinePredictor())));
  if (options.errors) lines.push("", ...spanErrors(docs, ours));
  return lines;
}

function scoreLines(scores: Record<Kind, Score>): string[] {
  const lines = ["kind      precision  recall  f1     (predicted, gold)"];
  for (const kind of Object.keys(scores) as Kind[]) {
    const s = scores[kind];
    lines.push(
      `${kind.padEnd(9)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}  (${s.predicted}, ${s.goldCounted})`,
    );
  }
  return lines;
}

/** Our actor type for each of re3d's (a nationality is a mention of its place), as typeAgreement scores them. */
const OUR_TYPE: Record<string, string> = { Person: "person", Organisation: "organization", Location: "place", Nationality: "place" };

/**
 * "FALSE dates ...[[span]]..." for a prediction no gold span overlaps, "MISS" for a gold span no prediction overlaps,
 * "TYPE" for an actor whose type agrees with no gold span it overlaps.
 */
function spanErrors(
  docs: GoldDocument[],
  predict: (doc: GoldDocument) => Record<Kind, PredictedSpan[]> & { actors: Array<PredictedSpan & { type: string }> },
): string[] {
  const lines: string[] = [];
  for (const doc of docs) {
    const predicted = predict(doc);
    const context = (start: number, end: number) =>
      `${doc.text.slice(Math.max(0, start - 40), start)}[[${doc.text.slice(start, end)}]]${doc.text.slice(end, end + 30)}`.replace(
        /\s+/g,
        " ",
      );
    for (const kind of Object.keys(GOLD_TYPES) as Kind[]) {
      const gold = doc.entities.filter((e) => GOLD_TYPES[kind].includes(e.type));
      for (const p of predicted[kind])
        if (!gold.some((g) => p.start < g.end && g.begin < p.end))
          lines.push(`FALSE ${kind.padEnd(7)} ${doc.id}: ${context(p.start, p.end)}`);
      for (const g of gold) {
        if (countsForRecall(kind, g) && !predicted[kind].some((p) => p.start < g.end && g.begin < p.end))
          lines.push(`MISS  ${kind.padEnd(7)} ${doc.id}: ${context(g.begin, g.end)}`);
      }
    }
    const actorGold = doc.entities.filter((e) => GOLD_TYPES.actors.includes(e.type));
    for (const p of predicted.actors) {
      const over = actorGold.filter((g) => p.start < g.end && g.begin < p.end);
      if (over.length && !over.some((g) => OUR_TYPE[g.type] === p.type))
        lines.push(`TYPE  actors  ${doc.id}: gold ${over.map((g) => g.type).join("/")} ours ${p.type}: ${context(p.start, p.end)}`);
    }
  }
  return lines;
}

/** The .tml files of `dir` and its sub-folders whose name matches `pattern`, parsed, each with its creation time. */
export function readTimeMLFolder(dir: string, pattern: RegExp | null): TimeMLDocument[] {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new EvalInputError(`${dir} is not a folder`);
  const walk = (sub: string): string[] =>
    readdirSync(join(root, sub), { withFileTypes: true }).flatMap((e) => {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) return walk(rel);
      return e.isFile() && e.name.endsWith(".tml") ? [rel] : [];
    });
  const files = walk("")
    .filter((name) => !pattern || pattern.test(basename(name)))
    .sort();
  if (!files.length) throw new EvalInputError(`no .tml files${pattern ? ` matching ${pattern.source}` : ""} in ${dir}`);
  return files.map((name) => {
    try {
      const doc = parseTimeML(readFileSync(join(root, name), "utf8"), basename(name, ".tml"));
      if (!doc.dct) throw new TimeMLError('no creation time (a TIMEX3 with functionInDocument="CREATION_TIME")');
      return doc;
    } catch (error) {
      if (error instanceof TimeMLError) throw new EvalInputError(`${name}: ${error.message}`);
      throw error;
    }
  });
}

/**
 * Dates on TimeML documents, each read against its creation time: relaxed and strict P/R/F1 for
 * DATE+TIME, value and type accuracy; with `errors`, every miss, false alarm, wrong value and type in context.
 */
export function timemlReport(docs: TimeMLDocument[], options: { label: string; errors?: boolean }): string[] {
  const lines: string[] = [];
  const score = emptyTimeMLScore();
  for (const doc of docs) {
    const predicted: PredictedTimex[] = recognizeDates(doc.text, doc.dct).map((m) => ({
      start: m.start,
      end: m.end,
      type: m.type,
      value: m.value,
    }));
    const found = addTimeMLDocument(score, doc.timexes, predicted);
    if (!options.errors) continue;
    const ctx = (s: number, e: number) =>
      `${doc.text.slice(Math.max(0, s - 50), s)}[[${doc.text.slice(s, e)}]]${doc.text.slice(e, e + 30)}`.replace(/\s+/g, " ");
    const at = `${doc.id} (DCT ${doc.dct})`;
    for (const g of found.misses) lines.push(`MISS   ${at} ${g.type} ${g.value}: ${ctx(g.start, g.end)}`);
    for (const p of found.falseAlarms) lines.push(`FALSE  ${at} ${p.type} ${p.value}: ${ctx(p.start, p.end)}`);
    for (const { gold, predicted: p } of found.wrongValues)
      lines.push(`VALUE  ${at} gold ${gold.value} ours ${p.value}: ${ctx(p.start, p.end)} (gold "${gold.text}")`);
    for (const { gold, predicted: p } of found.wrongTypes)
      lines.push(`TYPE   ${at} gold ${gold.type} ours ${p.type}: ${ctx(p.start, p.end)} (gold "${gold.text}")`);
  }
  const line = (name: string, s: PRF) =>
    `${name.padEnd(22)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}  (${s.correct}/${s.predicted} predicted, ${s.found}/${s.gold} gold)`;
  const gold = docs.reduce((n, d) => n + d.timexes.length, 0);
  lines.push(
    `${docs.length} TimeML documents, ${gold} timexes (${score.relaxed.gold} DATE/TIME) in ${options.label}`,
    "DATE+TIME              precision  recall  f1",
    line("relaxed (overlap)", score.relaxed),
    line("strict (exact span)", score.strict),
    line("all types, relaxed", score.allTypes),
    `value accuracy         ${pct(score.value.accuracy)}  (${score.value.correct}/${score.value.matched} matched DATE/TIME with the exact TIMEX3 value)`,
    `type accuracy          ${pct(score.type.accuracy)}  (${score.type.correct}/${score.type.matched} matched timexes of any type)`,
  );
  return lines;
}

/**
 * Saved web pages (NAME.html beside NAME.gold.json) through ingest and the pipeline: title,
 * text words and publication day, page by page and overall. Skipped and rejected pages go to `warn`.
 */
export function pagesReport(folder: string, warn: (message: string) => void): string[] {
  const { pages, missing } = readPageFolder(resolve(folder));
  for (const file of missing) warn(`${file} has no .gold.json sidecar; skipped`);
  if (!pages.length) throw new EvalInputError(`no page with a gold sidecar under ${folder}`);
  const model = loadActorModel();
  const cases: PageCase[] = pages.map(({ file, bytes, gold }) => {
    const decoded = decodeBytes(bytes, declaredCharset(bytes));
    const page = decoded.ok ? decoded.text : "";
    const parsed = parseArticle(file, bytes);
    if (isRejection(parsed)) {
      warn(`${file} rejected: ${parsed.reason}`);
      return { name: file, page, gold, predicted: { title: "", date: null, text: "" } };
    }
    const { article } = extractArticle(parsed.article, model);
    return {
      name: file,
      page,
      gold,
      predicted: {
        title: article.title,
        date: article.date,
        dateSource: article.dateSource,
        text: article.text,
        source: article.source,
        location: article.location ?? null,
      },
    };
  });
  const s = scorePages(cases);
  const lines = ["page                              title  recall  precision  day (predicted / gold, source)"];
  s.rows.forEach((r, i) => {
    const c = cases[i];
    const day = `${c.predicted.date ?? "null"} / ${c.gold.date ?? "null"} (${c.predicted.dateSource ?? "?"})${r.dateNotInPage ? " NOT IN PAGE" : ""}`;
    lines.push(
      `${r.name.padEnd(33)} ${(r.titleRight ? "ok" : "WRONG").padEnd(6)} ${pct(r.recall)}   ${pct(r.precision)}    ${r.dateRight ? "ok" : "WRONG"} ${day}`,
    );
    if (!r.titleRight) lines.push(`    title: ${JSON.stringify(c.predicted.title)} (gold ${JSON.stringify(c.gold.title)})`);
  });
  lines.push(
    "",
    `${s.pages} pages in ${relative(process.cwd(), resolve(folder)) || "."}`,
    `title right            ${s.titleRight}/${s.pages} (${pct(s.titleRight / s.pages)})`,
    `text word recall       ${pct(s.recall)} (page average ${pct(s.macroRecall)})`,
    `text word precision    ${pct(s.precision)} (page average ${pct(s.macroPrecision)})`,
    `publication day right  ${s.dateRight}/${s.pages} (${pct(s.dateRight / s.pages)})`,
    `article dates not in the page: ${s.datesNotInPage}`,
  );
  return lines;
}
