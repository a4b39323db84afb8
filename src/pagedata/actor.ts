// One page per actor: mentions over time, quotes by and about it, who it appears with, figures
// about it, and the sentences naming it. `actorPages` computes every actor's page from groupings
// made once (plain passes over the rows, one over each sentence's mentions for "appears with"), so
// the whole set costs about as much as the tables.
import type { ActorRow, FigureRow, MentionRow, QuoteRow } from "../extract/types.js";
import { pushTo } from "../extract/util/groupBy.js";
import { escapeRegExp } from "../extract/util/regexp.js";
import { countBy, type PageContext } from "./context.js";
import { actorSummary, figureView } from "./views.js";
import { actorHref, slug } from "./routes.js";
import { clip, listSentence, quoteBody } from "./text.js";

/** Figures listed on an actor's page at most (a capital can be in tens of thousands). */
export const ACTOR_FIGURE_LIMIT = 300;
const QUOTES_ABOUT_LIMIT = 200;
const CO_ACTOR_LIMIT = 30;
const SENTENCE_LIMIT = 300;

/**
 * A quote with its row (from 1), the actor its speaker stands for, and its text in lower case (for
 * "quotes about", made at its first test: a rebuild tests few quotes).
 */
type Quote = QuoteRow & { row: number; speakerId: string | null; lower?: string };
type Grouped<T> = Map<string, T[]>;

/**
 * What every actor's page is computed from, grouped once: plain passes over the rows (arquero's
 * group-bys cost as much as the pages of a rebuild's few changed actors). Rows stay in the tables'
 * order; `row` numbers a quote from 1; `bySentence`: each sentence's mentions (for "appears with").
 */
function actorGroups(ctx: PageContext) {
  const t = ctx.tables;
  const mentions: Grouped<MentionRow> = new Map();
  for (const m of t.mentions) pushTo(mentions, m.actor, m);
  const quotesBySpeaker: Grouped<Quote> = new Map();
  const quotesByArticle: Grouped<Quote> = new Map();
  t.quotes.forEach((q, i) => {
    const quote: Quote = { ...q, row: i + 1, speakerId: ctx.speaker(q.speaker)?.id ?? null };
    if (quote.speakerId !== null) pushTo(quotesBySpeaker, quote.speakerId, quote);
    pushTo(quotesByArticle, q.article, quote);
  });
  // each figure once per actor it names, by its place in the table
  const figures: Grouped<FigureRow> = new Map();
  for (const f of t.figures) for (const actor of new Set(f.actors ?? [])) pushTo(figures, actor, f);
  return { mentions, quotesBySpeaker, quotesByArticle, figures, sentenceOf: sentenceRows(t.mentions) };
}
type ActorGroups = ReturnType<typeof actorGroups>;

/**
 * The mentions' sentences: per article, per sentence index, its mentions as rows of the mentions
 * table (in the table's order); and each row's actor as a number (`actorOf`, the same number for
 * the same id), so "appears with" compares and counts numbers, not id texts.
 */
function sentenceRows(mentions: readonly MentionRow[]): MentionSentences {
  const byArticle = new Map<string, number[][]>();
  const numbers = new Map<string, number>();
  const ids: string[] = [];
  const actorOf = new Int32Array(mentions.length);
  let article: string | undefined;
  let sentences: number[][] = [];
  mentions.forEach((m, row) => {
    let n = numbers.get(m.actor);
    if (n === undefined) numbers.set(m.actor, (n = ids.push(m.actor) - 1));
    actorOf[row] = n;
    if (m.sentence == null) return;
    if (m.article !== article) {
      article = m.article;
      let found = byArticle.get(article);
      if (!found) byArticle.set(article, (found = []));
      sentences = found;
    }
    const rows = sentences[m.sentence];
    if (rows) rows.push(row);
    else sentences[m.sentence] = [row];
  });
  return { byArticle, actorOf, numbers, ids, counts: new Int32Array(ids.length), firsts: new Float64Array(ids.length) };
}
interface MentionSentences {
  byArticle: Map<string, number[][]>;
  actorOf: Int32Array;
  numbers: Map<string, number>;
  ids: string[];
  /** Scratch for "appears with", by actor number (zero between calls): mentions in the sentences, first place. */
  counts: Int32Array;
  firsts: Float64Array;
}

/**
 * "Appears with" for one actor: the other actors named in its sentences and how many of their
 * mentions those sentences hold, most first; in a tie, the one named first (in the sentence of this
 * actor's earliest mention, then by position). Computed from the actor's own sentences only (`own`:
 * its mentions), each in the order of its first row in the mentions table, so that a rebuild that
 * recomputes a few actors' pages never pairs up every sentence of the folder.
 */
