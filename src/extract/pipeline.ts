// One article through the pipeline: segment → recognize (actors, dates, figures, quotes).
// Pure: the same article and model always give the same extraction, which is what the cache keys on.
import type { Article, ArticleExtraction, DateMention } from "./types.js";
import { articleSentences } from "./segment/articleSentences.js";
import { recognizeActors, type ActorModel } from "./recognize/actors/index.js";
import { findDateCandidates, recognizeDates, resolveDates } from "./recognize/dates/index.js";
import { recognizeFigures } from "./recognize/figures/index.js";
import { recognizeQuotes } from "./recognize/quotes/index.js";
import { inferArticleDate, latestYearNamed, readArticleDate, type DateReading } from "./resolve/articleDate.js";
import type { Sentence } from "./types.js";

/** Sentences this early in an article say when its news happened (the headline may be the first). */
const OPENING_SENTENCES = 3;

/**
 * The removed ranges' text, one range a line, reading a year fused to a clock time ("202307:33")
 * apart, and the absolute dates written in it (at their offsets in that text).
 */
function datesInside(text: string, ranges: Array<[number, number]>): { text: string; dates: DateMention[] } {
  let joined = "";
  const dates: DateMention[] = [];
  for (const [a, b] of ranges) {
    const slice = text.slice(a, b).replace(/\b(\d{4})(\d{2}:\d{2})\b/g, "$1 $2");
    const at = joined.length;
    for (const d of recognizeDates(slice, null)) dates.push({ ...d, start: d.start + at, end: d.end + at });
    joined += slice + "\n";
  }
  return { text: joined, dates };
}

/** The article's date from its opening sentences' dates, failing that from the timestamps the cleaning removed (never a dateline's). */
function inferredDate(text: string, dates: DateMention[], sentences: Sentence[], skip: Array<[number, number]>): DateReading | null {
  const opening = sentences[Math.min(OPENING_SENTENCES, sentences.length) - 1]?.end ?? 0;
  const fromText = readArticleDate(dates, text, { before: opening, latestYear: latestYearNamed(dates, text) ?? undefined });
  if (fromText) return fromText;
  const removed = datesInside(text, skip);
  const date = inferArticleDate(removed.dates, removed.text);
  return date ? { date, dateline: false } : null;
}

export function extractArticle(input: Article, model: ActorModel): ArticleExtraction {
  let article = input;
  const { text, boilerplate: skip } = article;
  // the one notion of a sentence: without the boilerplate at its edges (a dateline, a photo credit)
  const sentences = articleSentences(text, skip);
  const candidates = findDateCandidates(text, skip);
  let dates = resolveDates(text, candidates, article.date);
  if (!article.date && article.dateSource === "none") {
    // from the dates of the text; failing that, from timestamps the cleaning removed
    // ("Aug. 9, 202307:33" under an embedded video): evidence of when the page was made,
    // though never a date row of their own; a dateline opening the text states the page's date
    const read = inferredDate(text, dates, sentences, skip);
    if (read) {
      article = { ...article, date: read.date, dateSource: read.dateline ? "page-text" : "inferred" };
      dates = resolveDates(text, candidates, read.date);
    }
  }
  const actors = recognizeActors(model, text, sentences, skip);
  const figures = recognizeFigures(text, sentences, skip, dates);
  const quotes = recognizeQuotes(text, sentences, actors, skip);
  return { article, sentences, actors, dates, figures, quotes };
}
