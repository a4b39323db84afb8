// `npm run eval -- --coref FOLDER`: the engine over a MEANTIME-format folder (meantime.conll),
// every article through the pipeline and the folder's actors resolved across articles, scored by
// corefScore.ts, then the same over name mentions of entities named in several texts
// (corefScore.ts namedInSeveralTexts, the issue's wording), then over the found mentions one of ours
// covers as written (how much of the loss is extent, not joining). With `errors`, the gold entities split over several actors and the actors that
// join several entities, largest first.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../extract/types.js";
import { loadActorModel } from "../extract/recognize/actors/index.js";
import { extractArticle } from "../extract/pipeline.js";
import { buildTables } from "../extract/tables.js";
import { CorefFormatError, parseMeantime, type CorefDocument } from "./meantime.js";
import { matchMentions, namedInSeveralTexts, scoreCoref, type BCubed, type ScoredMention } from "./corefScore.js";

export class CorefInputError extends Error {}

const pct = (x: number) => x.toFixed(3);

export function readCorefFolder(folder: string): CorefDocument[] {
  const file = existsSync(folder) && statSync(folder).isDirectory() ? join(folder, "meantime.conll") : folder;
  if (!existsSync(file)) throw new CorefInputError(`${file} not found (give a folder holding meantime.conll, or the file)`);
  try {
    return parseMeantime(readFileSync(file, "utf8"), file);
  } catch (error) {
    if (error instanceof CorefFormatError) throw new CorefInputError(error.message);
    throw error;
  }
}

function asArticle(doc: CorefDocument): Article {
  return {
    id: doc.id.replace(/[^A-Za-z0-9]+/g, "-"),
    file: `${doc.id}.txt`,
    title: doc.title,
    date: doc.date,
    dateSource: doc.date ? "header" : "none",
    source: null,
    text: doc.text,
    boilerplate: [],
    hash: doc.id,
  };
}

/** Every gold mention that counts, with the actor the engine gave it (null when no mention of ours overlaps it). */
export function corefPredictions(docs: CorefDocument[]): { scored: ScoredMention[]; typeOf: Map<string, string> } {
  const model = loadActorModel();
  const tables = buildTables(docs.map((d) => extractArticle(asArticle(d), model)));
  const idOfFile = new Map(tables.articles.map((a) => [a.file, a.id]));
  const byArticle = new Map<string, Array<{ start: number; end: number; actor: string }>>();
  for (const m of tables.mentions) (byArticle.get(m.article) ?? byArticle.set(m.article, []).get(m.article)!).push(m);
  const scored = docs.flatMap((d) => matchMentions(d, byArticle.get(idOfFile.get(`${d.id}.txt`) ?? "") ?? []));
  return { scored, typeOf: new Map(tables.actors.map((a) => [a.id, a.type])) };
}

