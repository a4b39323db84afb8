// Which mentions name an actor as background, for the stories' cast rule: a sentence that sets what
// it tells in another time than the report's ("its second big acquisition after it bought Brightmill
// Dairy last year", "The storm arrived five weeks after Typhoon Rosalind flooded Cagayan", "he has
// not fought since he beat Oyelaran in Cardiff last June") names the earlier event's participants,
// not this event's. Counted as this article's, they would make the report of the second deal, the
// second typhoon, the second fight share the first one's cast, and join its story when no date
// tells them apart. What sets another time: "last" or "previous" and a year, a month, a season;
// weeks, months or years "ago", "earlier", "before" or "after"; "earlier this year". A plain month
// ("in March") or weekday may be the event's own time and is not read as background. Pure.
import type { MentionRow, SentenceRow } from "../types.js";

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
const SEASONS = "spring|summer|autumn|fall|winter|season";
/** Words that set a sentence in another time than the report's. */
const ANOTHER_TIME = new RegExp(
  `\\b(?:last|previous) (?:year|month|${SEASONS}|${MONTHS})\\b` +
    `|\\b(?:weeks?|months?|years?) (?:ago|earlier|before|after)\\b` +
    `|\\bearlier this (?:year|month)\\b`,
  "i",
);

/** Whether a sentence sets what it tells in another time than the report's. */
export function isBackgroundSentence(text: string): boolean {
  return ANOTHER_TIME.test(text);
}

/** Whether a mention lies in a background sentence of its article (isBackgroundSentence). */
export function backgroundMentions(sentences: readonly SentenceRow[]): (m: MentionRow) => boolean {
  const background = new Map<string, Set<number>>();
  for (const s of sentences)
    if (isBackgroundSentence(s.text)) {
      const set = background.get(s.article) ?? background.set(s.article, new Set()).get(s.article)!;
      set.add(s.index);
    }
  return (m) => m.sentence !== undefined && !!background.get(m.article)?.has(m.sentence);
}
