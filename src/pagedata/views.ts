// Views of table rows that several pages show: an actor's summary, a figure with its citation, a dated event, an
// article's head, the conflicts between sources. Pure: context and table rows in, JSON rows out.
import type { ActorRow, ArticleRow, EventRow, FigureRow, MentionRow } from "../extract/types.js";
import { formatFigure } from "../extract/recognize/figures/format.js";
import { countBy, type PageContext } from "./context.js";
import { actorHref, slug } from "./routes.js";
import { clip, wordCount } from "./text.js";
import { whatOf } from "./figureGroups.js";

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
  return countBy(mentions, (m) => m.actor);
}

/**
 * `view` made once per context: what several site-wide pages show (the ranked actors, the dated
 * events, the conflicts) is computed for the first and shared, never changed, by the others.
 */
function oncePerContext<T>(view: (ctx: PageContext) => T): (ctx: PageContext) => T {
  const made = new WeakMap<PageContext, T>();
  return (ctx) => {
    if (!made.has(ctx)) made.set(ctx, view(ctx));
    return made.get(ctx)!;
  };
}

/** Every actor's summary, the most widely covered first (articles, then mentions, then name). */
export const rankedActors = oncePerContext((ctx: PageContext): readonly ActorSummary[] => {
  const counts = mentionCounts(ctx.tables.mentions);
  return ctx.tables.actors
    .map((a) => actorSummary(ctx, a, counts.get(a.id) ?? 0))
    .sort((a, b) => b.articleCount - a.articleCount || b.mentions - a.mentions || a.name.localeCompare(b.name));
});

export function figureView(ctx: PageContext, f: FigureRow) {
  const cite = ctx.cite(f.article, f.start);
  const sentence = f.sentence ?? ctx.sentenceAt(f.article, f.start)?.text ?? f.text;
  return {
    id: f.id,
    text: f.text,
    /** The figure as people write it ("$16 trillion", "about 1,000 US troops"). */
    shown: formatFigure(f),
    /** What it counts, as a label ("US troops", "US dollars", "percent"). */
    what: whatOf(f).label,
    value: f.value,
    max: f.max ?? null,
    unit: f.unit,
    approximate: f.approximate,
    bound: f.bound ?? null,
    article: f.article,
    cite: cite.cite,
    source: cite.source ?? cite.title,
    date: cite.date,
    href: cite.href,
    sentence: clip(sentence, 320),
    actors: (f.actors ?? []).map((id) => ctx.actorRef(id)),
  };
}

/** The conflicts with more than one known figure, each with its figures in the conflict's order. */
export const conflictRows = oncePerContext((ctx: PageContext): ReadonlyArray<{ subject: string; figures: FigureRow[] }> => {
  const byId = new Map(ctx.tables.figures.map((f) => [f.id, f]));
  return ctx.tables.conflicts
    .map((c) => ({ subject: c.subject, figures: c.figures.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])) }))
    .filter((c) => c.figures.length > 1);
});

