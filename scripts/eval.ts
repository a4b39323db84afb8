// `npm run eval -- FOLDER`: precision, recall and F1 of actors, dates and figures on a labelled
// folder in the re3d format (documents.json + entities.json), scored by span overlap.
// `npm run eval -- --timeml FOLDER [--match REGEX] [--errors]`: the date recognizer on TimeML
// (.tml) files, in the folder and its sub-folders, each read against its creation time (DCT): relaxed and strict P/R/F1 for DATE+TIME,
// value and type accuracy (see src/evaluate/timemlScore.ts). `--match` keeps the files whose name
// matches REGEX; `--errors` lists misses, false alarms, wrong values and wrong types in context.
// `npm run eval -- --html FOLDER`: saved web pages against gold sidecars (scripts/evalPages.ts).
import { resolve, join, basename } from "node:path";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { readRe3d } from "../src/evaluate/re3d.js";
import { scoreCorpus, type Kind } from "../src/evaluate/score.js";
import { predictSpans } from "../src/evaluate/predict.js";
import { parseTimeML, TimeMLError, type TimeMLDocument } from "../src/evaluate/timeml.js";
import { addTimeMLDocument, emptyTimeMLScore, type PredictedTimex, type PRF } from "../src/evaluate/timemlScore.js";
import { loadActorModel } from "../src/extract/recognize/actors/index.js";
import { recognizeDates } from "../src/extract/recognize/dates/index.js";

const USAGE = "usage: npm run eval -- FOLDER   (a re3d-format folder, e.g. data/corpora/re3d-dev)\n       npm run eval -- --timeml FOLDER [--match REGEX] [--errors]   (TimeML .tml files)\n       npm run eval -- --html FOLDER   (saved web pages with gold sidecars)\n";
const fail = (message: string): never => {
  process.stderr.write(`eval: ${message}\n${USAGE}`);
  process.exit(2);
};
let parsed: { values: { timeml?: boolean; html?: boolean; match?: string; errors?: boolean }; positionals: string[] };
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { timeml: { type: "boolean" }, html: { type: "boolean" }, match: { type: "string" }, errors: { type: "boolean" } },
  });
} catch (error) {
  fail((error as Error).message);
}
const { timeml, html, match, errors } = parsed!.values;
if (parsed!.positionals.length !== 1) fail("give one folder");
const folder = parsed!.positionals[0];
if (timeml && html) fail("--timeml and --html are different corpora: give one");
if (!timeml && (match !== undefined || errors)) fail("--match and --errors go with --timeml");
if (html) {
  const { runPageEval } = await import("./evalPages.js");
  process.exit(runPageEval(folder));
}

const pct = (x: number) => x.toFixed(3);

function evalRe3d(dir: string): void {
  const docs = readRe3d(resolve(dir));
  if (!docs.length) fail(`no documents.json found under ${dir}`);
  const model = loadActorModel();
  const scores = scoreCorpus(docs, (doc) => predictSpans(model, doc));
  console.log(`${docs.length} documents from ${new Set(docs.map((d) => d.source)).size} sources in ${dir}`);
  console.log("kind      precision  recall  f1     (predicted, gold)");
  for (const kind of Object.keys(scores) as Kind[]) {
    const s = scores[kind];
    console.log(`${kind.padEnd(9)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}  (${s.predicted}, ${s.goldCounted})`);
  }
}

function readTimeMLFolder(dir: string, pattern: RegExp | null): TimeMLDocument[] {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) fail(`${dir} is not a folder`);
  // .tml files in the folder and its sub-folders, by path relative to it
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) return walk(rel);
      return e.isFile() && e.name.endsWith(".tml") ? [rel] : [];
    });
  const files = walk("")
    .filter((name) => !pattern || pattern.test(basename(name)))
    .sort();
  if (!files.length) fail(`no .tml files${pattern ? ` matching ${pattern.source}` : ""} in ${dir}`);
  return files.map((name) => {
    try {
      const doc = parseTimeML(readFileSync(join(root, name), "utf8"), basename(name, ".tml"));
      if (!doc.dct) throw new TimeMLError("no creation time (a TIMEX3 with functionInDocument=\"CREATION_TIME\")");
      return doc;
    } catch (error) {
      if (error instanceof TimeMLError) return fail(`${name}: ${error.message}`);
      throw error;
    }
  });
}

function evalTimeML(dir: string): void {
  let pattern: RegExp | null = null;
  if (match) {
    try {
      pattern = new RegExp(match);
    } catch {
      fail(`--match ${match} is not a regular expression`);
    }
  }
  const docs = readTimeMLFolder(dir, pattern);
  const score = emptyTimeMLScore();
  const showErrors = Boolean(errors);
  for (const doc of docs) {
    const predicted: PredictedTimex[] = recognizeDates(doc.text, doc.dct).map((m) => ({ start: m.start, end: m.end, type: m.type, value: m.value }));
    const errors = addTimeMLDocument(score, doc.timexes, predicted);
    if (!showErrors) continue;
    const ctx = (s: number, e: number) => `${doc.text.slice(Math.max(0, s - 50), s)}[[${doc.text.slice(s, e)}]]${doc.text.slice(e, e + 30)}`.replace(/\s+/g, " ");
    const at = `${doc.id} (DCT ${doc.dct})`;
    for (const g of errors.misses) console.log(`MISS   ${at} ${g.type} ${g.value}: ${ctx(g.start, g.end)}`);
    for (const p of errors.falseAlarms) console.log(`FALSE  ${at} ${p.type} ${p.value}: ${ctx(p.start, p.end)}`);
    for (const { gold, predicted: p } of errors.wrongValues) console.log(`VALUE  ${at} gold ${gold.value} ours ${p.value}: ${ctx(p.start, p.end)} (gold "${gold.text}")`);
    for (const { gold, predicted: p } of errors.wrongTypes) console.log(`TYPE   ${at} gold ${gold.type} ours ${p.type}: ${ctx(p.start, p.end)} (gold "${gold.text}")`);
  }
  const line = (name: string, s: PRF) =>
    console.log(`${name.padEnd(22)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}  (${s.correct}/${s.predicted} predicted, ${s.found}/${s.gold} gold)`);
  const gold = docs.reduce((n, d) => n + d.timexes.length, 0);
  console.log(`${docs.length} TimeML documents, ${gold} timexes (${score.relaxed.gold} DATE/TIME) in ${dir}${pattern ? ` matching ${pattern.source}` : ""}`);
  console.log("DATE+TIME              precision  recall  f1");
  line("relaxed (overlap)", score.relaxed);
  line("strict (exact span)", score.strict);
  line("all types, relaxed", score.allTypes);
  console.log(`value accuracy         ${pct(score.value.accuracy)}  (${score.value.correct}/${score.value.matched} matched DATE/TIME with the exact TIMEX3 value)`);
  console.log(`type accuracy          ${pct(score.type.accuracy)}  (${score.type.correct}/${score.type.matched} matched timexes of any type)`);
}

if (timeml) evalTimeML(folder);
else evalRe3d(folder);
