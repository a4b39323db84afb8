// Times named only by their side of the present, with TimeML's symbolic values: "now", "right
// now", "currently", "at present", "nowadays" (PRESENT_REF); "the past", "in the past" (PAST_REF);
// "the future", "future" as an adjective, "the near future" (FUTURE_REF). "Recently" and
// "previously" are left out: the TimeML newswire annotations rarely mark them.
import { candidateAt, matchCandidate, parserOf, type DateParser } from "../candidate.js";

const PRESENT = /\b(?:right\s+now|now|currently|at\s+present|presently|nowadays|at\s+the\s+moment)\b/gi;
const PAST =
  /\b(?:in|of|from)\s+(the\s+(?:recent\s+|distant\s+)?past)\b(?!\s+(?:\d|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|decade|year|month|week|day|hour|century|quarter))/gi;
const FUTURE = /\b(?:the\s+(?:(?:near|distant|immediate|foreseeable)\s+)?future|future)\b(?!s\b|-)/gi;

const fixedAt = (value: string) => ({ kind: "fixed", value }) as const;

/** "now", "currently", "at present" (not the "now" of "two weeks from now": an offset). */
export const presentRefs: DateParser = {
  name: "reference/present",
  parse: (text) =>
    [...text.matchAll(PRESENT)]
      .filter((m) => !(/^now$/i.test(m[0]) && /\bfrom\s+$/i.test(text.slice(Math.max(0, m.index! - 6), m.index!))))
      .map((m) => matchCandidate(m, fixedAt("PRESENT_REF"), "reference/present")),
};

/** "in the past", "from the recent past": the phrase without its preposition (not "the past two years": a duration). */
export const pastRefs: DateParser = {
  name: "reference/past",
  parse: (text) =>
    [...text.matchAll(PAST)].map((m) => {
      const end = m.index! + m[0].length;
      return candidateAt(end - m[1].length, end, fixedAt("PAST_REF"), "reference/past");
    }),
};

/** Whether "future" names a thing ("we face a future in which", "the Future of Babylon project"), not a time. */
function isFutureThing(text: string, m: RegExpMatchArray): boolean {
  const before = text.slice(Math.max(0, m.index! - 3), m.index!);
  if (/\ba\s+$/i.test(before)) return true;
  const end = m.index! + m[0].length;
  return /Future/.test(m[0]) && (/^\s+of\s+[A-Z]/.test(text.slice(end, end + 12)) || !/(?:^|[.!?]\s+|["“`]\s*)$/.test(before));
}

/** "the future", "the near future", "future" as an adjective. */
export const futureRefs: DateParser = {
  name: "reference/future",
  parse: (text) =>
    [...text.matchAll(FUTURE)]
      .filter((m) => !isFutureThing(text, m))
      .map((m) => matchCandidate(m, fixedAt("FUTURE_REF"), "reference/future")),
};

/** The reference parser's passes, in order. */
export const REFERENCE_PASSES: DateParser[] = [presentRefs, pastRefs, futureRefs];

export const referenceParser: DateParser = parserOf("reference", REFERENCE_PASSES);
