// Times named only by their side of the present, with TimeML's symbolic values: "now", "right
// now", "currently", "at present", "nowadays" (PRESENT_REF); "the past", "in the past" (PAST_REF);
// "the future", "future" as an adjective, "the near future" (FUTURE_REF). "Recently" and
// "previously" are left out: the TimeML newswire annotations rarely mark them.
import type { DateCandidate, DateParser } from "../candidate.js";

const PRESENT = /\b(?:right\s+now|now|currently|at\s+present|presently|nowadays|at\s+the\s+moment)\b/gi;
const PAST =
  /\b(?:in|of|from)\s+(the\s+(?:recent\s+|distant\s+)?past)\b(?!\s+(?:\d|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|decade|year|month|week|day|hour|century|quarter))/gi;
const FUTURE = /\b(?:the\s+(?:(?:near|distant|immediate|foreseeable)\s+)?future|future)\b(?!s\b|-)/gi;

function ref(found: DateCandidate[], start: number, end: number, value: string, source: string): void {
  found.push({ start, end, type: "date", anchor: { kind: "fixed", value }, source });
}

export const referenceParser: DateParser = {
  name: "reference",
  parse(text: string): DateCandidate[] {
    const found: DateCandidate[] = [];
    for (const m of text.matchAll(PRESENT)) {
      // "now" in "from now" belongs to an offset ("two weeks from now"), found by the relative parser
      if (/^now$/i.test(m[0]) && /\bfrom\s+$/i.test(text.slice(Math.max(0, m.index! - 6), m.index!))) continue;
      ref(found, m.index!, m.index! + m[0].length, "PRESENT_REF", "reference/present");
    }
    for (const m of text.matchAll(PAST)) {
      const start = m.index! + m[0].length - m[1].length;
      ref(found, start, m.index! + m[0].length, "PAST_REF", "reference/past");
    }
    for (const m of text.matchAll(FUTURE)) {
      // "we face a future in which": a future as a thing, not a time
      if (/\ba\s+$/i.test(text.slice(Math.max(0, m.index! - 3), m.index!))) continue;
      // "the Future of Babylon project": a name
      const end = m.index! + m[0].length;
      if (
        /Future/.test(m[0]) &&
        (/^\s+of\s+[A-Z]/.test(text.slice(end, end + 12)) ||
          !/(?:^|[.!?]\s+|["“`]\s*)$/.test(text.slice(Math.max(0, m.index! - 3), m.index!)))
      )
        continue;
      ref(found, m.index!, m.index! + m[0].length, "FUTURE_REF", "reference/future");
    }
    return found;
  },
};
