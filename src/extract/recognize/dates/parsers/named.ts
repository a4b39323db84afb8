// Named periods and anchors chrono does not know: holidays ("Thanksgiving Day", "Ramadan",
// "the eve of a New Year"), seasons ("in spring", "the summer of 2017"), parts of a year
// ("the end of last year", "the end of the year"), anchors to another event ("the following day",
// "later in the day") and anniversaries ("the 93rd anniversary").
import type { DateCandidate, DateParser, DateParts } from "../candidate.js";

interface Rule {
  pattern: RegExp;
  /** Calendar parts for a match, given the reference; null → a named period with no value. */
  value(match: RegExpMatchArray, reference: Date): { parts: DateParts; relative: boolean } | null;
}

/** The nth weekday (0 = Sunday) of a month, as a day of month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
}

/** Year of a fixed yearly day, the most recent on or before the reference (news is past tense). */
function recentYear(month: number, day: number, reference: Date, modifier: string | undefined): number {
  const y = reference.getFullYear();
  const mod = (modifier ?? "").toLowerCase().trim();
  if (mod === "next") return y + 1;
  if (mod === "last") return y - 1;
  const refKey = (reference.getMonth() + 1) * 100 + reference.getDate();
  return mod === "this" || month * 100 + day <= refKey ? y : y - 1;
}

const HOLIDAYS: Record<string, [number, number] | "thanksgiving"> = {
  "christmas eve": [12, 24], christmas: [12, 25], "christmas day": [12, 25], "new year's eve": [12, 31],
  "new year's day": [1, 1], "new year": [1, 1], "new year's": [1, 1], "independence day": [7, 4],
  thanksgiving: "thanksgiving", "thanksgiving day": "thanksgiving",
};

const RULES: Rule[] = [
  {
    pattern: /\b(?:(this|last|next)\s+)?(Christmas(?: Eve| Day)?|New Year(?:['’]s)?(?: Eve| Day)?|Independence Day|Thanksgiving(?: Day)?)\b/g,
    value(m, reference) {
      const key = m[2].toLowerCase().replace("’", "'");
      const holiday = HOLIDAYS[key];
      if (!holiday) return null;
      if (holiday === "thanksgiving") {
        const year = recentYear(11, 28, reference, m[1]); // Thanksgiving falls Nov 22-28
        return { parts: { year, month: 11, day: nthWeekday(year, 11, 4, 4) }, relative: true };
      }
      const year = recentYear(holiday[0], holiday[1], reference, m[1]);
      return { parts: { year, month: holiday[0], day: holiday[1] }, relative: true };
    },
  },
  {
    pattern: /\bthe\s+eve\s+of\s+(?:a|the)\s+New\s+Year\b/g,
    value: () => null,
  },
  {
    pattern: /\b(?:(?:this|last|next)\s+)?(?:Ramadan|Eid(?:\s+al-[A-Z][a-z]+)?|Easter|Passover|Hanukkah|Nowruz|Diwali|Lent)\b/g,
    value: () => null,
  },
  {
    // seasons need a marker that they are times, not verbs/nouns ("spring" water, prices "fall")
    pattern: /\b(?:(?:in|during|by|until|since|through|this|last|next|early|late|mid)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-])?(?:spring|summer|autumn|winter|fall)\b(?:\s+of\s+(\d{4}))?|(?:the\s+)?(?:spring|summer|autumn|winter|fall)\s+of\s+(\d{4}))/gi,
    value(m) {
      const year = m[1] ?? m[2];
      return year ? { parts: { year: Number(year) }, relative: false } : null;
    },
  },
  {
    pattern: /\b(?:the\s+)?(?:end|beginning|start|middle|turn|rest)\s+of\s+(the|this|last|next)\s+(year|month|week|decade|century)\b/gi,
    value(m, reference) {
      const mod = m[1].toLowerCase();
      const unit = m[2].toLowerCase();
      const shift = mod === "last" ? -1 : mod === "next" ? 1 : 0;
      if (unit === "year") return { parts: { year: reference.getFullYear() + shift }, relative: true };
      if (unit === "month") {
        const d = new Date(reference.getFullYear(), reference.getMonth() + shift, 1);
        return { parts: { year: d.getFullYear(), month: d.getMonth() + 1 }, relative: true };
      }
      return null;
    },
  },
  {
    pattern: /\b(?:the\s+(?:following|next|previous|same)\s+(?:day|morning|evening|night|week|month|year)|the\s+(?:day|night|week)\s+(?:before|after)|(?:later|earlier)\s+(?:in|that)\s+(?:the\s+)?(?:day|week|month|year)|the\s+(?:early|late)\s+hours\s+of|early\s+hours\s+of)\b/gi,
    value: () => null,
  },
  {
    pattern: /\b(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|fiftieth|hundredth)\s+anniversary\b/gi,
    value: () => null,
  },
  {
    pattern: /\b(?:the\s+)?(?:(?:early|late|mid)[\s-])?(?:1[89]|20)\d0s\b/g,
    value: () => null,
  },
];

export const namedParser: DateParser = {
  name: "named",
  parse(text: string, reference: Date): DateCandidate[] {
    const found: DateCandidate[] = [];
    for (const rule of RULES) {
      for (const m of text.matchAll(rule.pattern)) {
        const v = rule.value(m, reference);
        found.push({
          start: m.index!,
          end: m.index! + m[0].length,
          kind: v ? "date" : "named",
          known: v && !v.relative ? v.parts : {},
          implied: v && v.relative ? v.parts : {},
          relative: v ? v.relative : false,
          granularity: v ? (v.parts.day ? "day" : v.parts.month ? "month" : "year") : undefined,
          source: "named",
        });
      }
    }
    return found;
  },
};
