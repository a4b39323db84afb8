// Rows several pages show: an actor's summary, a figure with its citation, a dated event, an
// article's head, the conflicts between sources. Pure: context and table rows in, JSON rows out.
import * as aq from "arquero";
import type { ActorRow, ArticleRow, EventRow, FigureRow, MentionRow } from "../extract/types.js";
import { tableOf, type PageContext } from "./context.js";
import { actorHref, slug } from "./routes.js";
import { clip } from "./text.js";

export function actorSummary(ctx: PageContext, a: ActorRow, mentions: number) {
  return {
    id: a.id,
    slug: slug(a.id),
    name: a.name,
    type: a.type,
    href: actorHref(a.id),
    aliases: a.aliases,
    roles: a.roles ?? [],
    articleCount: a.articles.filter((id) => !ctx.isDuplicate(id)).length,
    mentions: a.mentionCount ?? mentions,
  };
}
export type ActorSummary = ReturnType<typeof actorSummary>;

/** Mentions per actor. */
export function mentionCounts(mentions: readonly MentionRow[]): Map<string, number> {
  const counts = tableOf(mentions, ["actor"]).groupby("actor").count({ as: "mentions" });
  const ids = counts.array("actor") as string[];
  const n = counts.array("mentions") as number[];
  return new Map(ids.map((id, i) => [id, n[i]]));
}

/** Every actor's summary, the most widely covered first (articles, then mentions, then name). */
export function rankedActors(ctx: PageContext): ActorSummary[] {
  const counts = mentionCounts(ctx.tables.mentions);
  return ctx.tables.actors
    .map((a) => actorSummary(ctx, a, counts.get(a.id) ?? 0))
    .sort((a, b) => b.articleCount - a.articleCount || b.mentions - a.mentions || a.name.localeCompare(b.name));
}

export function figureView(ctx: PageContext, f: FigureRow) {
  const cite = ctx.cite(f.article, f.start);
  const sentence = f.sentence ?? ctx.sentenceAt(f.article, f.start)?.text ?? f.text;
  return {
    id: f.id,
    text: f.text,
    value: f.value,
    unit: f.unit,
    approximate: f.approximate,
    bound: f.bound ?? null,
    article: f.article,
    n: cite.n,
    source: cite.source ?? cite.title,
    date: cite.date,
    href: cite.href,
    sentence: clip(sentence, 320),
    actors: (f.actors ?? []).map((id) => ctx.actorRef(id)),
  };
}

/** The conflicts with more than one known figure, each with its figures in the conflict's order. */
export function conflictRows(ctx: PageContext) {
  const byId = new Map(ctx.tables.figures.map((f) => [f.id, f]));
  return ctx.tables.conflicts
    .map((c) => ({ subject: c.subject, figures: c.figures.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])) }))
    .filter((c) => c.figures.length > 1);
}

/**
 * At most `limit` of a conflict's figures, in their order, spanning its values: the first figure
 * of each of up to `limit` distinct values (lowest, highest, and evenly between), then more figures
 * in order if that leaves room.
 */
export function spreadOfValues(figures: readonly FigureRow[], limit: number): FigureRow[] {
  if (figures.length <= limit) return [...figures];
  const firstOfValue = new Map<number, FigureRow>();
  for (const f of figures) if (!firstOfValue.has(f.value)) firstOfValue.set(f.value, f);
  const values = [...firstOfValue.keys()].sort((a, b) => a - b);
  const chosen = new Set<FigureRow>();
  if (values.length <= limit) for (const v of values) chosen.add(firstOfValue.get(v)!);
  else
    for (let i = 0; i < limit; i++)
      chosen.add(firstOfValue.get(values[Math.round((i * (values.length - 1)) / (limit - 1))])!);
  for (const f of figures) {
    if (chosen.size >= limit) break;
    chosen.add(f);
  }
  return figures.filter((f) => chosen.has(f));
}

const DATED = /^\d{4}(-\d{2}){0,2}$/;

/** The first `limit` dated events of articles that are not duplicates, by date, each with its citation. */
export function eventViews(ctx: PageContext, limit: number, textMax: number) {
  return (
    tableOf(ctx.tables.events, ["article", "date", "text", "actors", "start", "end", "relative", "inferred"])
      .derive({ row: () => aq.op.row_number() })
      .filter(aq.escape((e: EventRow) => !!e.date && DATED.test(e.date) && !ctx.isDuplicate(e.article)))
      .derive({ at: (e: EventRow) => e.start ?? 0 })
      .orderby("date", "at", "row")
      .slice(0, limit)
      .objects() as EventRow[]
  ).map((e) => {
    const date = e.date!;
    const cite = ctx.cite(e.article, e.start);
    return {
      date,
      day: date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date,
      granularity: date.length === 4 ? "year" : date.length === 7 ? "month" : "day",
      text: clip(e.text, textMax),
      article: e.article,
      n: cite.n,
      source: cite.source ?? cite.title,
      href: cite.href,
      relative: Boolean(e.relative),
      inferred: Boolean(e.inferred),
      actors: e.actors.map((id) => ctx.actorRef(id)),
    };
  });
}

/** Each article's actors, the most mentioned first (in a tie, the first named first). */
export function actorsByArticle(mentions: readonly MentionRow[]): Map<string, string[]> {
  const counts = tableOf(mentions, ["article", "actor", "start"])
    .derive({ row: () => aq.op.row_number() })
    .orderby("start", "row")
    .derive({ at: () => aq.op.row_number() })
    .groupby("article", "actor")
    .rollup({ count: aq.op.count(), first: aq.op.min("at") })
    .orderby(aq.desc("count"), "first")
    .groupby("article")
    .objects({ grouped: "map" }) as unknown as Map<string, Array<{ actor: string }>>;
  return new Map([...counts].map(([article, rows]) => [article, rows.map((r) => r.actor)]));
}

/**
 * One article's row on the sources page (also the head of its own page). `actors`: its actors, the
 * most mentioned first (see actorsByArticle).
 */
export function articleRow(ctx: PageContext, a: ArticleRow, top: readonly string[], duplicates: readonly ArticleRow[]) {
  const cleanLength = a.text.length - a.boilerplate.reduce((s, [x, y]) => s + (y - x), 0);
  return {
    ...ctx.cite(a.id),
    file: a.file,
    dateSource: a.dateSource,
    length: cleanLength,
    words: a.text.split(/\s+/).length,
    actorCount: top.length,
    actors: top.slice(0, 6).map((id) => ctx.actorRef(id)),
    duplicateOf: a.duplicateOf ? ctx.cite(a.duplicateOf) : null,
    duplicates: duplicates.map((d) => ctx.cite(d.id)),
  };
}
