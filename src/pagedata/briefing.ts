// The front page: a bounded summary of everything (its size does not grow with the folder).
import * as aq from "arquero";
import { NO_SOURCE, outletOf, tableOf, type Cite, type PageContext } from "./context.js";
import {
  conflictRows,
  datedEvents,
  dayOf,
  denseRange,
  eventView,
  figureView,
  inRange,
  onePerSourceAndValue,
  rankedActors,
  spreadOfValues,
} from "./views.js";
import { figureGroups } from "./figureGroups.js";
import { storySections } from "./stories.js";
import { articleHref } from "./routes.js";
import { clip } from "./text.js";

/** Reports shown per conflict on the front page (the figures page has them all). */
const BRIEFING_CONFLICT_REPORTS = 6;
/** Key figure groups on the front page, and reports shown per group. */
const KEY_FIGURE_GROUPS = 6;
const KEY_FIGURE_REPORTS = 4;
/** Events on the front page's timeline, and outliers listed beside it. */
const BRIEFING_EVENTS = 300;
const BRIEFING_OUTLIERS = 12;

/** Who is covered where: mention counts of the given actors per article (or per source when many). */
export function coverage(ctx: PageContext, actorIds: string[]) {
  const perArticle = ctx.primary.length <= 30;
  const keys = new Map<string, string>();
  const keyOf = (id: string) => (perArticle ? id : (outletOf(ctx.articles.get(id)!) ?? NO_SOURCE));
  const rowKey = (id: string) => {
    let key = keys.get(id);
    if (key === undefined) keys.set(id, (key = keyOf(id)));
    return key;
  };
  // rows: an article, or a source with its article count; the most covered first (in a tie, the
  // first in date order)
  const top = (
    tableOf(
      ctx.primary.map((a, i) => ({ id: a.id, key: rowKey(a.id), order: i })),
      ["id", "key", "order"],
    )
      .groupby("key")
      .rollup({ articles: aq.op.count(), order: aq.op.min("order"), first: aq.op.any("id") })
      .orderby(aq.desc("articles"), "order")
      .slice(0, 25)
      .objects() as Array<{ key: string; articles: number; first: string }>
  ).map(({ key, articles, first }) => {
    const a = ctx.articles.get(first)!;
    return {
      key,
      // per article, the page puts its number before the label: `[n] label`
      label: perArticle ? clip(outletOf(a) ?? a.title ?? a.file, 38) : key,
      cite: perArticle ? a.id : null,
      href: perArticle ? articleHref(a.id) : null,
      articles,
    };
  });
  const wanted = new Set(actorIds);
  const shown = new Set(top.map((r) => r.key));
  // mentions per row and actor, in the order the pairs first appear; an article's row looked up
  // once per run of its mentions (`byActor`: that row's cells, by actor; null: not shown)
  const cells: Array<{ row: string; actor: string; count: number }> = [];
  const cellsOf = new Map<string, Map<string, { row: string; actor: string; count: number }>>();
  let article: string | undefined;
  let row = "";
  let byActor: Map<string, { row: string; actor: string; count: number }> | null = null;
  for (const m of ctx.tables.mentions) {
    if (!wanted.has(m.actor)) continue;
    if (m.article !== article) {
      article = m.article;
      row = ctx.isDuplicate(article) ? "" : rowKey(article);
      byActor = null;
      if (!ctx.isDuplicate(article) && shown.has(row)) {
        byActor = cellsOf.get(row) ?? null;
        if (!byActor) cellsOf.set(row, (byActor = new Map()));
      }
    }
    if (!byActor) continue;
    const cell = byActor.get(m.actor);
    if (cell) cell.count++;
    else {
      const made = { row, actor: m.actor, count: 1 };
      byActor.set(m.actor, made);
      cells.push(made);
    }
  }
  return { by: perArticle ? "article" : "source", rows: top, actors: actorIds.map((id) => ctx.actorRef(id)), cells };
}

export function briefingPage(ctx: PageContext) {
  const tables = ctx.tables;
  const dates = ctx.primary
    .map((a) => a.date)
    .filter((d): d is string => Boolean(d))
    .sort();
  const actors = rankedActors(ctx);
  const stories = storySections(ctx);
  const happened = stories.sections.flatMap((story) => story.sentences);
  const conflicts = conflictRows(ctx)
    .slice(0, 8)
    .map((c) => ({
      subject: c.subject,
      reportCount: onePerSourceAndValue(c.figures).length,
      // one report per source and value: a source repeating its figure adds nothing to the disagreement
      reports: spreadOfValues(onePerSourceAndValue(c.figures), BRIEFING_CONFLICT_REPORTS).map((f) => figureView(ctx, f)),
    }));
  // the most widely reported quantities outside the conflicts shown, by what they count and whom
  const inConflict = new Set(conflicts.flatMap((c) => c.reports.map((r) => r.id)));
  const figures = figureGroups(
    ctx,
    tables.figures.filter((f) => !inConflict.has(f.id)),
    KEY_FIGURE_GROUPS,
  ).map((g) => ({
    what: g.what,
    about: g.about,
    sources: g.sources,
    count: g.count,
    reports: g.figures.slice(0, KEY_FIGURE_REPORTS).map((f) => figureView(ctx, f)),
  }));
  // the timeline: its dense part on the axis, the rest listed beside it
  const dated = datedEvents(ctx);
  const range = denseRange(dated.map((e) => dayOf(e.date!)));
  const onAxis = dated.filter((e) => inRange(dayOf(e.date!), range));
  const offAxis = dated.filter((e) => !inRange(dayOf(e.date!), range));
  const sources = new Set(ctx.primary.map((a) => outletOf(a) ?? `article:${a.id}`));
  const cited = new Map<string, Cite>();
  const citedIds = [
    ...happened.map((h) => h.id),
    ...conflicts.flatMap((c) => c.reports.map((r) => r.article)),
    ...figures.flatMap((f) => f.reports.map((r) => r.article)),
  ];
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
      named: ctx.primary.filter((a) => outletOf(a)).length,
      actors: tables.actors.length,
      people: ofType("person"),
      organizations: ofType("organization"),
      places: ofType("place"),
      /** Dated events: sentences that name a calendar date (the timeline's events). */
      events: dated.length,
      stories: stories.count,
      figures: tables.figures.length,
      quotes: tables.quotes.length,
      conflicts: tables.conflicts.length,
      undated: ctx.primary.filter((a) => !a.date).length,
    },
    dateRange: dates.length ? [dates[0], dates[dates.length - 1]] : null,
    happened,
    stories: stories.sections,
    moreStories: stories.more,
    actors: actors.slice(0, 10),
    conflicts,
    figures,
    timeline: {
      range,
      onAxis: onAxis.length,
      events: onAxis.slice(0, BRIEFING_EVENTS).map((e) => eventView(ctx, e, 160)),
      outliers: offAxis.slice(0, BRIEFING_OUTLIERS).map((e) => eventView(ctx, e, 160)),
      outlierCount: offAxis.length,
    },
    coverage: coverage(
      ctx,
      actors.slice(0, 12).map((a) => a.id),
    ),
    references: [...cited.values()].sort((a, b) => (ctx.numbers.get(a.id) ?? 0) - (ctx.numbers.get(b.id) ?? 0)),
  };
}