function coActorsOf(
  mentions: readonly MentionRow[],
  bySentence: MentionSentences,
  actor: string,
  own: readonly MentionRow[],
): Array<{ b: string; count: number }> {
  const { byArticle, actorOf, ids, counts, firsts } = bySentence;
  const self = bySentence.numbers.get(actor);
  if (self === undefined) return [];
  const sentences = new Set<number[]>();
  // an article's mentions are consecutive: its sentences looked up once per run of them
  let article: string | undefined;
  let ofArticle: number[][] = [];
  for (const m of own) {
    if (m.sentence == null) continue;
    if (m.article !== article) ofArticle = byArticle.get((article = m.article))!;
    sentences.add(ofArticle[m.sentence]);
  }
  // per other actor (by number): its mentions in those sentences and its first place; `met`: the
  // actors met, in the order first met (the sentences in the order of their first row)
  const met: number[] = [];
  for (const inSentence of [...sentences].sort((x, y) => x[0] - y[0])) {
    if (inSentence.length < 2) continue;
    // the actor's first mention's row in the sentence; then each other actor's mentions there, and
    // its first position (the other actors in the order of their first mention in the sentence)
    let first = Infinity;
    for (const row of inSentence) if (row < first && actorOf[row] === self) first = row;
    if (first === Infinity) continue;
    for (const row of inSentence) {
      const other = actorOf[row];
      if (other === self) continue;
      const at = first * 4294967296 + mentions[row].start;
      if (counts[other]++ === 0) {
        met.push(other);
        firsts[other] = at;
      } else if (at < firsts[other]) firsts[other] = at;
    }
  }
  const found = met.map((b) => ({ b: ids[b], count: counts[b], at: firsts[b] }));
  for (const b of met) counts[b] = 0;
  return found.sort((x, y) => y.count - x.count || x.at - y.at);
}

/**
 * Text of digits and hyphens (an ISO date): two such texts are in the same order by the locale's
 * collation (localeCompare) as by their code points, which is far quicker to compare.
 */
const DIGITS_AND_HYPHENS = /^[0-9-]*$/;
const byCodePoints = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

function actorPageOf(ctx: PageContext, groups: ActorGroups, actor: ActorRow) {
  const id = actor.id;
  // the citation order (file order): sorted by, never shown (the page numbers its citations)
  const number = (article: string) => ctx.numbers.get(article) ?? 0;
  const mentions = groups.mentions.get(id) ?? [];
  // per article, its mentions (articles in the order of their first mention)
  const perArticle = [...countBy(mentions, (m) => m.article)].map(([article, count]) => ({ article, count }));
  // by date (none last), then citation number; sorted with both keys made once per article
  const overTime = perArticle
    .map(({ article, count }) => {
      const row = Object.assign(ctx.cite(article), { count });
      const date = row.date ?? "9999";
      return { row, date, plain: DIGITS_AND_HYPHENS.test(date), n: number(article) };
    })
    .sort((a, b) => (a.plain && b.plain ? byCodePoints(a.date, b.date) : a.date.localeCompare(b.date)) || a.n - b.n)
    .map(({ row }) => row);
  const quoteView = (q: Quote) => {
    const speaker = q.speakerId === null ? undefined : ctx.actors.get(q.speakerId);
    return {
      text: clip(quoteBody(q.text), 600),
      kind: q.kind,
      speaker: speaker?.name ?? q.speaker,
      speakerHref: speaker ? actorHref(speaker.id) : null,
      ...ctx.cite(q.article, q.start),
    };
  };
  // quotes about the actor: in the articles naming it, a quote holding one of its mentions or its name
  const names = namesPattern(actor);
  const mentionsIn = new Map<string, MentionRow[]>();
  for (const m of mentions) pushTo(mentionsIn, m.article, m);
  const quotesAbout = firstQuotesAbout(groups, id, names, [...perArticle.map((p) => p.article), ...actor.articles], mentionsIn);
  const figures = groups.figures.get(id) ?? [];
  const summary = actorSummary(ctx, actor, mentions.length);
  return {
    actor: summary,
    /** The lede's sentences on its other names and its roles, each with one full stop; null when it has none. */
    alsoWritten: listSentence("Also written as", summary.aliases, ", "),
    described: listSentence("Described as", summary.roles, "; "),
    overTime,
    quotesBy: (groups.quotesBySpeaker.get(id) ?? []).map(quoteView),
    quotesAbout: quotesAbout.slice(0, QUOTES_ABOUT_LIMIT).map(quoteView),
    coActors: coActorsOf(ctx.tables.mentions, groups.sentenceOf, id, mentions)
      .slice(0, CO_ACTOR_LIMIT)
      .map(({ b, count }) => ({ ...ctx.actorRef(b), count })),
    figures: figures.slice(0, ACTOR_FIGURE_LIMIT).map((f: FigureRow) => figureView(ctx, f)),
    figureCount: figures.length,
    sentences: firstSentences(ctx, mentions, mentionsIn, number).map((s) => ({
      ...ctx.cite(s.article, s.start),
      text: s.text,
      marks: s.marks,
    })),
  };
}

