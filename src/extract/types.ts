// The shapes that flow through the extraction pipeline, and the tables it prints.
// ingest → clean → segment → recognize → resolve → tables
// Offsets (`start`/`end`) are always JavaScript string indices into `Article.text`.

/**
 * How an article's date was found: a .txt date header, .md front matter; for a web page its JSON-LD
 * (`datePublished`), a meta tag (`article:published_time` and the like), microdata or RDFa on an element
 * (`itemprop="datePublished"`), a `<time>` element, or the page's own words (a "Published ..." stamp or a
 * dated dateline, also in .txt/.md), or the page's URL; else inferred from the text's dates, or none.
 */
export type DateSource =
  "header" | "front-matter" | "json-ld" | "meta" | "itemprop" | "time" | "page-text" | "url" | "inferred" | "invalid" | "none";

/** A file that could not become an article, with a plain reason. */
export interface Rejection {
  file: string;
  reason: string;
}

/** A file-level note that did not stop the file from being used (bad date header, odd encoding). */
export interface IngestWarning {
  file: string;
  message: string;
}

/** An article after ingest and cleaning: the decoded text plus what was removed from it. */
export interface Article {
  /** Stable id derived from the relative file path. */
  id: string;
  /** Path relative to the articles folder, with forward slashes. */
  file: string;
  title: string;
  /** ISO date (YYYY-MM-DD) or null. */
  date: string | null;
  dateSource: DateSource;
  source: string | null;
  /**
   * The outlet as a reader names it, from `source` and `url` ("http://www.tmz.com" → "TMZ",
   * "Yahoo News - Latest News & Headlines" → "Yahoo News"); null when neither names one.
   */
  outlet?: string | null;
  url?: string | null;
  /** The byline's names as written ("Jane Doe, Associated Press"), or null. */
  byline?: string | null;
  /** Where the story was filed, from its dateline ("CAIRO (AP) —" → "Cairo"), or null. */
  location?: string | null;
  /** Photo, copyright, agency and production credits as written ("Getty Images", "AP"): boilerplate kept as metadata. */
  credits?: string[];
  /** The file's decoded text: every offset indexes this string. */
  text: string;
  /** [start, end) ranges of `text` that are boilerplate or markup, never extracted from. */
  boilerplate: Array<[number, number]>;
  /** Id of the article this one duplicates (exactly or nearly), when it does. */
  duplicateOf?: string;
  /** Hash of the file's bytes (sha256 hex), the cache key. */
  hash: string;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Span {
  index: number;
}

export type ActorType = "person" | "organization" | "place";

/** A recognized actor mention inside one article, before cross-article resolution. */
export interface ActorMention extends Span {
  type: ActorType;
  /** Title or role attached to the mention ("acting deputy secretary of state"). */
  role?: string;
  /** For nationality words ("Nigerien"): the country name they stand for. */
  country?: string;
}

/** How precise a date's value is: "time" (a clock time or part of a day) down to "century". */
export type DateGranularity = "time" | "day" | "week" | "month" | "season" | "quarter" | "year" | "decade" | "century";

/** TimeML TIMEX3 types: a calendar date, a time of day, a length of time, a recurrence. */
export type DateType = "date" | "time" | "duration" | "set";

export interface DateMention extends Span {
  type: DateType;
  /**
   * TIMEX3 value: "2023", "2023-08", "2023-08-07", "2023-W32", "2023-Q3", "2023-SU", "2023-08-07T14:30",
   * "2023-08-07TMO", "199X" (a decade), durations "P4D", "PT2H", sets "P1W", "PRESENT_REF",
   * "PAST_REF", "FUTURE_REF"; null when nothing anchors it.
   */
  value: string | null;
  /** Precision of a date or time value; null for durations, sets and PRESENT_REF-like values. */
  granularity: DateGranularity | null;
  /** True when the value was computed from the article date ("Monday", "last week"). */
  relative: boolean;
}

/** What a figure says, in a mention and in its table row alike. */
export interface FigureQuantity {
  /** The number, scaled ("$16 trillion" → 1.6e13); the lower end of a range. */
  value: number;
  /** The upper end of a range ("15 to 20 percent" → 20), when the figure is one. */
  max?: number;
  /**
   * What the figure counts or measures: an ISO 4217 code ("USD"), "percent", "percentage points",
   * a measurement unit ("km", "km2", "kg", "tonnes", "barrels"), "times", or for a count of things
   * its plural head noun, lowercase ("troops", "strikes", "people"); absent `counted` for money,
   * percent and measures.
   */
  unit: string;
  /** For a count of things, the noun phrase as written: "US troops", "oil pump jacks". */
  counted?: string;
  approximate: boolean;
  /** "at least" → "min", "more than" → "min", "up to" → "max", "fewer than" → "max". */
  bound?: "min" | "max";
}

export interface FigureMention extends Span, FigureQuantity {
  /** For a rate of money, what the amount is for: "RM120 per day per athlete" → "day per athlete". */
  per?: string;
  /** Index of the sentence holding the figure. */
  sentence: number;
}

/**
 * `direct`: a whole quote in quotation marks; `partial`: a short quoted phrase woven into someone's
 * sentence ("called the actions “unethical”"); `indirect`: reported speech without quotation marks
 * ("X said that …", "according to X, …"), the span being what was said.
 */
export type QuoteKind = "direct" | "partial" | "indirect";

export interface QuoteMention extends Span {
  kind: QuoteKind;
  /** Surface text of the speaker, as written near the quote ("he", "the official", "Miller"), or null. */
  speakerText: string | null;
  /** Where `speakerText` is written. */
  speakerStart?: number;
  speakerEnd?: number;
  /** The actor mention the speaker is or refers to (for "he said", the person "he" is). */
  actorStart?: number;
  actorEnd?: number;
}

/** Everything extracted from a single article: pure function of the article, cacheable. */
export interface ArticleExtraction {
  article: Article;
  sentences: Sentence[];
  actors: ActorMention[];
  dates: DateMention[];
  figures: FigureMention[];
  quotes: QuoteMention[];
}

// ---- The printed tables (the command-line contract) ----

/** An article as printed: everything but the cache key and the URL. */
export type ArticleRow = Omit<Article, "hash" | "url">;

export interface ActorRow {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  articles: string[];
  roles?: string[];
  mentionCount?: number;
}

export interface MentionRow {
  actor: string;
  article: string;
  start: number;
  end: number;
  text: string;
  /** Index of the `sentences` row (of this article) the mention lies in, when it lies in one. */
  sentence?: number;
}

/**
 * One sentence of an article as the briefing cites it: the text's sentences with boilerplate cut
 * from their ends, and none that is mostly boilerplate. `index` numbers them from 0 per article.
 */
export interface SentenceRow {
  article: string;
  index: number;
  start: number;
  end: number;
  text: string;
}

/** A sentence the summariser finds most shared across sources; `rank` 1 is the most central. */
export interface CentralSentenceRow {
  article: string;
  /** Its `index` in the sentences table. */
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** Its rank within its story (1 is the most central). */
  rank: number;
  /** The `stories` row it summarises. */
  story: string;
}

/**
 * Articles that report the same story (they share actors and distinctive words); `rank` 1 is the
 * story with the most articles. `actors`: ids of its main actors, `terms`: its most distinctive words.
 */
export interface StoryRow {
  id: string;
  rank: number;
  articles: string[];
  actors: string[];
  terms: string[];
}

/** Two actors named in the same sentences: `source` < `target`; `sentences` counts those sentences. */
export interface CoMentionRow {
  source: string;
  target: string;
  sentences: number;
}

export interface DateRow {
  article: string;
  text: string;
  start: number;
  end: number;
  type: DateType;
  value: string | null;
  granularity?: DateGranularity | null;
  relative?: boolean;
}

export interface FigureRow extends FigureQuantity {
  id: string;
  article: string;
  text: string;
  start: number;
  end: number;
  sentence?: string;
  /** Actors named in the figure's sentence: what the figure is about. */
  actors?: string[];
}

export interface QuoteRow {
  article: string;
  speaker: string | null;
  /** `direct`, `partial` or `indirect` (see QuoteKind). */
  kind: QuoteKind;
  text: string;
  start: number;
  end: number;
  /** How the speaker is written next to the quote ("one U.S. official"), also when no actor matches. */
  speakerText?: string;
}

export interface EventRow {
  article: string;
  date: string | null;
  text: string;
  actors: string[];
  start?: number;
  end?: number;
  relative?: boolean;
  inferred?: boolean;
}

export interface ConflictRow {
  subject: string;
  figures: string[];
}

export interface Tables {
  articles: ArticleRow[];
  actors: ActorRow[];
  mentions: MentionRow[];
  dates: DateRow[];
  figures: FigureRow[];
  quotes: QuoteRow[];
  events: EventRow[];
  conflicts: ConflictRow[];
  rejected: Rejection[];
  warnings?: IngestWarning[];
  /** Every article's sentences (duplicates' too), in article and text order. */
  sentences: SentenceRow[];
  /** Analysis: the most central sentences of each story (articles that are not duplicates). */
  central: CentralSentenceRow[];
  /** Analysis: the articles that are not duplicates, grouped into stories. */
  stories: StoryRow[];
  /** Analysis: pairs of actors named in the same sentence. */
  comentions: CoMentionRow[];
}

/** What the extraction cache keeps for one article: its extraction or why it was rejected. */
export type CachedResult = { extraction: ArticleExtraction } | { rejection: Rejection };