/** A conflict's figures, one per source and value: a source repeating its figure adds nothing to the disagreement. */
export function onePerSourceAndValue(figures: readonly FigureRow[]): FigureRow[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = `${f.article}\0${f.value}\0${f.max ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
  else for (let i = 0; i < limit; i++) chosen.add(firstOfValue.get(values[Math.round((i * (values.length - 1)) / (limit - 1))])!);
  for (const f of figures) {
    if (chosen.size >= limit) break;
    chosen.add(f);
  }
  return figures.filter((f) => chosen.has(f));
}

/** The calendar day a timeline places a date at: a year at its middle, a month at its 15th. */
export function dayOf(date: string): string {
  return date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date;
}

/**
 * The dated events: every event of an article that is not a duplicate whose sentence names a
 * calendar date, by date (then article order and position). The timeline shows them and every
 * count of "dated events" is their number.
 */
export const datedEvents = oncePerContext((ctx: PageContext): readonly EventRow[] =>
  ctx.tables.events
    .filter((e) => !!e.date && !ctx.isDuplicate(e.article))
    // a stable sort: in a tie, the table's order
    .sort((x, y) => (x.date! < y.date! ? -1 : x.date! > y.date! ? 1 : (x.start ?? 0) - (y.start ?? 0))),
);

/** One dated event as the pages show it, with its citation. */
export function eventView(ctx: PageContext, e: EventRow, textMax: number) {
  const date = e.date!;
  const cite = ctx.cite(e.article, e.start);
  return {
    date,
    day: dayOf(date),
    granularity: date.length === 4 ? "year" : date.length === 7 ? "month" : "day",
    text: clip(e.text, textMax),
    article: e.article,
    cite: cite.cite,
    source: cite.source ?? cite.title,
    href: cite.href,
    relative: Boolean(e.relative),
    inferred: Boolean(e.inferred),
    actors: e.actors.map((id) => ctx.actorRef(id)),
  };
}
export type EventView = ReturnType<typeof eventView>;

const DAY = 86_400_000;
/** The narrowest spread the dense part is measured with: two months (the fences then reach three months beyond the quartiles). */
const MIN_SPREAD_DAYS = 60;

/**
 * The dense part of a timeline: the days within Tukey's fences (1.5 interquartile ranges beyond
 * the quartiles, the range taken as at least two months), as the first and last such day. Days
 * outside it are outliers ("1800 x 1920" read as a year, an anniversary decades back): the
 * timeline lists them beside the axis instead of stretching it. Null with no days.
 */
export function denseRange(days: readonly string[]): { from: string; to: string } | null {
  if (!days.length) return null;
  const t = days.map((d) => Date.parse(`${d}T00:00:00Z`)).sort((a, b) => a - b);
  const quantile = (p: number) => {
    const i = (t.length - 1) * p;
    const lo = Math.floor(i);
    return t[lo] + (t[Math.min(lo + 1, t.length - 1)] - t[lo]) * (i - lo);
  };
  const q1 = quantile(0.25);
  const q3 = quantile(0.75);
  const spread = Math.max(q3 - q1, MIN_SPREAD_DAYS * DAY);
  const inside = t.filter((x) => x >= q1 - 1.5 * spread && x <= q3 + 1.5 * spread);
  const iso = (x: number) => new Date(x).toISOString().slice(0, 10);
  return { from: iso(inside[0]), to: iso(inside[inside.length - 1]) };
}

/** Whether a day lies in a range (null: no range, every day does). */
export const inRange = (day: string, range: { from: string; to: string } | null) => !range || (day >= range.from && day <= range.to);

/** Each article's actors, the most mentioned first (in a tie, the first named first: by position, then the tables' order). */
export function actorsByArticle(mentions: readonly MentionRow[]): Map<string, string[]> {
  // per article, per actor: its mentions, and its first mention's position and row
  const tallies = new Map<string, Map<string, { count: number; start: number; row: number }>>();
  mentions.forEach((m, row) => {
    let actors = tallies.get(m.article);
    if (!actors) tallies.set(m.article, (actors = new Map()));
    const t = actors.get(m.actor);
    if (!t) actors.set(m.actor, { count: 1, start: m.start, row });
    else {
      t.count++;
      if (m.start < t.start) [t.start, t.row] = [m.start, row];
    }
  });
  const ranked = new Map<string, string[]>();
  for (const [article, actors] of tallies)
    ranked.set(
      article,
      [...actors].sort(([, x], [, y]) => y.count - x.count || x.start - y.start || x.row - y.row).map(([actor]) => actor),
    );
  return ranked;
}

/**
 * One article's row on the sources page (also the head of its own page). `actors`: its actors, the
 * most mentioned first (see actorsByArticle).
 */
export function articleRow(
  ctx: PageContext,
  a: ArticleRow,
  top: readonly string[],
  duplicates: readonly ArticleRow[],
  words: number = wordCount(a.text),
) {
  const cleanLength = a.text.length - a.boilerplate.reduce((s, [x, y]) => s + (y - x), 0);
  const cite = ctx.cite(a.id);
  return {
    ...cite,
    /** The source as the file or page wrote it, when the outlet's name differs from it. */
    sourceAsWritten: a.source && a.source !== cite.source ? a.source : null,
    file: a.file,
    dateSource: a.dateSource,
    length: cleanLength,
    words,
    actorCount: top.length,
    actors: top.slice(0, 6).map((id) => ctx.actorRef(id)),
    duplicateOf: a.duplicateOf ? ctx.cite(a.duplicateOf) : null,
    duplicates: duplicates.map((d) => ctx.cite(d.id)),
  };
}
