// Joins per-article extractions into the printed tables: resolves actors across articles,
// flags duplicates, attributes quotes, and derives events and conflicts.
import type { ArticleExtraction, FigureRow, IngestWarning, QuoteRow, Rejection, Tables, DateRow, EventRow } from "./types.js";
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

export function buildTables(extractions: ArticleExtraction[], rejected: Rejection[] = [], warnings: IngestWarning[] = []): Tables {
  const byFile = [...extractions].sort((a, b) => (a.article.file < b.article.file ? -1 : a.article.file > b.article.file ? 1 : 0));
  // ids come from file names, which can collide ("a.txt", "a.md"): make them unique across the folder
  const ids = uniqueIds(byFile.map((x) => x.article.file));
  const sorted = byFile.map((x, i) => (x.article.id === ids[i] ? x : { ...x, article: { ...x.article, id: ids[i] } }));
  const duplicates = findDuplicates(sorted.map((x) => x.article));
  const articles = sorted.map(({ article }) => {
    const { hash: _hash, url: _url, ...rest } = article;
    const row = { ...rest, outlet: outletName(article.source, article.url) };
    const duplicateOf = duplicates.get(article.id);
    return duplicateOf ? { ...row, duplicateOf } : row;
  });
  // duplicates are listed as articles but counted once: nothing is extracted from them twice
  const counted = sorted.filter((x) => !duplicates.has(x.article.id));
  const { actors, mentions } = resolveActors(counted.map((x) => ({ article: x.article.id, text: x.article.text, mentions: x.actors })));
  const mentionsByArticle = new Map<string, typeof mentions>();
  for (const m of mentions) pushTo(mentionsByArticle, m.article, m);

  const dates: DateRow[] = [];
  const figures: FigureRow[] = [];
  const quotes: QuoteRow[] = [];
  const events: EventRow[] = [];
  for (const x of counted) {
    const id = x.article.id;
    const own = mentionsByArticle.get(id) ?? [];
    for (const d of x.dates)
      dates.push({
        article: id,
        text: d.text,
        start: d.start,
        end: d.end,
        type: d.type,
        value: d.value,
        granularity: d.granularity,
        relative: d.relative,
      });
    x.figures.forEach((f, i) => {
      const sentence = x.sentences[f.sentence];
      const actorsInSentence = sentence
        ? [...new Set(own.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => m.actor))]
        : [];
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
      row.actors = actorsInSentence;
      figures.push(row);
    });
    for (const q of x.quotes) {
      const speaker = q.actorStart === undefined ? undefined : own.find((m) => m.start === q.actorStart && m.end === q.actorEnd);
      quotes.push({
        article: id,
        speaker: speaker?.actor ?? null,
        kind: q.kind,
        text: q.text,
        start: q.start,
        end: q.end,
        ...(q.speakerText ? { speakerText: q.speakerText } : {}),
      });
    }
    events.push(...eventsOf(id, x.sentences, x.dates, own, x.article.dateSource === "inferred"));
  }
  // the sentences the recognizers read and the site cites, each mention placed in its sentence, and the analysis over them
  const sentences = sorted.flatMap((x) => x.sentences.map((s) => ({ article: x.article.id, ...s })));
  const sentencesOf = new Map<string, typeof sentences>();
  for (const s of sentences) pushTo(sentencesOf, s.article, s);
  for (const m of mentions) {
    const s = sentenceAt(sentencesOf.get(m.article) ?? [], m.start);
    if (s) m.sentence = s.index;
  }
  const skip = new Set(duplicates.keys());
  const stories = groupStories(
    articles.map((a) => a.id),
    sentences,
    mentions,
    { skip },
  );
  const storyOf = new Map<string, string>();
  for (const story of stories) for (const id of story.articles) storyOf.set(id, story.id);
  const byStory = <T extends { article: string }>(rows: readonly T[]) => {
    const out = new Map<string, T[]>();
    for (const r of rows) {
      const story = storyOf.get(r.article);
      if (story) pushTo(out, story, r);
    }
    return out;
  };
  const mentionsOfStory = byStory(mentions);
  const figuresOfStory = byStory(figures);
  // "What happened", story by story: one story (as the seeds are) keeps six sentences, several
  // stories a few each, by their size
  const central = stories.flatMap((story) => {
    const storySentences = story.articles.flatMap((id) => sentencesOf.get(id) ?? []);
    const limit = stories.length === 1 ? 6 : Math.min(4, story.articles.length + 1);
    return centralSentences(storySentences, mentionsOfStory.get(story.id) ?? [], { skip, limit }).map((c) => ({ ...c, story: story.id }));
  });
  const comentions = coMentions(mentions, skip);
  // sources disagree only within a story: unrelated articles report unrelated quantities
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const dateOf = new Map(articles.map((a) => [a.id, a.date]));
  const conflicts = stories.flatMap((story) =>
    findConflicts(
      figuresOfStory.get(story.id) ?? [],
      (a) => names.get(a) ?? a,
      (id) => dateOf.get(id) ?? null,
    ),
  );
  return {
    articles,
    actors,
    mentions,
    dates,
    figures,
    quotes,
    events,
    conflicts,
    rejected,
    warnings,
    sentences,
    central,
    stories,
    comentions,
  };
}
