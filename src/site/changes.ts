// "Since the last build": what one build's tables add, remove or change against the previous
// build's. Pure: summaries in, a plain change list out.
import type { Tables } from "../extract/types.js";
import { mentionCounts } from "../pagedata/views.js";

export interface BuildSummary {
  builtAt: string;
  articles: Map<string, { title: string; file: string }>;
  actors: Map<string, { name: string; type: string; mentions: number }>;
  dates: string[];
  /** figure key (article + unit + sentence start) → value */
  figures: Map<string, { article: string; text: string; value: number; unit: string }>;
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
    articles: new Map(tables.articles.map((a) => [a.id, { title: a.title, file: a.file }])),
    actors: new Map(tables.actors.map((a) => [a.id, { name: a.name, type: a.type, mentions: mentions.get(a.id) ?? 0 }])),
    dates: [...new Set(tables.dates.map((d) => d.value).filter((v): v is string => !!v))].sort(),
    figures: new Map(
      tables.figures.map((f) => [
        `${f.article}|${f.unit.toLowerCase()}|${f.text.replace(/[\d.,]+/g, "#")}`,
        { article: f.article, text: f.text, value: f.value, unit: f.unit },
      ]),
    ),
  };
}

/**
 * A summary as kept between builds: each map as an array of its entries (JSON.parse reads arrays far
 * quicker than objects of a hundred thousand keys).
 */
export function summaryJson(summary: BuildSummary, extra: Record<string, string>): string {
  const { builtAt, articles, actors, dates, figures } = summary;
  return JSON.stringify({ ...extra, builtAt, articles: [...articles], actors: [...actors], dates, figures: [...figures] });
}

/** A kept summary (summaryJson's, or an object of each map as an earlier build kept it), with its other fields. */
export function summaryFrom<T extends object>(kept: T & Record<keyof BuildSummary, unknown>): Omit<T, keyof BuildSummary> & BuildSummary {
  const mapOf = <V>(value: unknown) =>
    new Map<string, V>(Array.isArray(value) ? (value as Array<[string, V]>) : Object.entries(value ?? {}));
  return {
    ...kept,
    builtAt: kept.builtAt as string,
    articles: mapOf(kept.articles),
    actors: mapOf(kept.actors),
    dates: kept.dates as string[],
    figures: mapOf(kept.figures),
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
  const added = <T>(now: Map<string, T>, before: Map<string, unknown>) => [...now.keys()].filter((k) => !before.has(k));
  const previousDates = new Set(previous.dates);
  const changedFigures: BuildChanges["changedFigures"] = [];
  for (const [key, f] of current.figures) {
    const before = previous.figures.get(key);
    // a figure of an article that existed before whose value is new or different
    if (!previous.articles.has(f.article)) continue;
    if (!before || before.value !== f.value)
      changedFigures.push({ article: f.article, unit: f.unit, before: before?.value ?? null, after: f.value, text: f.text });
  }
  for (const [key, f] of previous.figures) {
    if (!current.figures.has(key) && current.articles.has(f.article))
      changedFigures.push({ article: f.article, unit: f.unit, before: f.value, after: null, text: f.text });
  }
  return {
    since: previous.builtAt,
    newArticles: added(current.articles, previous.articles).map((id) => ({ id, ...current.articles.get(id)! })),
    removedArticles: added(previous.articles, current.articles).map((id) => ({ id, file: previous.articles.get(id)!.file })),
    newActors: added(current.actors, previous.actors).map((id) => ({
      id,
      name: current.actors.get(id)!.name,
      type: current.actors.get(id)!.type,
    })),
    removedActors: added(previous.actors, current.actors).length,
    newDates: current.dates.filter((d) => !previousDates.has(d)),
    changedFigures,
  };
}
