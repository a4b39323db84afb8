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
  StoryRow,
  Tables,
} from "./types.js";
import { resolveActors } from "./resolve/actors.js";
import { eventsOf } from "./resolve/events.js";
import { findConflicts } from "./resolve/conflicts.js";
import { findDuplicates, uniqueIds } from "./ingest/index.js";
import { pushTo } from "./util/groupBy.js";
import { sentenceAt } from "./segment/articleSentences.js";
import { centralSentences } from "./analyze/central.js";
import { coMentions } from "./analyze/comentions.js";
import { groupStories } from "./analyze/stories.js";
import { outletName } from "./resolve/outlets.js";
import { contains } from "./util/ranges.js";

/** The extractions in file order, each article with an id unique across the folder ("a.txt" and "a.md" both name "a"). */
function inFileOrder(extractions: readonly ArticleExtraction[]): ArticleExtraction[] {
  const byFile = [...extractions].sort((a, b) => (a.article.file < b.article.file ? -1 : a.article.file > b.article.file ? 1 : 0));
  const ids = uniqueIds(byFile.map((x) => x.article.file));
  return byFile.map((x, i) => (x.article.id === ids[i] ? x : { ...x, article: { ...x.article, id: ids[i] } }));
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

/** Rows grouped by the story of their article (rows of articles in no story are left out). */
function byStory<T extends { article: string }>(stories: readonly StoryRow[], rows: readonly T[]): Map<string, T[]> {
  const storyOf = new Map<string, string>();
  for (const story of stories) for (const id of story.articles) storyOf.set(id, story.id);
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const story = storyOf.get(r.article);
    if (story) pushTo(out, story, r);
  }
  return out;
}

/**
 * "What happened", story by story: one story (as the seeds are) keeps six sentences, several
 * stories a few each, by their size.
 */
function centralOfStories(
  stories: readonly StoryRow[],
  sentencesOf: ReadonlyMap<string, SentenceRow[]>,
  mentions: readonly MentionRow[],
  skip: ReadonlySet<string>,
) {
  const mentionsOfStory = byStory(stories, mentions);
  return stories.flatMap((story) => {
    const storySentences = story.articles.flatMap((id) => sentencesOf.get(id) ?? []);
    const limit = stories.length === 1 ? 6 : Math.min(4, story.articles.length + 1);
    return centralSentences(storySentences, mentionsOfStory.get(story.id) ?? [], { skip, limit }).map((c) => ({ ...c, story: story.id }));
  });
}

/** Where sources disagree: only within a story, since unrelated articles report unrelated quantities. */
function conflictsOfStories(
  stories: readonly StoryRow[],
  figures: readonly FigureRow[],
  actorName: (id: string) => string,
  articleDate: (id: string) => string | null,
) {
  const figuresOfStory = byStory(stories, figures);
  return stories.flatMap((story) => findConflicts(figuresOfStory.get(story.id) ?? [], actorName, articleDate));
}

export function buildTables(extractions: ArticleExtraction[], rejected: Rejection[] = [], warnings: IngestWarning[] = []): Tables {
  const sorted = inFileOrder(extractions);
  const duplicates = findDuplicates(sorted.map((x) => x.article));
  const articles = articleRows(sorted, duplicates);
  // duplicates are listed as articles but counted once: nothing is extracted from them twice
  const counted = sorted.filter((x) => !duplicates.has(x.article.id));
  const { actors, mentions } = resolveActors(counted.map((x) => ({ article: x.article.id, text: x.article.text, mentions: x.actors })));
  const mentionsByArticle = new Map<string, typeof mentions>();
  for (const m of mentions) pushTo(mentionsByArticle, m.article, m);
  const own = (x: ArticleExtraction) => mentionsByArticle.get(x.article.id) ?? [];
  const dates = counted.flatMap(dateRows);
  const figures = counted.flatMap((x) => figureRows(x, own(x)));
  const quotes = counted.flatMap((x) => quoteRows(x, own(x)));
  const events: EventRow[] = counted.flatMap((x) =>
    eventsOf(x.article.id, x.sentences, x.dates, own(x), x.article.dateSource === "inferred"),
  );
  // the sentences the recognizers read and the site cites, each mention placed in its sentence, and the analysis over them
  const sentences = sorted.flatMap((x) => x.sentences.map((s) => ({ article: x.article.id, ...s })));
  const sentencesOf = new Map<string, typeof sentences>();
  for (const s of sentences) pushTo(sentencesOf, s.article, s);
  placeInSentences(mentions, sentencesOf);
  const skip = new Set(duplicates.keys());
  const dateOf = new Map(articles.map((a) => [a.id, a.date]));
  const ownDate = new Map(articles.map((a) => [a.id, { date: a.date, inferred: a.dateSource === "inferred" }]));
  const stories = groupStories(
    articles.map((a) => a.id),
    sentences,
    mentions,
    { skip, dates, published: (id) => ownDate.get(id) },
  );
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return {
    articles,
    actors,
    mentions,
    dates,
    figures,
    quotes,
    events,
    conflicts: conflictsOfStories(
      stories,
      figures,
      (a) => names.get(a) ?? a,
      (id) => dateOf.get(id) ?? null,
    ),
    rejected,
    warnings,
    sentences,
    central: centralOfStories(stories, sentencesOf, mentions, skip),
    stories,
    comentions: coMentions(mentions, skip),
  };
}
