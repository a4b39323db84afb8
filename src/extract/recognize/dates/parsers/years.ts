// Years written alone: "in 2016", "since 2009", "2014-2015", "the 2016 summit", "575 B.C.".
// A four-digit number is read as a year (1800-2099) unless it counts something ("2000 troops"),
// has digits or separators attached ("202307", "1,500"), or numbers a document ("resolution 2254").
import type { DateCandidate, DateParser } from "../candidate.js";

const YEAR = /(?<![\w$€£#.,/:-])(1[89]\d\d|20\d\d)(?:\s?(?:-|–|—|to|and)\s?(1[89]\d\d|20\d\d|\d\d))?(?![\w%$€£]|[.,:]\d)/g;
const ERA = /(?<![\w.,])(\d{1,4})\s?(B\.C(?:\.|\b)|BCE\b|BC\b|A\.D(?:\.|\b)|AD\b)/g;

/** Words before a number that make it a label, not a year. */
const LABEL_BEFORE = /(?:resolution|resolutions|no\.|nos\.|number|article|chapter|section|page|pages|flight|route|highway|room|unit|code|law|decree|order|of \$|\$|€|£|usd|eur)\s*$/i;

/** A plural count noun right after the number ("2000 troops") makes it a quantity. */
const COUNT_AFTER = /^\s+(?!was\b|has\b|is\b|as\b|this\b|its\b|his\b|us\b|has\b|does\b)[a-z]+s\b/;

export const yearParser: DateParser = {
  name: "year",
  parse(text: string): DateCandidate[] {
    const found: DateCandidate[] = [];
    for (const m of text.matchAll(YEAR)) {
      const start = m.index!;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 16), start);
      if (LABEL_BEFORE.test(before)) continue;
      if (COUNT_AFTER.test(text.slice(end, end + 30))) continue;
      const year = Number(m[1]);
      found.push({ start, end, kind: "year", known: { year }, implied: {}, relative: false, source: "year" });
    }
    for (const m of text.matchAll(ERA)) {
      const start = m.index!;
      found.push({ start, end: start + m[0].length, kind: "named", known: {}, implied: {}, relative: false, source: "era" });
    }
    return found;
  },
};
