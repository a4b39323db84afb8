// "Since the last build": what one build's tables add, remove or change against the previous
// build's. Pure: summaries in, a plain change list out.
import type { Tables } from "../extract/types.js";

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
  removedArticles: Array<{ id: string; title: string; file: string }>;
  newActors: Array<{ id: string; name: string; type: string }>;
  removedActors: Array<{ id: string; name: string }>;
  newDates: string[];
  changedFigures: Array<{ article: string; unit: string; before: number | null; after: number | null; text: string }>;
}

export function summarize(tables: Tables, builtAt: string): BuildSummary {
  const mentions = new Map<string, number>();
  for (const m of tables.mentions) mentions.set(m.actor, (mentions.get(m.actor) ?? 0) + 1);
  return {
    builtAt,
    articles: Object.fromEntries(tables.articles.map((a) => [a.id, { title: a.title, file: a.file }])),
    actors: Object.fromEntries(tables.actors.map((a) => [a.id, { name: a.name, type: a.type, mentions: mentions.get(a.id) ?? 0 }])),
    dates: [...new Set(tables.dates.map((d) => d.value).filter((v): v is string => !!v))].sort(),
    figures: Object.fromEntries(
      tables.figures.map((f) => [`${f.article}|${f.unit.toLowerCase()}|${f.text.replace(/[\d.,]+/g, "#")}`, { article: f.article, text: f.text, value: f.value, unit: f.unit }]),
    ),
  };
}

export function diffBuilds(previous: BuildSummary | null, current: BuildSummary): BuildChanges {
  if (!previous) {
    return { since: null, newArticles: [], removedArticles: [], newActors: [], removedActors: [], newDates: [], changedFigures: [] };
  }
  const added = <T>(now: Record<string, T>, before: Record<string, T>) => Object.keys(now).filter((k) => !(k in before));
  const previousDates = new Set(previous.dates);
  const changedFigures: BuildChanges["changedFigures"] = [];
  for (const [key, f] of Object.entries(current.figures)) {
    const before = previous.figures[key];
    // a figure of an article that existed before whose value is new or different
    if (!(f.article in previous.articles)) continue;
    if (!before || before.value !== f.value) changedFigures.push({ article: f.article, unit: f.unit, before: before?.value ?? null, after: f.value, text: f.text });
  }
  for (const [key, f] of Object.entries(previous.figures)) {
    if (!(key in current.figures) && f.article in current.articles) changedFigures.push({ article: f.article, unit: f.unit, before: f.value, after: null, text: f.text });
  }
  return {
    since: previous.builtAt,
    newArticles: added(current.articles, previous.articles).map((id) => ({ id, ...current.articles[id] })),
    removedArticles: added(previous.articles, current.articles).map((id) => ({ id, ...previous.articles[id] })),
    newActors: added(current.actors, previous.actors).map((id) => ({ id, name: current.actors[id].name, type: current.actors[id].type })),
    removedActors: added(previous.actors, current.actors).map((id) => ({ id, name: previous.actors[id].name })),
    newDates: current.dates.filter((d) => !previousDates.has(d)),
    changedFigures,
  };
}