/**
 * The first QUOTES_ABOUT_LIMIT quotes about the actor (and maybe more), in the quotes table's order:
 * in its articles (`articles`), a quote it does not speak that holds one of its mentions
 * (`mentionsIn`, by article) or one of its names. The articles are read in the order of their first
 * quote, until the quotes found are enough and every quote still to read comes after them.
 */
function firstQuotesAbout(
  groups: ActorGroups,
  id: string,
  names: RegExp | null,
  articles: readonly string[],
  mentionsIn: Map<string, MentionRow[]>,
): Quote[] {
  const quoted: Quote[][] = [];
  for (const article of new Set(articles)) {
    const quotes = groups.quotesByArticle.get(article);
    if (quotes) quoted.push(quotes);
  }
  // an article's quotes are in the table's order: its first is its earliest
  quoted.sort((x, y) => x[0].row - y[0].row);
  const about: Quote[] = [];
  let last = 0;
  for (const quotes of quoted) {
    if (about.length >= QUOTES_ABOUT_LIMIT && quotes[0].row > last) break;
    const own = mentionsIn.get(quotes[0].article) ?? [];
    for (const q of quotes) {
      if (q.speakerId === id) continue;
      if (names?.test((q.lower ??= q.text.toLowerCase())) || own.some((m) => m.start >= q.start && m.end <= q.end)) {
        about.push(q);
        if (q.row > last) last = q.row;
      }
    }
  }
  return about.sort((x, y) => x.row - y.row);
}

/**
 * A text holds one of the actor's names (of three letters or more, in lower case) when this
 * matches it in lower case: the names as one alternation (a quote is tested once, not once per
 * name); null when it has no such name.
 */
function namesPattern(actor: ActorRow): RegExp | null {
  const names = [actor.name, ...actor.aliases].filter((n) => n.length > 2).map((n) => n.toLowerCase());
  return names.length ? new RegExp(names.map(escapeRegExp).join("|")) : null;
}

/** A sentence naming the actor, with its mentions marked (`n`: its article's citation number). */
type NamingSentence = { article: string; n: number; start: number; end: number; text: string; marks: Array<[number, number]> };

/**
 * The first SENTENCE_LIMIT sentences naming the actor, by article number and then place, each once
 * with the actor's mentions in it marked (in the mentions' order). Only the articles it needs are
 * read: whole articles in number order (articles of one number together, their mentions in the
 * table's order), until the limit is reached; a later article's sentences all sort after them.
 */
function firstSentences(
  ctx: PageContext,
  mentions: readonly MentionRow[],
  mentionsIn: Map<string, MentionRow[]>,
  number: (article: string) => number,
): NamingSentence[] {
  const articles = [...mentionsIn.keys()].map((article) => ({ article, n: number(article) })).sort((a, b) => a.n - b.n);
  const sentences = new Map<object, NamingSentence>();
  for (let i = 0; i < articles.length && sentences.size < SENTENCE_LIMIT;) {
    const n = articles[i].n;
    let j = i;
    while (j < articles.length && articles[j].n === n) j++;
    const same = j - i === 1 ? null : new Set(articles.slice(i, j).map((a) => a.article));
    for (const m of same ? mentions.filter((m) => same.has(m.article)) : mentionsIn.get(articles[i].article)!) {
      if (m.sentence == null) continue;
      const s = ctx.sentencesOf(m.article)[m.sentence];
      let entry = sentences.get(s);
      if (!entry) sentences.set(s, (entry = { article: m.article, n, start: s.start, end: s.end, text: s.text, marks: [] }));
      entry.marks.push([m.start - s.start, Math.min(m.end, s.end) - s.start]);
    }
    i = j;
  }
  return [...sentences.values()].sort((a, b) => a.n - b.n || a.start - b.start).slice(0, SENTENCE_LIMIT);
}
export type ActorPage = ReturnType<typeof actorPageOf>;

/** Every actor's page, one at a time (nothing is held but the groupings). */
export function* actorPages(ctx: PageContext): Generator<{ id: string; slug: string; page: ActorPage }> {
  for (const { id, slug, page } of actorPageSources(ctx)) yield { id, slug, page: page() };
}

/**
 * Every actor with its page still to compute: `page()` computes it (the groupings all pages share
 * are made at the first call, so a build that computes no actor's page never makes them).
 */
export function actorPageSources(ctx: PageContext): Array<{ id: string; slug: string; page: () => ActorPage }> {
  let groups: ActorGroups | undefined;
  return ctx.tables.actors.map((actor) => ({
    id: actor.id,
    slug: slug(actor.id),
    page: () => actorPageOf(ctx, (groups ??= actorGroups(ctx)), actor),
  }));
}

/** One actor's page. */
export function actorPage(ctx: PageContext, actorId: string): ActorPage {
  const actor = ctx.actors.get(actorId);
  if (!actor) throw new Error(`No actor with id ${JSON.stringify(actorId)} in the tables`);
  return actorPageOf(ctx, actorGroups(ctx), actor);
}
