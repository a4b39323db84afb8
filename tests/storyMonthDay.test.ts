// Days without a year in an undated article's opening ("the bombing on Aug. 7"): far apart they part
// two reports of the same kind of event, the same day restores part of the unknown-time doubt.
import { describe, expect, it } from "vitest";
import type { DateRow, SentenceRow } from "../src/extract/types.js";
import { articleTimes, ONE_TIME_UNKNOWN, timeFactor, UNKNOWN_TIME, type ArticleTime } from "../src/extract/analyze/storyTime.js";
import {
  isDeadline,
  MONTH_DAY_APART,
  MONTH_DAY_SAME,
  monthDayOf,
  monthDayRelation,
  spanAfter,
  yearDayGap,
} from "../src/extract/analyze/storyMonthDay.js";

/** An undated article of sentences, with a date row for each `[text]` written in them. */
function article(id: string, texts: string[]): { sentences: SentenceRow[]; dates: DateRow[] } {
  const sentences: SentenceRow[] = [];
  const dates: DateRow[] = [];
  let at = 0;
  texts.forEach((raw, index) => {
    const text = raw.replace(/[[\]]/g, "");
    for (const m of raw.matchAll(/\[([^\]]+)\]/g)) {
      const start = at + raw.slice(0, m.index).replace(/[[\]]/g, "").length;
      dates.push({ article: id, text: m[1], start, end: start + m[1].length, type: "date", value: null, relative: true });
    }
    sentences.push({ article: id, index, start: at, end: at + text.length, text });
    at += text.length + 1;
  });
  return { sentences, dates };
}

function times(articles: Record<string, string[]>): Record<string, ArticleTime> {
  const ids = Object.keys(articles);
  const made = ids.map((id) => article(id, articles[id]));
  const list = articleTimes(
    ids,
    () => null,
    made.flatMap((a) => a.dates),
    made.flatMap((a) => a.sentences),
  );
  return Object.fromEntries(ids.map((id, i) => [id, list[i]]));
}

describe("days without a year", () => {
  it("reads a month and a day without a year as a day of the year, and nothing else", () => {
    const row = (text: string, value: string | null = null): DateRow => ({ article: "a", text, start: 0, end: 1, type: "date", value });
    expect(monthDayOf(row("Aug. 7"))).toBe(218);
    expect(monthDayOf(row("August 7"))).toBe(218);
    expect(monthDayOf(row("7 August"))).toBe(218);
    expect(monthDayOf(row("Jan. 1"))).toBe(0);
    expect(monthDayOf(row("Dec. 31"))).toBe(364);
    expect(monthDayOf(row("the day", "XXXX-11-25"))).toBe(328);
    for (const text of ["Friday", "August", "Feb. 30", "Aug. 7, 1998"]) expect(monthDayOf(row(text))).toBeNull();
    expect(monthDayOf(row("Aug. 7", "1998-08-07"))).toBeNull();
  });

  it("counts days apart the shorter way round the year", () => {
    expect(yearDayGap(364, 1)).toBe(2);
    expect(yearDayGap(40, 218)).toBe(178);
    expect(monthDayRelation([364], [1])).toBe("near");
    expect(monthDayRelation([151], [161])).toBeNull();
    expect(monthDayRelation([92], [284])).toBe("apart");
    expect(monthDayRelation([], [284])).toBeNull();
  });

  it("takes a day named as a deadline for when something is due, not when the event happened", () => {
    expect(isDeadline("The board ruled that the plant must close by ")).toBe(true);
    expect(isDeadline("The talks will go on until ")).toBe(true);
    expect(isDeadline("Rebels seized the town on ")).toBe(false);
  });

  it("parts two undated reports whose openings name days months apart", () => {
    const t = times({
      spring: ["Pirates seized a tanker off Somalia on [April 3], its owners said.", "The crew of twenty is safe."],
      autumn: ["Pirates seized a cargo ship off Somalia on [Oct. 12], the navy said.", "Talks have begun."],
      undated: ["Pirates seized a fishing boat off Somalia, officials said.", "Its crew is held."],
    });
    expect(t.spring.monthDays).toEqual([92]);
    expect(timeFactor(t.spring, t.autumn)).toBeCloseTo(UNKNOWN_TIME * MONTH_DAY_APART, 10);
    // one of the two names no day: nothing more is known than without the rule
    expect(timeFactor(t.spring, t.undated)).toBe(UNKNOWN_TIME);
  });

  it("restores part of the doubt for two undated reports whose openings name the same or the next day", () => {
    const t = times({
      blast: ["Bombs exploded outside two embassies on [Aug. 7], killing dozens.", "Rescuers dug through rubble."],
      inquiry: ["Investigators of the [August 8] embassy bombings arrested a suspect.", "He was flown to the capital."],
      wrap: ["Fireworks lit the harbour on [Dec. 31] as crowds gathered.", "The night was clear."],
      newYear: ["Police said on [Jan. 1] that the harbour crowd was calm.", "No arrests were made."],
    });
    expect(timeFactor(t.blast, t.inquiry)).toBe(MONTH_DAY_SAME);
    expect(timeFactor(t.wrap, t.newYear)).toBe(MONTH_DAY_SAME);
    expect(MONTH_DAY_SAME).toBeGreaterThan(UNKNOWN_TIME);
    expect(MONTH_DAY_SAME).toBeLessThan(1);
  });

  it("reads only the opening's days, and leaves out deadlines", () => {
    const t = times({
      ruling: ["Immigration officials ruled that the boy must be returned to his father by [Jan. 14].", "Relatives protested."],
      hearing: ["A congressman subpoenaed the boy on [Feb. 10] to keep him in the country.", "Supporters cheered."],
      later: ["Relatives of the boy met lawyers again.", "They spoke to reporters.", "The boy was found at sea on [Nov. 25]."],
    });
    expect(t.ruling.monthDays).toEqual([]);
    expect(t.later.monthDays).toEqual([]);
    expect(timeFactor(t.ruling, t.hearing)).toBe(UNKNOWN_TIME);
    expect(timeFactor(t.later, t.hearing)).toBe(UNKNOWN_TIME);
  });
});

