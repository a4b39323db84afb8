// The front page: a bounded summary of everything (its size does not grow with the folder).
import * as aq from "arquero";
import type { FigureRow, MentionRow } from "../extract/types.js";
import { tableOf, type Cite, type PageContext } from "./context.js";
import { conflictRows, eventViews, figureView, rankedActors, spreadOfValues } from "./rows.js";
import { articleHref } from "./routes.js";
import { clip } from "./text.js";

/** Reports shown per conflict on the front page (the figures page has them all). */
const BRIEFING_CONFLICT_REPORTS = 6;

/** Who is covered where: mention counts of the given actors per article (or per source when many). */
export function coverage(ctx: PageContext, actorIds: string[]) {
  const perArticle = ctx.primary.length <= 30;
  const rowKey = (id: string) => (perArticle ? id : ctx.articles.get(id)!.source ?? "(no source)");
  // rows: an article, or a source with its article count; the most covered first (in a tie, the
  // first in date order)
  const top = (
    tableOf(ctx.primary.map((a, i) => ({ id: a.id, key: rowKey(a.id), order: i })), ["id", "key", "order"])
      .groupby("key")
      .rollup({ articles: aq.op.count(), order: aq.op.min("order"), first: aq.op.any("id") })
      .orderby(aq.desc("articles"), "order")
      .slice(0, 25)
      .objects() as Array<{ key: string; articles: number; first: string }>
  ).map(({ key, articles, first }) => {
    const a = ctx.articles.get(first)!;
    return {
      key,
      label: perArticle ? `[${ctx.numbers.get(a.id)}] ${clip(a.source ?? a.title ?? a.file, 38)}` : key,
      href: perArticle ? articleHref(a.id) : null,
      articles,
    };
  });
  const wanted = new Set(actorIds);
  const shown = new Set(top.map((r) => r.key));
  const cells = tableOf(ctx.tables.mentions, ["actor", "article"])
    .filter(aq.escape((m: MentionRow) => wanted.has(m.actor) && !ctx.isDuplicate(m.article)))
    .derive({ row: aq.escape((m: MentionRow) => rowKey(m.article)) })
    .filter(aq.escape((c: { row: string }) => shown.has(c.row)))
    .groupby("row", "actor")
    .count()
    .objects() as Array<{ row: string; actor: string; count: number }>;
  return { by: perArticle ? "article" : "source", rows: top, actors: actorIds.map((id) => ctx.actorRef(id)), cells };
}

export function briefingPage(ctx: PageContext) {
  const tables = ctx.tables;
  const dates = ctx.primary.map((a) => a.date).filter((d): d is string => Boolean(d)).sort();
  const actors = rankedActors(ctx);
  const happened = [...tables.central]
    .sort((a, b) => (ctx.numbers.get(a.article) ?? 0) - (ctx.numbers.get(b.article) ?? 0) || a.start - b.start)
    .map((c) => ({ text: clip(c.text, 400), ...ctx.cite(c.article, c.start) }));
  const conflicts = conflictRows(ctx)
    .slice(0, 8)
    .map((c) => ({
      subject: c.subject,
      reportCount: c.figures.length,
      reports: spreadOfValues(c.figures, BRIEFING_CONFLICT_REPORTS).map((f) => figureView(ctx, f)),
    }));
  // the most reported kinds of figure outside the conflicts, with their three largest reports
  const inConflict = new Set(conflicts.flatMap((c) => c.reports.map((r) => r.id)));
  const byUnit = tableOf(tables.figures, ["id", "article", "value", "unit"])
    .derive({ row: () => aq.op.row_number() })
    .filter(aq.escape((f: FigureRow) => !inConflict.has(f.id) && f.value >= 2 && !ctx.isDuplicate(f.article)))
    .groupby("unit");
  const units = byUnit
    .rollup({ count: aq.op.count(), first: aq.op.min("row") })
    .orderby(aq.desc("count"), "first")
    .slice(0, 6)
    .objects() as Array<{ unit: string; count: number }>;
  const rowsOfUnit = byUnit.orderby(aq.desc("value"), "row").objects({ grouped: "map" }) as unknown as Map<string, Array<{ row: number }>>;
  const figures = units.map(({ unit, count }) => ({
    unit,
    count,
    reports: rowsOfUnit.get(unit)!.slice(0, 3).map((r) => figureView(ctx, tables.figures[r.row - 1])),
  }));
  const sources = new Set(ctx.primary.map((a) => a.source ?? `article:${a.id}`));
  const cited = new Map<string, Cite>();
  const citedIds = [...happened.map((h) => h.id), ...conflicts.flatMap((c) => c.reports.map((r) => r.article)), ...figures.flatMap((f) => f.reports.map((r) => r.article))];
  for (const id of citedIds) if (!cited.has(id)) cited.set(id, ctx.cite(id));
  const ofType = (type: string) => tables.actors.filter((a) => a.type === type).length;
  return {
    counts: {
      files: tables.articles.length + tables.rejected.length,
      articles: ctx.primary.length,
      duplicates: tables.articles.length - ctx.primary.length,
      rejected: tables.rejected.length,
      warnings: tables.warnings?.length ?? 0,
      sources: sources.size,
      named: ctx.primary.filter((a) => a.source).length,
      actors: tables.actors.length,
      people: ofType("person"),
      organizations: ofType("organization"),
      places: ofType("place"),
      events: tables.events.length,
      figures: tables.figures.length,
      quotes: tables.quotes.length,
      conflicts: tables.conflicts.length,
      undated: ctx.primary.filter((a) => !a.date).length,
    },
    dateRange: dates.length ? [dates[0], dates[dates.length - 1]] : null,
    happened,
    actors: actors.slice(0, 10),
    conflicts,
    figures,
    events: eventViews(ctx, 300, 160),
    coverage: coverage(ctx, actors.slice(0, 12).map((a) => a.id)),
    references: [...cited.values()].sort((a, b) => a.n - b.n),
  };
}