export function corefReport(folder: string, options: { errors?: boolean } = {}): string[] {
  const docs = readCorefFolder(folder);
  const { scored, typeOf } = corefPredictions(docs);
  const s = scoreCoref(scored);
  const CLASS_TYPE: Record<string, string> = { PER: "person", ORG: "organization", LOC: "place" };
  const found = scored.filter((m) => m.actor !== null);
  const agree = found.filter((m) => typeOf.get(m.actor!) === CLASS_TYPE[m.gold.entityClass]).length;
  const line = (name: string, b: BCubed) =>
    `${name.padEnd(26)} ${pct(b.precision).padStart(9)}  ${pct(b.recall).padStart(6)}  ${pct(b.f1)}  (${b.mentions} mentions)`;
  const lines = [
    `${docs.length} articles in ${new Set(docs.map((d) => d.topic)).size} topics in ${folder}`,
    `mention recall             ${pct(s.recall)}  (${s.found}/${s.goldMentions} gold PER/ORG/LOC name mentions overlapped)`,
    "B-cubed of actors          precision  recall  f1",
    line("within topics", s.withinTopics),
    ...s.byTopic.map((t) => line(`  ${t.topic}`, t.score)),
    line("whole folder", s.folder),
    `actor types agree          ${pct(found.length ? agree / found.length : 0)}  (${agree}/${found.length} found mentions, the actor's type against the entity's class)`,
    `wrong joins across topics  ${s.actorsAcrossTopics.length} actors (${s.joinsAcrossTopics} mentions)${s.actorsAcrossTopics.length ? `: ${s.actorsAcrossTopics.slice(0, 12).join(", ")}` : ""}`,
  ];
  const named = namedInSeveralTexts(scored);
  const n = scoreCoref(named);
  const namedFound = named.filter((m) => m.actor !== null);
  const namedAgree = namedFound.filter((m) => typeOf.get(m.actor!) === CLASS_TYPE[m.gold.entityClass]).length;
  lines.push(
    "",
    'second view: name mentions only (no descriptions such as "Apple CEO"), of entities named in two texts or more',
    `mention recall             ${pct(n.recall)}  (${n.found}/${n.goldMentions} gold name mentions overlapped)`,
    line("within topics", n.withinTopics),
    ...n.byTopic.map((t) => line(`  ${t.topic}`, t.score)),
    line("whole folder", n.folder),
    `actor types agree          ${pct(namedFound.length ? namedAgree / namedFound.length : 0)}  (${namedAgree}/${namedFound.length} found name mentions)`,
    `wrong joins across topics  ${n.actorsAcrossTopics.length} actors (${n.joinsAcrossTopics} mentions)${n.actorsAcrossTopics.length ? `: ${n.actorsAcrossTopics.slice(0, 12).join(", ")}` : ""}`,
  );
  const exact = scored.filter((m) => m.sameExtent);
  const e = scoreCoref(exact);
  lines.push(
    "",
    'third view: found mentions one of ours covers as written (the rest overlap ours only in part: descriptions such as "US automaker", appositions, our longer or shorter spans)',
    `found with the gold extent ${pct(found.length ? exact.length / found.length : 0)}  (${exact.length}/${found.length} found mentions)`,
    line("within topics", e.withinTopics),
    line("whole folder", e.folder),
  );
  if (options.errors) lines.push("", ...corefErrors(scored));
  return lines;
}

function corefErrors(scored: ScoredMention[]): string[] {
  const found = scored.filter((m) => m.actor !== null);
  const group = (key: (m: ScoredMention) => string, other: (m: ScoredMention) => string) => {
    const out = new Map<string, Map<string, string[]>>();
    for (const m of found) {
      const inner = out.get(key(m)) ?? out.set(key(m), new Map()).get(key(m))!;
      (inner.get(other(m)) ?? inner.set(other(m), []).get(other(m))!).push(m.gold.text);
    }
    return [...out.entries()].filter(([, inner]) => inner.size > 1).sort((a, b) => sizeOf(b[1]) - sizeOf(a[1]));
  };
  const sizeOf = (inner: Map<string, string[]>) => [...inner.values()].reduce((n, l) => n + l.length, 0);
  const summary = (inner: Map<string, string[]>) =>
    [...inner.entries()].map(([k, texts]) => `${k} {${[...new Set(texts)].slice(0, 4).join(" | ")}}×${texts.length}`).join("  ");
  const lines = ["SPLIT: a gold entity over several actors"];
  for (const [entity, inner] of group(
    (m) => m.gold.entity,
    (m) => m.actor!,
  ))
    lines.push(`SPLIT ${entity}: ${summary(inner)}`);
  lines.push("", "JOIN: an actor over several gold entities");
  for (const [actor, inner] of group(
    (m) => m.actor!,
    (m) => m.gold.entity,
  ))
    lines.push(`JOIN  ${actor}: ${summary(inner)}`);
  lines.push("", "MISS: gold mentions no mention of ours overlaps");
  for (const m of scored.filter((x) => x.actor === null)) lines.push(`MISS  ${m.doc} ${m.gold.entityClass} ${JSON.stringify(m.gold.text)}`);
  return lines;
}