describe("days without a year beside a dated report", () => {
  const day = (id: string, value: string, index: number, start: number): DateRow => ({
    article: id,
    text: value,
    start,
    end: start + 1,
    type: "date",
    value,
  });
  const sentences = (id: string, texts: string[]): SentenceRow[] =>
    texts.map((text, index) => ({ article: id, index, start: index * 100, end: index * 100 + 90, text }));

  it("weakens an undated report whose opening names a day weeks from the dated report's days, keeps one naming its day", () => {
    const ids = ["dated", "far", "same", "none"];
    const all = [
      ...sentences("dated", ["Bombs exploded outside two embassies, killing dozens.", "Rescuers dug through rubble."]),
      ...article("far", ["Jobs resigned as chief executive on [October 12], the company said.", "Shares fell."]).sentences,
      ...article("same", ["Investigators of the [Aug. 7] bombings arrested a suspect in the port.", "He was flown out."]).sentences,
      ...sentences("none", ["Investigators arrested a suspect in the port.", "He was flown out."]),
    ];
    const dates = [
      day("dated", "1998-08-07", 0, 10),
      ...article("far", ["Jobs resigned as chief executive on [October 12], the company said."]).dates,
      ...article("same", ["Investigators of the [Aug. 7] bombings arrested a suspect in the port."]).dates,
    ];
    const [dated, far, same, none] = articleTimes(ids, (id) => (id === "dated" ? { date: "1998-08-08" } : null), dates, all);
    // its own day (Aug. 8) and its opening's (Aug. 7)
    expect(dated.monthDays).toEqual([219, 218]);
    expect(timeFactor(dated, far)).toBeCloseTo(ONE_TIME_UNKNOWN * MONTH_DAY_APART, 10);
    expect(timeFactor(same, dated)).toBe(1);
    expect(timeFactor(dated, none)).toBe(ONE_TIME_UNKNOWN);
  });
});

describe("a span after a day without a year", () => {
  it("adds a span's days when it runs after or since the day, nothing otherwise", () => {
    expect(spanAfter("P5M", " after ")).toBe(152);
    expect(spanAfter("P3W", " since ")).toBe(21);
    expect(spanAfter("P10D", " after the ")).toBe(10);
    expect(spanAfter("P5M", " before ")).toBe(0);
    expect(spanAfter("P2Y", " after ")).toBe(0);
  });

  it("dates the event a span after the day it names, round the year", () => {
    const ids = ["handover", "rescue", "raid"];
    const texts: Record<string, string> = {
      handover: "The boy was returned to his father nearly five months after Nov. 25, when he was found at sea.",
      rescue: "Fishermen found the boy clinging to an inner tube on Nov. 25, officials said.",
      raid: "Federal agents seized the boy before dawn on April 22 in a raid on the house.",
    };
    const sentences: SentenceRow[] = ids.map((id) => ({ article: id, index: 0, start: 0, end: texts[id].length, text: texts[id] }));
    const at = (id: string, text: string, type: DateRow["type"], value: string | null): DateRow => {
      const start = texts[id].indexOf(text);
      return { article: id, text, start, end: start + text.length, type, value };
    };
    const dates = [
      at("handover", "nearly five months", "duration", "P5M"),
      at("handover", "Nov. 25", "date", null),
      at("rescue", "Nov. 25", "date", null),
      at("raid", "April 22", "date", null),
    ];
    const [handover, rescue, raid] = articleTimes(ids, () => null, dates, sentences);
    // Nov. 25 (day 328) and 152 days: April 26 of the next year (day 115), four days from the raid
    expect(handover.monthDays).toEqual([115]);
    expect(rescue.monthDays).toEqual([328]);
    expect(timeFactor(handover, rescue)).toBeCloseTo(UNKNOWN_TIME * MONTH_DAY_APART, 10);
    expect(timeFactor(handover, raid)).toBeCloseTo(UNKNOWN_TIME, 10);
  });
});
