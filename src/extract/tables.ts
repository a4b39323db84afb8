// Joins per-article extractions into the printed tables: resolves actors across articles,
// flags duplicates, attributes quotes, and derives events and conflicts.
import type {
  ArticleExtraction,
  ArticleRow,
  DateRow,
  EventRow,
  FigureRow,
  IngestWarning,
  MentionRow,
  QuoteRow,
  Rejection,
  SentenceRow,
  Tables,
} from "./types.js";
import { resolveActors } from "./resolve/actors.js";
import { eventsOf } from "./resolve/events.js";
import { findDuplicates, uniqueIds } from "./ingest/index.js";
import { pushTo } from "./util/groupBy.js";
import { sentenceAt } from "./segment/articleSentences.js";
import { coMentions } from "./analyze/comentions.js";
import { groupStories } from "./analyze/stories.js";
import { outletName } from "./resolve/outlets.js";
import { contains } from "./util/ranges.js";
import { articleDigest, duplicatesOf, wordsOf, type ArticleDigest } from "./digest.js";
import { storyRows } from "./storyRows.js";
import type { JoinMemo } from "./joinMemo.js";
import { emptyStoryInputMemo, storyInputHooks } from "./storyInputs.js";
import { articleRowKeys } from "./rowKeys.js";
import { emptyStoryWordMemo, storyWordNumbering } from "./storyWords.js";

/**
 * The extractions in file order, each article with an id unique across the folder ("a.txt" and
 * "a.md" both name "a"), and their digests in the same order (those not given made here).
 */
function inFileOrder(
  extractions: readonly ArticleExtraction[],
  given: ReadonlyMap<ArticleExtraction, ArticleDigest>,
): { sorted: ArticleExtraction[]; digests: ArticleDigest[] } {
  const byFile = [...extractions].sort((a, b) => (a.article.file < b.article.file ? -1 : a.article.file > b.article.file ? 1 : 0));
  const ids = uniqueIds(byFile.map((x) => x.article.file));
  return {
    sorted: byFile.map((x, i) => (x.article.id === ids[i] ? x : { ...x, article: { ...x.article, id: ids[i] } })),
    digests: byFile.map((x) => given.get(x) ?? articleDigest(x)),
  };
}

/** The articles table: each article without its hash and address, with its outlet and, for a duplicate, the article it repeats. */
function articleRows(extractions: readonly ArticleExtraction[], duplicates: ReadonlyMap<string, string>): ArticleRow[] {
  return extractions.map(({ article }) => {
    const { hash: _hash, url: _url, ...rest } = article;
    const row = { ...rest, outlet: outletName(article.source, article.url) };
    const duplicateOf = duplicates.get(article.id);
    return duplicateOf ? { ...row, duplicateOf } : row;
  });
}

/** An article's dates as rows. */
function dateRows(x: ArticleExtraction): DateRow[] {
  const article = x.article.id;
  return x.dates.map((d) => ({
    article,
    text: d.text,
    start: d.start,
    end: d.end,
    type: d.type,
    value: d.value,
    granularity: d.granularity,
    relative: d.relative,
  }));
}

/** An article's figures as rows, each with its sentence and the actors that sentence names (`own`: the article's mentions). */
function figureRows(x: ArticleExtraction, own: readonly MentionRow[]): FigureRow[] {
  const id = x.article.id;
  return x.figures.map((f, i) => {
    const sentence = x.sentences[f.sentence];
    const row: FigureRow = {
      id: `${id}-f${i + 1}`,
      article: id,
      text: f.text,
      start: f.start,
      end: f.end,
      value: f.value,
      unit: f.unit,
      approximate: f.approximate,
    };
    if (f.max !== undefined) row.max = f.max;
    if (f.counted) row.counted = f.counted;
    if (f.bound) row.bound = f.bound;
    if (sentence) row.sentence = sentence.text;
    row.actors = sentence
      ? [...new Set(own.filter((m) => contains(sentence.start, sentence.end, m.start, m.end)).map((m) => m.actor))]
      : [];
    return row;
  });
}

/** An article's quotes as rows, the speaker's mention resolved to its actor (`own`: the article's mentions). */
function quoteRows(x: ArticleExtraction, own: readonly MentionRow[]): QuoteRow[] {
  return x.quotes.map((q) => {
    const speaker = q.actorStart === undefined ? undefined : own.find((m) => m.start === q.actorStart && m.end === q.actorEnd);
    return {
      article: x.article.id,
      speaker: speaker?.actor ?? null,
      kind: q.kind,
      text: q.text,
      start: q.start,
      end: q.end,
      ...(q.speakerText ? { speakerText: q.speakerText } : {}),
    };
  });
}

/** Gives each mention the index of the sentence it stands in. */
function placeInSentences(mentions: MentionRow[], sentencesOf: ReadonlyMap<string, SentenceRow[]>): void {
  for (const m of mentions) {
    const s = sentenceAt(sentencesOf.get(m.article) ?? [], m.start);
    if (s) m.sentence = s.index;
  }
}

/** What buildTables may be given besides the extractions; the tables are the same with or without it. */
export interface JoinOptions {
  /** An extraction's articleDigest, where it was cached with it (the rest are made here). */
  digests?: ReadonlyMap<ArticleExtraction, ArticleDigest>;
  /** What the last build's joins kept (of the same engine version and folder), taken where the inputs are the same. */
  memo?: JoinMemo;
  /** Called with what this build's joins keep, for the next build. */
  onMemo?: (memo: JoinMemo) => void;
  /** Called with each article's row key (rowKeys.ts), by its id. */
  onRowKeys?: (keys: Map<string, string>) => void;
}

