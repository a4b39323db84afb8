// Lookups shared by the page views: articles and actors by id, sentences per article, numbering,
// page addresses, and every table grouped by article and by actor. Built once from the tables (one
// pass per table), so that a page's view costs about the size of that page's data.
import { createHash } from "node:crypto";
import { splitSentences } from "../../extract/segment/sentences.js";
import type {
  ActorRow,
  ArticleRow,
  DateRow,
  EventRow,
  FigureRow,
  MentionRow,
  QuoteRow,
  Sentence,
  Tables,
} from "../../extract/types.js";

/** A path segment for an id: the id itself when URL-safe, else a readable slug plus a short hash. */
export function slug(id: string): string {
  if (/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/.test(id)) return id;
  const base = id
    .normalize("NFKD")
    .replace(/[^\w-]+/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "")
    .slice(0, 60)
    .toLowerCase();
  const hash = createHash("sha256").update(id).digest("hex").slice(0, 8);
  return base ? `${base}-${hash}` : hash;
}

export const actorHref = (id: string) => `/actors/${slug(id)}`;
export const articleHref = (id: string, sentenceStart?: number) =>
  `/articles/${slug(id)}${sentenceStart === undefined ? "" : `#s-${sentenceStart}`}`;

/** Cuts `text` to at most `max` characters at a word boundary. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > max * 0.6 ? space : max)}…`;
}

function overlapsAny(start: number, end: number, ranges: Array<[number, number]>): number {
  let covered = 0;
  for (const [s, e] of ranges) covered += Math.max(0, Math.min(end, e) - Math.max(start, s));
  return covered;
}

/** A sentence with boilerplate cut from its ends; none when it is mostly boilerplate. */
function trimBoilerplate(text: string, s: Sentence, ranges: Array<[number, number]>): Sentence[] {
  if (overlapsAny(s.start, s.end, ranges) * 2 >= s.end - s.start) return [];
  let { start, end } = s;
  for (const [bs, be] of ranges) {
    if (bs <= start && be > start) start = be;
    if (bs < end && be >= end) end = bs;
  }
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? [{ index: s.index, start, end, text: text.slice(start, end) }] : [];
}

export interface CitedArticle {
  id: string;
  n: number;
  title: string;
  source: string | null;
  date: string | null;
  href: string;
}

/** Appends `value` to the list under `key` (lists are grown in place, never copied). */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const NONE: readonly never[] = Object.freeze([]);

export class TableIndex {
  readonly articles = new Map<string, ArticleRow>();
  readonly actors = new Map<string, ActorRow>();
  readonly numbers = new Map<string, number>();
  /** Articles that are not duplicates of another: the ones the briefing counts. */
  readonly primary: ArticleRow[];
  readonly figuresById = new Map<string, FigureRow>();
  private readonly byName = new Map<string, string>();
  private readonly sentenceCache = new Map<string, Sentence[]>();
  /** Per article, by start offset. */
  private readonly mentionsByArticle = new Map<string, MentionRow[]>();
  /** The groups below keep the tables' own order. */
  private readonly mentionsByActor = new Map<string, MentionRow[]>();
  private readonly quotesByArticle = new Map<string, QuoteRow[]>();
  private readonly quotesBySpeaker = new Map<string, QuoteRow[]>();
  private readonly quotePositions = new Map<QuoteRow, number>();
  private readonly figuresByArticle = new Map<string, FigureRow[]>();
  private readonly figuresByActor = new Map<string, FigureRow[]>();
  private readonly datesByArticle = new Map<string, DateRow[]>();
  private readonly eventsByArticle = new Map<string, EventRow[]>();
  private readonly duplicatesByOriginal = new Map<string, ArticleRow[]>();

