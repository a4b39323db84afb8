// Headlines in capitals read like running text: "MARCH UNEMPLOYMENT RISES" holds the month March,
// as "March unemployment rises" would. A line with no lowercase letter is rewritten in the case running
// text gives its words: date words (months, weekdays, holidays, "Day", "Eve") capitalized, every other
// word lowercase. Same length, so offsets keep. Words that are also verbs stay verbs where they read as
// verbs: "MAY" before a word that is no year or day number ("PRICES MAY RISE"), "MARCH" before a
// preposition ("PROTESTERS MARCH ON CAPITAL").
import { wordSet } from "../../util/words.js";

const DATE_WORDS = wordSet(
  "january february march april may june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec " +
    "monday tuesday wednesday thursday friday saturday sunday " +
    "christmas easter thanksgiving halloween new year's year’s day eve ramadan passover hanukkah",
);
/** Time zones keep their capitals ("10 A.M. EST"). */
const ZONES = wordSet("GMT UTC EST EDT CST CDT MST MDT PST PDT ET CT PT BST CET CEST");
const VERB_AFTER_MARCH = /^\s+(?:ON|TO|IN|INTO|THROUGH|AGAINST|FOR|FROM|TOWARDS?|PAST|AGAIN|AROUND|ACROSS|BACK|OUT|AS|WITH|AT|ALONG)\b/;
const DATE_AFTER_MAY = /^\s+(?:\d|DAY\b|\d{4})|^\s*[,.;:]?\s*$/;

/** One all-caps line in running-text case. */
function lineCase(line: string): string {
  return line.replace(/\p{L}[\p{L}'’]*/gu, (word, at: number) => {
    const lower = word.toLowerCase();
    if (!DATE_WORDS.has(lower)) return ZONES.has(word) ? word : lower;
    const after = line.slice(at + word.length, at + word.length + 12);
    if (lower === "may" && !DATE_AFTER_MAY.test(after)) return lower;
    if (lower === "march" && VERB_AFTER_MARCH.test(after)) return lower;
    return word[0] + lower.slice(1);
  });
}

/** `text` with each line in capitals (a headline, a heading) in running-text case; other lines as they are. */
export function runningCase(text: string): string {
  if (!/\p{Lu}{3}/u.test(text)) return text;
  return text.replace(/^[^\n]*$/gm, (line) =>
    /\p{Lu}{2}/u.test(line) && !/\p{Ll}/u.test(line) && /\p{Lu}[\p{Lu}'’]*\s+\p{Lu}/u.test(line) ? lineCase(line) : line,
  );
}
