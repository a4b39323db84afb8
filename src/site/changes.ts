// "Since the last build": what one build's tables add, remove or change against the previous
// build's. Pure: summaries in, a plain change list out.
import type { Tables } from "../extract/types.js";
import { mentionCounts } from "../pagedata/views.js";

export interface BuildSummary {
  builtAt: string;
  articles: Record<string, { title: string; file: string }>;
  actors: Record<string, { name: string; type: string; mentions: number }>;
  dates: string[];
  /** figure key (article + unit + sentence start) → value */
  figures: Record<string, { article: string; text: string; value: number; unit: string }>;
}

export interface BuildChanges {
  since: string | null;
  newArticles: Array<{ id: string; title: string; file: string }>;
  /** By file only: nothing of a deleted article's text is published (its title comes from its text). */
  removedArticles: Array<{ id: string; file: string }>;
  newActors: Array<{ id: string; name: string; type: string }>;
  /** How many actors are gone (their names would be text of the deleted articles). */
  removedActors: number;
  newDates: string[];
  changedFigures: Array<{ article: string; unit: string; before: number | null; after: number | null; text: string }>;
}

export function summarize(tables: Tables, builtAt: string): BuildSummary {
  const mentions = mentionCounts(tables.mentions);
  return {
    builtAt,
    articles: Object.fromEntries(tables.articles.map((a) => [a.id, { title: a.title, file: a.file }])),
    actors: Object.fromEntries(tables.actors.map((a) => [a.id, { name: a.name, type: a.type, mentions: mentions.get(a.id) ?? 0 }])),
    dates: [...new Set(tables.dates.map((d) => d.value).filter((v): v is string => !!v))].sort(),
    figures: Object.fromEntries(
      tables.figures.map((f) => [
        `${f.article}|${f.unit.toLowerCase()}|${f.text.replace(/[\d.,]+/g, "#")}`,
        { article: f.article, text: f.text, value: f.value, unit: f.unit },
      ]),
    ),
  };
}

export const NO_CHANGES: BuildChanges = {
  since: null,
  newArticles: [],
  removedArticles: [],
  newActors: [],
  removedActors: 0,
  newDates: [],
  changedFigures: [],
};

export function diffBuilds(previous: BuildSummary | null, current: BuildSummary): BuildChanges {
  if (!previous) return NO_CHANGES;
  const added = <T>(now: Record<string, T>, before: Record<string, T>) => Object.keys(now).filter((k) => !(k in before));
  const previousDates = new Set(previous.dates);
  const changedFigures: BuildChanges["changedFigures"] = [];
  for (const [key, f] of Object.entries(current.figures)) {
    const before = previous.figures[key];
    // a figure of an article that existed before whose value is new or different
    if (!(f.article in previous.articles)) continue;
    if (!before || before.value !== f.value)
      changedFigures.push({ article: f.article, unit: f.unit, before: before?.value ?? null, after: f.value, text: f.text });
  }
  for (const [key, f] of Object.entries(previous.figures)) {
    if (!(key in current.figures) && f.article in current.articles)
      changedFigures.push({ article: f.article, unit: f.unit, before: f.value, after: null, text: f.text });
  }
  return {
    since: previous.builtAt,
    newArticles: added(current.articles, previous.articles).map((id) => ({ id, ...current.articles[id] })),
    removedArticles: added(previous.articles, current.articles).map((id) => ({ id, file: previous.articles[id].file })),
    newActors: added(current.actors, previous.actors).map((id) => ({ id, name: current.actors[id].name, type: current.actors[id].type })),
    removedActors: added(previous.actors, current.actors).length,
    newDates: current.dates.filter((d) => !previousDates.has(d)),
    changedFigures,
  };
}
