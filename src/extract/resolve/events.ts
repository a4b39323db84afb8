// Events are the timeline's rows: each sentence that carries a date, with that date and the
// actors named in the sentence. A relative date that could not be anchored keeps the row, undated.
import type { DateMention, EventRow, MentionRow, Sentence } from "../types.js";
import { isDuration } from "../recognize/dates/index.js";

export function eventsOf(
  article: string,
  sentences: Sentence[],
  dates: DateMention[],
  mentions: MentionRow[],
  articleDateInferred: boolean,
): EventRow[] {
  const events: EventRow[] = [];
  for (const sentence of sentences) {
    // lengths of time ("two hours") do not date a sentence; points in time do, even unanchored ones
    const inSentence = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end && !isDuration(d));
    if (!inSentence.length) continue;
    // the most precise dated expression stands for the sentence
    const rank = (d: DateMention) => (d.value ? { day: 3, month: 2, year: 1 }[d.granularity ?? "year"] : 0);
    const best = [...inSentence].sort((a, b) => rank(b) - rank(a) || a.start - b.start)[0];
    const actors = [...new Set(mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => m.actor))];
    events.push({
      article,
      date: best.value,
      text: sentence.text,
      actors,
      start: sentence.start,
      end: sentence.end,
      relative: best.relative,
      inferred: best.relative && articleDateInferred,
    });
  }
  return events;
}