  constructor(readonly tables: Tables) {
    const ordered = [...tables.articles].sort(
      (a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.id.localeCompare(b.id),
    );
    for (const a of ordered) this.articles.set(a.id, a);
    // Citation numbers follow the folder's file order, not dates: an article added to the folder
    // (usually named after the ones before it) takes the next number instead of renumbering every
    // page that cites the others, which keeps rebuilds incremental.
    [...tables.articles]
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
      .forEach((a, i) => this.numbers.set(a.id, i + 1));
    this.primary = ordered.filter((a) => !a.duplicateOf);
    for (const a of tables.articles) if (a.duplicateOf) push(this.duplicatesByOriginal, a.duplicateOf, a);
    for (const actor of tables.actors) {
      this.actors.set(actor.id, actor);
      for (const name of [actor.name, ...actor.aliases]) {
        const key = name.toLowerCase();
        if (!this.byName.has(key)) this.byName.set(key, actor.id);
      }
    }
    for (const m of tables.mentions) {
      push(this.mentionsByArticle, m.article, m);
      push(this.mentionsByActor, m.actor, m);
    }
    for (const list of this.mentionsByArticle.values()) list.sort((a, b) => a.start - b.start);
    for (const [i, q] of tables.quotes.entries()) {
      this.quotePositions.set(q, i);
      push(this.quotesByArticle, q.article, q);
      const speaker = this.actorFor(q.speaker);
      if (speaker) push(this.quotesBySpeaker, speaker.id, q);
    }
    for (const f of tables.figures) {
      this.figuresById.set(f.id, f); // the last one wins, as in a Map built from the table
      push(this.figuresByArticle, f.article, f);
      // once per figure, even when its actor list names an actor twice
      for (const id of new Set(f.actors ?? [])) push(this.figuresByActor, id, f);
    }
    for (const d of tables.dates) push(this.datesByArticle, d.article, d);
    for (const e of tables.events) push(this.eventsByArticle, e.article, e);
  }

  /** Sentences of an article that are not mostly boilerplate. */
  sentences(articleId: string): Sentence[] {
    let list = this.sentenceCache.get(articleId);
    if (!list) {
      const article = this.articles.get(articleId);
      list = article ? splitSentences(article.text).flatMap((s) => trimBoilerplate(article.text, s, article.boilerplate)) : [];
      this.sentenceCache.set(articleId, list);
    }
    return list;
  }

  /** The sentence holding `offset`, if any. */
  sentenceAt(articleId: string, offset: number): Sentence | undefined {
    const list = this.sentences(articleId);
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].end <= offset) lo = mid + 1;
      else if (list[mid].start > offset) hi = mid - 1;
      else return list[mid];
    }
    return undefined;
  }

  /** An article's actor mentions, by start offset. */
  mentions(articleId: string): readonly MentionRow[] {
    return this.mentionsByArticle.get(articleId) ?? NONE;
  }

  /** Every mention of an actor, in table order. */
  mentionsOf(actorId: string): readonly MentionRow[] {
    return this.mentionsByActor.get(actorId) ?? NONE;
  }

  /** An article's quotes, in table order. */
  quotesIn(articleId: string): readonly QuoteRow[] {
    return this.quotesByArticle.get(articleId) ?? NONE;
  }

  /** The quotes whose speaker resolves (see actorFor) to the actor, in table order. */
  quotesBy(actorId: string): readonly QuoteRow[] {
    return this.quotesBySpeaker.get(actorId) ?? NONE;
  }

  /** A quote's position in the quotes table (to put quotes gathered from several groups back in order). */
  quoteOrder(q: QuoteRow): number {
    const at = this.quotePositions.get(q);
    if (at === undefined) throw new Error("quoteOrder: the quote is not a row of this index's quotes table");
    return at;
  }

  /** An article's figures, in table order. */
  figuresIn(articleId: string): readonly FigureRow[] {
    return this.figuresByArticle.get(articleId) ?? NONE;
  }

  /** The figures naming the actor in their `actors`, each once, in table order. */
  figuresAbout(actorId: string): readonly FigureRow[] {
    return this.figuresByActor.get(actorId) ?? NONE;
  }

  /** An article's date mentions, in table order. */
  datesIn(articleId: string): readonly DateRow[] {
    return this.datesByArticle.get(articleId) ?? NONE;
  }

  /** An article's events, in table order. */
  eventsIn(articleId: string): readonly EventRow[] {
    return this.eventsByArticle.get(articleId) ?? NONE;
  }

  /** The articles marked as duplicates of this one, in table order. */
  duplicatesOf(articleId: string): readonly ArticleRow[] {
    return this.duplicatesByOriginal.get(articleId) ?? NONE;
  }

  /** The actor a speaker string stands for: an actor id, or a name or alias. */
  actorFor(speaker: string | null | undefined): ActorRow | undefined {
    if (!speaker) return undefined;
    const id = this.actors.has(speaker) ? speaker : this.byName.get(speaker.toLowerCase());
    return id ? this.actors.get(id) : undefined;
  }

  actorRef(id: string) {
    const actor = this.actors.get(id);
    return { id, name: actor?.name ?? id, type: actor?.type ?? null, href: actorHref(id) };
  }

  cite(articleId: string, offset?: number): CitedArticle & { sentence: number | null } {
    const a = this.articles.get(articleId);
    const sentence = offset === undefined ? undefined : this.sentenceAt(articleId, offset);
    return {
      id: articleId,
      n: this.numbers.get(articleId) ?? 0,
      title: a?.title || a?.file || articleId,
      source: a?.source ?? null,
      date: a?.date ?? null,
      sentence: sentence?.start ?? null,
      href: articleHref(articleId, sentence?.start),
    };
  }
}
