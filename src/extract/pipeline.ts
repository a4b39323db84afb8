// One article through the pipeline: segment → recognize (actors, dates, figures, quotes).
// Pure: the same article and model always give the same extraction, which is what the cache keys on.
import type { Article, ArticleExtraction, DateMention } from "./types.js";
import { articleSentences } from "./segment/articleSentences.js";
import { recognizeActors, type ActorModel } from "./recognize/actors/index.js";
import { findDateCandidates, recognizeDates, resolveDates } from "./recognize/dates/index.js";
import { recognizeFigures } from "./recognize/figures/index.js";
import { recognizeQuotes } from "./recognize/quotes/index.js";
import { inferArticleDate } from "./resolve/articleDate.js";

/** Absolute dates written in the removed ranges, reading a year fused to a clock time ("202307:33") apart. */
function datesInside(text: string, ranges: Array<[number, number]>): DateMention[] {
  return ranges.flatMap(([a, b]) => recognizeDates(text.slice(a, b).replace(/\b(\d{4})(\d{2}:\d{2})\b/g, "$1 $2"), null));
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
    // though never a date row of their own
    const inferred = inferArticleDate(dates) ?? inferArticleDate(datesInside(text, skip));
    if (inferred) {
      article = { ...article, date: inferred, dateSource: "inferred" };
      dates = resolveDates(text, candidates, inferred);
    }
  }
  const actors = recognizeActors(model, text, sentences, skip);
  const figures = recognizeFigures(text, sentences, skip, dates);
  const quotes = recognizeQuotes(text, sentences, actors, skip);
  return { article, sentences, actors, dates, figures, quotes };
}
