// Expressions built around a day another expression names, as one TIMEX3 (TimeML keeps them whole):
// "the week of March 6" (that day's ISO week), "the day before last Tuesday", "the day after
// Christmas", "the week after Easter", and a holiday's week ("Easter week", "Christmas week").
// Runs after the overlap merge, on candidates that name a single day.
import type { Anchor, DateCandidate, DateRefiner } from "../candidate.js";
import type { Unit } from "../lexicon.js";

/** "the week of ", "the day before ", "the week after " right before a day. */
const AROUND_BEFORE = /\b(?:the\s+)?(week)\s+of\s+$|\bthe\s+(day|week)\s+(before|after)\s+$/i;
/** " week" right after a holiday: "Easter week". */
const WEEK_AFTER = /^\s+week\b/i;

/** True when the anchor names one day (a written date, a weekday, a holiday, a day step). */
function namesDay(a: Anchor): boolean {
  if (a.kind === "calendar") return !a.weekend && !a.time && (a.day !== undefined || (a.weekday !== undefined && a.month === undefined));
  if (a.kind === "holiday") return true;
  return (a.kind === "offset" || a.kind === "anaphoric") && a.unit === "day" && !a.time;
}

function shift(c: DateCandidate, start: number, end: number, unit: Unit, amount: number): DateCandidate {
  return { start, end, type: "date", anchor: { kind: "shift", base: c.anchor, unit, amount }, source: `${c.source}+shift` };
}

export const composeAround: DateRefiner = {
  name: "compose-around",
  refine(text, candidates) {
    return candidates.map((c, i) => {
      if (c.type !== "date" || !namesDay(c.anchor)) return c;
      const previousEnd = i > 0 ? candidates[i - 1].end : 0;
      const before = AROUND_BEFORE.exec(text.slice(Math.max(previousEnd, c.start - 20), c.start));
      if (before) {
        const start = c.start - before[0].length;
        if (before[1]) return shift(c, start, c.end, "week", 0);
        return shift(c, start, c.end, before[2].toLowerCase() as Unit, before[3].toLowerCase() === "before" ? -1 : 1);
      }
      if (c.anchor.kind === "holiday") {
        const week = WEEK_AFTER.exec(text.slice(c.end, c.end + 8));
        if (week) return shift(c, c.start, c.end + week[0].length, "week", 0);
      }
      return c;
    });
  },
};
