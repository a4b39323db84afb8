// Events are the timeline's rows: each sentence that carries a date or time, with that date and the
// actors named in the sentence. A relative date that could not be anchored keeps the row, undated.
// Only `date` and `time` mentions date a sentence: durations ("two hours") and sets ("weekly") do
// not, nor do PRESENT_REF-like values ("now"), which name no day.
import type { DateMention, EventRow, MentionRow, Sentence } from "../types.js";
import { calendarDateOf } from "./calendarDate.js";
import { contains } from "../util/ranges.js";

/** Mentions that can date a sentence. */
export function datesEvents(d: Pick<DateMention, "type" | "value">): boolean {
  return (d.type === "date" || d.type === "time") && !(d.value && /_REF$/.test(d.value));
}

export function eventsOf(
  article: string,
  sentences: Sentence[],
  dates: DateMention[],
  mentions: MentionRow[],
  articleDateInferred: boolean,
): EventRow[] {
  const events: EventRow[] = [];
  for (const sentence of sentences) {
    const inSentence = dates.filter((d) => contains(sentence.start, sentence.end, d.start, d.end) && datesEvents(d));
    if (!inSentence.length) continue;
    // the most precise dated expression stands for the sentence
    const rank = (d: DateMention) => {
      const date = calendarDateOf(d.value);
      return date ? date.length : 0;
    };
    const best = [...inSentence].sort((a, b) => rank(b) - rank(a) || a.start - b.start)[0];
    const actors = [...new Set(mentions.filter((m) => contains(sentence.start, sentence.end, m.start, m.end)).map((m) => m.actor))];
    events.push({
      article,
      date: calendarDateOf(best.value),
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
