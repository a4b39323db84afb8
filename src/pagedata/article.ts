// One page per article: its text with the spans to highlight in place (actors, dates, figures,
// quotes), its sentences (citation targets), and what was removed as boilerplate.
import type { ArticleRow, MentionRow } from "../extract/types.js";
import { pushTo } from "../extract/util/groupBy.js";
import { countBy, type PageContext } from "./context.js";
import { actorsByArticle, articleRow } from "./views.js";
import { actorHref, slug } from "./routes.js";
import type { WordCounts } from "./articleWords.js";

/** Rows by a key, each group in the rows' order. */
function groupedBy<R>(rows: readonly R[], keyOf: (row: R) => string): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) pushTo(groups, keyOf(row), row);
  return groups;
}

const byStart = (x: MentionRow, y: MentionRow) => x.start - y.start;
const byFile = (x: ArticleRow, y: ArticleRow) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0);

/**
 * Every table's rows grouped by article, once for all article pages and the sources page; mentions
 * in text order (in a tie, the tables' order). Plain passes over the rows: arquero's group-bys took
 * most of the site-wide pages' time.
 */
export function articleGroups(ctx: PageContext) {
  const t = ctx.tables;
  const mentions = groupedBy(t.mentions, (m) => m.article);
  for (const list of mentions.values()) list.sort(byStart); // a stable sort: ties keep the tables' order
  return {
    mentions,
    dates: groupedBy(t.dates, (d) => d.article),
    figures: groupedBy(t.figures, (f) => f.article),
    quotes: groupedBy(t.quotes, (q) => q.article),
    events: countBy(t.events, (e) => e.article),
    actors: actorsByArticle(t.mentions),
    duplicates: groupedBy(t.articles.filter((a) => !!a.duplicateOf).sort(byFile), (a) => a.duplicateOf!),
  };
}
export type ArticleGroups = ReturnType<typeof articleGroups>;

function articlePageOf(ctx: PageContext, groups: ArticleGroups, events: Map<string, number>, a: ArticleRow) {
  const mentions = groups.mentions.get(a.id) ?? [];
  const spans: Array<{ start: number; end: number; kind: string; label: string; href?: string }> = [];
  for (const m of mentions) {
    const actor = ctx.actorRef(m.actor);
    spans.push({ start: m.start, end: m.end, kind: actor.type ?? "actor", label: actor.name, href: actor.href });
  }
  for (const d of groups.dates.get(a.id) ?? [])
    spans.push({ start: d.start, end: d.end, kind: "date", label: `${d.value ?? "unresolved"}${d.relative ? " (relative)" : ""}` });
  for (const f of groups.figures.get(a.id) ?? [])
    spans.push({
      start: f.start,
      end: f.end,
      kind: "figure",
      label: `${f.approximate ? "≈" : ""}${f.value.toLocaleString("en-US")} ${f.unit}`,
    });
  const quotes = (groups.quotes.get(a.id) ?? []).map((q) => {
    const speaker = ctx.speaker(q.speaker);
    return { start: q.start, end: q.end, speaker: speaker?.name ?? q.speaker, href: speaker ? actorHref(speaker.id) : null };
  });
  return {
    article: {
      ...articleRow(ctx, a, groups.actors.get(a.id) ?? [], groups.duplicates.get(a.id) ?? []),
      url: (a as { url?: string | null }).url ?? null,
    },
    text: a.text,
    boilerplate: a.boilerplate,
    sentences: ctx.sentencesOf(a.id).map((s) => [s.start, s.end]),
    spans: spans.sort((x, y) => x.start - y.start || y.end - x.end),
    quotes,
    removed: a.boilerplate.map(([start, end]) => ({ start, end, text: a.text.slice(start, end) })).filter((r) => r.text.trim()),
    events: events.get(a.id) ?? 0,
  };
}
export type ArticlePage = ReturnType<typeof articlePageOf>;

const eventCounts = (groups: ArticleGroups): Map<string, number> => groups.events;

/** Every article's page, one at a time. */
export function* articlePages(ctx: PageContext, groups = articleGroups(ctx)): Generator<{ id: string; slug: string; page: ArticlePage }> {
  for (const { id, slug, page } of articlePageSources(ctx, groups)) yield { id, slug, page: page() };
}

/** Every article with its page still to compute: `page()` computes it. */
export function articlePageSources(ctx: PageContext, groups: ArticleGroups): Array<{ id: string; slug: string; page: () => ArticlePage }> {
  const events = eventCounts(groups);
  return ctx.tables.articles.map((a) => ({ id: a.id, slug: slug(a.id), page: () => articlePageOf(ctx, groups, events, a) }));
}

/** One article's page. */
export function articlePage(ctx: PageContext, articleId: string): ArticlePage {
  const a = ctx.articles.get(articleId);
  if (!a) throw new Error(`No article with id ${JSON.stringify(articleId)} in the tables`);
  const groups = articleGroups(ctx);
  return articlePageOf(ctx, groups, eventCounts(groups), a);
}

/** The sources page: one row per article, in citation order (`words`: the articles' word counts, kept from an earlier build). */
export function sourcesPage(ctx: PageContext, groups = articleGroups(ctx), words?: WordCounts) {
  return [...ctx.tables.articles]
    .sort((x, y) => (ctx.numbers.get(x.id) ?? 0) - (ctx.numbers.get(y.id) ?? 0))
    .map((a) => articleRow(ctx, a, groups.actors.get(a.id) ?? [], groups.duplicates.get(a.id) ?? [], words?.of(a)));
}