/** The rows of each counted article (not a duplicate), its mentions resolved to actors. */
function articleTables(counted: readonly ArticleExtraction[], digestOf: ReadonlyMap<string, ArticleDigest>) {
  const docs = counted.map((x) => ({ article: x.article.id, text: x.article.text, mentions: x.actors }));
  const { actors, mentions } = resolveActors(docs, (doc) => digestOf.get(doc.article)?.actors);
  const mentionsByArticle = new Map<string, typeof mentions>();
  for (const m of mentions) pushTo(mentionsByArticle, m.article, m);
  const own = (x: ArticleExtraction) => mentionsByArticle.get(x.article.id) ?? [];
  const dates = counted.flatMap(dateRows);
  const figures = counted.flatMap((x) => figureRows(x, own(x)));
  const quotes = counted.flatMap((x) => quoteRows(x, own(x)));
  const events: EventRow[] = counted.flatMap((x) =>
    eventsOf(x.article.id, x.sentences, x.dates, own(x), x.article.dateSource === "inferred"),
  );
  return { actors, mentions, mentionsByArticle, dates, figures, quotes, events };
}

/** The sentences table, in the extractions' order, and each article's sentences. */
function sentenceTables(sorted: readonly ArticleExtraction[]) {
  const sentences = sorted.flatMap((x) => x.sentences.map((s) => ({ article: x.article.id, ...s })));
  const sentencesOf = new Map<string, typeof sentences>();
  for (const s of sentences) pushTo(sentencesOf, s.article, s);
  return { sentences, sentencesOf };
}

/**
 * The stories of the counted articles, with the hooks that took each article's story inputs and
 * numbered words from the memo where its source is the same (without one, all made as always).
 */
function storyGroups(
  rows: { ids: string[]; sentences: SentenceRow[]; mentions: MentionRow[]; dates: DateRow[]; skip: ReadonlySet<string> },
  by: {
    source: (id: string) => string;
    digestOf: ReadonlyMap<string, ArticleDigest>;
    ownDate: ReadonlyMap<string, { date: string | null; inferred: boolean }>;
    memo?: JoinMemo;
  },
) {
  // with a memo, each article's own story inputs taken from it where its source is the same (without one, made as always)
  const storyInputs = by.memo ? storyInputHooks(by.source, by.memo.storyInputs) : undefined;
  const storyWords = by.memo ? storyWordNumbering(by.source, by.memo.storyWords) : undefined;
  // an article's counted words, split from its digest only when the memo does not number them
  const wordCounts = (id: string) => {
    const digest = by.digestOf.get(id);
    return digest && wordsOf(digest);
  };
  const { ids, sentences, mentions, dates, skip } = rows;
  const stories = groupStories(ids, sentences, mentions, {
    skip,
    dates,
    published: (id: string) => by.ownDate.get(id),
    wordCounts,
    hooks: storyInputs?.hooks,
    numbering: storyWords?.numbering,
  });
  return { stories, storyInputs, storyWords };
}

export function buildTables(
  extractions: ArticleExtraction[],
  rejected: Rejection[] = [],
  warnings: IngestWarning[] = [],
  options: JoinOptions = {},
): Tables {
  const { sorted, digests } = inFileOrder(extractions, options.digests ?? new Map());
  // an article's file and content hash: with the engine's version, what its extraction is made of
  const similarity = {
    source: (i: number) => `${sorted[i].article.file}\0${sorted[i].article.hash}`,
    last: options.memo?.similarity ?? new Map(),
    next: new Map(),
  };
  const duplicates = findDuplicates(
    sorted.map((x) => x.article),
    {},
    digests.map(duplicatesOf),
    similarity,
  );
  const articles = articleRows(sorted, duplicates);
  // duplicates are listed as articles but counted once: nothing is extracted from them twice
  const digestOf = new Map(sorted.map((x, i) => [x.article.id, digests[i]]));
  const counted = articleTables(
    sorted.filter((x) => !duplicates.has(x.article.id)),
    digestOf,
  );
  const { actors, mentions, dates, figures, quotes, events } = counted;
  // the sentences the recognizers read and the site cites, each mention placed in its sentence, and the analysis over them
  const { sentences, sentencesOf } = sentenceTables(sorted);
  placeInSentences(mentions, sentencesOf);
  const skip = new Set(duplicates.keys());
  const byId = new Map(sorted.map((x) => [x.article.id, x.article]));
  const ownDate = new Map(articles.map((a) => [a.id, { date: a.date, inferred: a.dateSource === "inferred" }]));
  const sources = new Map(sorted.map((x) => [x.article.id, `${x.article.file}\0${x.article.hash}`]));
  const source = (id: string) => sources.get(id) ?? `${byId.get(id)?.file}\0${byId.get(id)?.hash}`;
  const { stories, storyInputs, storyWords } = storyGroups(
    { ids: articles.map((a) => a.id), sentences, mentions, dates, skip },
    { source, digestOf, ownDate, memo: options.memo },
  );
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const { memo, central, conflicts } = storyRows(
    {
      ...{ stories, sentencesOf, mentionsOf: counted.mentionsByArticle, figures, skip },
      source,
      actorName: (a) => names.get(a) ?? a,
      articleDate: (id) => ownDate.get(id)?.date ?? null,
    },
    options.memo?.stories,
  );
  options.onMemo?.({
    stories: memo,
    similarity: similarity.next,
    storyInputs: storyInputs?.next ?? emptyStoryInputMemo(),
    storyWords: storyWords?.next() ?? emptyStoryWordMemo(),
  });
  const comentions = coMentions(mentions, skip);
  options.onRowKeys?.(articleRowKeys(sorted, duplicates, counted.mentionsByArticle));
  const tables = { articles, actors, mentions, dates, figures, quotes, events, conflicts, rejected, warnings, sentences };
  return { ...tables, central, stories, comentions };
}
