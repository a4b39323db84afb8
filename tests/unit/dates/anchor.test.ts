import { describe, expect, it } from "vitest";
import {
  resolve,
  resolveAnaphoric,
  resolveCalendar,
  resolveClock,
  resolveHoliday,
  resolveOffset,
  resolveQuarter,
  resolveSeason,
  resolveShift,
  weekdayValue,
  type ResolveContext,
} from "../../../src/extract/recognize/dates/anchor.js";
import type { TenseReading } from "../../../src/extract/recognize/dates/tense.js";

// Friday 7 August 1998
const ref = { year: 1998, month: 8, day: 7 };
const past: TenseReading = { tense: "past", cue: null };
const future: TenseReading = { tense: "future", cue: null };
const at = (reading: TenseReading = past, previous: string | null = null): ResolveContext => ({ ref, reading, previous });
const noRef: ResolveContext = { ref: null, reading: past, previous: null };

describe("anchor resolvers", () => {
  it("resolveCalendar: a written date, a month placed by tense, a year offset; nothing relative without an article date", () => {
    expect(resolveCalendar({ kind: "calendar", year: 1998, month: 10, day: 23 }, noRef)).toBe("1998-10-23");
    expect(resolveCalendar({ kind: "calendar", month: 3 }, at(past))).toBe("1998-03");
    expect(resolveCalendar({ kind: "calendar", month: 3 }, at(future))).toBe("1999-03");
    expect(resolveCalendar({ kind: "calendar", month: 10, day: 23, yearOffset: -1 }, at())).toBe("1997-10-23");
    expect(resolveCalendar({ kind: "calendar", month: 3 }, noRef)).toBeNull();
    expect(resolveCalendar({ kind: "calendar", year: 1998, month: 2, day: 30 }, noRef)).toBeNull();
  });

  it("resolveCalendar: a written weekday picks the year whose day falls on it", () => {
    // Friday, Oct. 23: 1998's Oct. 23 is a Friday, 1997's a Thursday
    expect(resolveCalendar({ kind: "calendar", month: 10, day: 23, weekday: 5 }, at(past))).toBe("1998-10-23");
  });

  it("weekdayValue: the weekday before in the past, after in the future; the weekend as a week", () => {
    expect(weekdayValue({ kind: "calendar", weekday: 3 }, ref, past, 3)).toBe("1998-08-05");
    expect(weekdayValue({ kind: "calendar", weekday: 2 }, ref, future, 2)).toBe("1998-08-11");
    expect(weekdayValue({ kind: "calendar", weekday: 5, direction: "past" }, ref, past, 5)).toBe("1998-07-31");
    expect(weekdayValue({ kind: "calendar", weekday: 6, weekend: true }, ref, past, 6)).toBe("1998-W31-WE");
  });

  it("resolveSeason: a written year, or the season the tense points to", () => {
    expect(resolveSeason({ kind: "season", season: "SU", year: 2017 }, noRef)).toBe("2017-SU");
    expect(resolveSeason({ kind: "season", season: "FA", direction: "past" }, at())).toBe("1997-FA");
    expect(resolveSeason({ kind: "season", season: "FA" }, noRef)).toBeNull();
  });

  it("resolveQuarter: quarters and halves, a year offset, the tense", () => {
    expect(resolveQuarter({ kind: "quarter", quarter: 3, year: 1998 }, noRef)).toBe("1998-Q3");
    expect(resolveQuarter({ kind: "quarter", quarter: 1, half: true, yearOffset: -1 }, at())).toBe("1997-H1");
    expect(resolveQuarter({ kind: "quarter", quarter: 4 }, at(past))).toBe("1997-Q4");
    expect(resolveQuarter({ kind: "quarter", quarter: 4, yearOffset: 0 }, noRef)).toBeNull();
  });

  it("resolveHoliday: the day of its rule; null for a holiday with none", () => {
    expect(resolveHoliday({ kind: "holiday", name: "thanksgiving", year: 1998 }, noRef)).toBe("1998-11-26");
    expect(resolveHoliday({ kind: "holiday", name: "easter" }, at(past))).toBe("1998-04-12");
    expect(resolveHoliday({ kind: "holiday", name: "no such day", year: 1998 }, noRef)).toBeNull();
  });

  it("resolveOffset: steps from the article date in its unit; null without one", () => {
    expect(resolveOffset({ kind: "offset", unit: "day", amount: -1 }, at())).toBe("1998-08-06");
    expect(resolveOffset({ kind: "offset", unit: "week", amount: -1 }, at())).toBe("1998-W31");
    expect(resolveOffset({ kind: "offset", unit: "day", amount: 0, time: { part: "NI" } }, at())).toBe("1998-08-07TNI");
    expect(resolveOffset({ kind: "offset", unit: "day", amount: -1 }, noRef)).toBeNull();
  });

  it("resolveAnaphoric: from the date named last when precise enough, keeping its quarter a year away", () => {
    expect(resolveAnaphoric({ kind: "anaphoric", unit: "day", amount: 1 }, at(past, "1998-07-01"))).toBe("1998-07-02");
    expect(resolveAnaphoric({ kind: "anaphoric", unit: "year", amount: -1, keepUnit: true }, at(past, "1998-Q3"))).toBe("1997-Q3");
    expect(resolveAnaphoric({ kind: "anaphoric", unit: "day", amount: 1 }, at(past, "1998"))).toBeNull();
    expect(resolveAnaphoric({ kind: "anaphoric", unit: "day", amount: 1 }, at(past, null))).toBeNull();
  });

  it("resolveShift: a step from the day the expression names; null when it names none", () => {
    const base = { kind: "calendar", year: 1998, month: 3, day: 6 } as const;
    expect(resolveShift({ kind: "shift", base, unit: "week", amount: 0 }, noRef)).toBe("1998-W10");
    expect(resolveShift({ kind: "shift", base: { kind: "calendar", month: 3 }, unit: "week", amount: 0 }, noRef)).toBeNull();
  });

  it("resolveClock: the article date at that time; null without one", () => {
    expect(resolveClock({ kind: "clock", time: { hour: 10, minute: 0 } }, at())).toBe("1998-08-07T10:00");
    expect(resolveClock({ kind: "clock", time: { hour: 10 } }, noRef)).toBeNull();
  });

  it("resolve: each kind to its resolver", () => {
    expect(resolve({ kind: "fixed", value: "PRESENT_REF" }, null, past, null)).toBe("PRESENT_REF");
    expect(resolve({ kind: "offset", unit: "day", amount: 1 }, ref, past, null)).toBe("1998-08-08");
    expect(resolve({ kind: "fixed", value: null }, ref, past, null)).toBeNull();
  });
});
