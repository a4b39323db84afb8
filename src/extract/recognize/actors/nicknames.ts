// A nickname in quotes inside a name: `Vincent "The Chin" Gigante`, `Earvin “Magic” Johnson`,
// `"Magic" Johnson`. The tagger reads the quotes as breaks and finds pieces ("The Chin",
// "Gigante"); this pass puts the pieces back into one person mention spanning given name, nickname
// and surname. Resolution reads the name without the nickname and keeps the nickname as an alias
// (resolve/actors.ts). Pure.
import type { ActorMention } from "../../types.js";
import { ORG_WORDS } from "./gazetteer.js";
import type { Lexicons } from "./lexicons.js";

/** A quoted nickname of one to three capitalized words ("the" and "of" may sit inside), then a space. */
const NICKNAME = /["“‘]((?:\p{Lu}[\p{L}.'’-]*)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|the|of)){0,2})["”’]\s/gu;
/** A capitalized word or an initial ending right where the text before it ends ("Vincent ", "J. "). */
const NAME_WORD_BEFORE = /(?:^|[\s(])(\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)\s$/u;

/** Where the given names before a quoted nickname start (up to two words), or -1 when none stands there. */
function givenNamesStart(text: string, quoteStart: number, lexicons: Lexicons): number {
  let start = -1;
  let at = quoteStart;
  for (let k = 0; k < 2; k++) {
    const m = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
    if (!m) break;
    const word = m[1];
    // an everyday word opening a sentence ("The", "Former") is no given name, unless it is one ("Will")
    const band = lexicons.commonWords.get(word.toLowerCase());
    if (band === 0 && !lexicons.givenNames.has(word)) break;
    // a second word only when it is a given name or an initial ("Mary Jane", "J. Edgar"), not a job ("Boxer Marvin")
    if (k === 1 && !lexicons.givenNames.has(word) && !/^\p{Lu}\.$/u.test(word)) break;
    start = at - word.length - 1;
    at = start;
  }
  return start;
}

/**
 * A quoted nickname that names no one written beside it, before an everyday word (`the so-called
 * "Teflon" Don`, `the "Iron" Lady`), is an epithet, not a person of its own: its person mention
 * (the tagger's) is dropped. Before an organization's word (`the "Wagner" Group`) it is kept.
 */
function withoutBareNickname(
  mentions: ActorMention[],
  quoteStart: number,
  afterQuote: number,
  given: number,
  wordAfter: string | undefined,
  lexicons: Lexicons,
): ActorMention[] {
  if (given >= 0 || !wordAfter || lexicons.commonWords.get(wordAfter.toLowerCase()) === undefined) return mentions;
  // a name before an organization's word is that organization's (`the "Wagner" Group`)
  if (ORG_WORDS.has(wordAfter.toLowerCase())) return mentions;
  return mentions.filter((o) => !(o.type === "person" && o.start > quoteStart && o.end < afterQuote));
}

/**
 * `mentions` (sorted, no overlaps) with each name written around a quoted nickname as one person
 * mention: from the given name (or the nickname, when none is written) to the surname, a mention
 * the recognizer found right after the closing quote (or, after a given name, a capitalized word).
 */
export function withNicknames(text: string, mentions: ActorMention[], lexicons: Lexicons): ActorMention[] {
  if (!/["“‘]/.test(text)) return mentions;
  let out = mentions;
  for (const m of text.matchAll(NICKNAME)) {
    const quoteStart = m.index;
    const afterQuote = quoteStart + m[0].length;
    const given = givenNamesStart(text, quoteStart, lexicons);
    const start = given >= 0 ? given : quoteStart;
    // the surname: a mention found right after the quote, or a capitalized word there after a given name
    const found = out.find((o) => o.start === afterQuote);
    const word = /^\p{Lu}[\p{Ll}'’-]+/u.exec(text.slice(afterQuote, afterQuote + 40))?.[0];
    const surnameEnd = found
      ? found.end
      : given >= 0 && word && lexicons.commonWords.get(word.toLowerCase()) !== 0
        ? afterQuote + word.length
        : -1;
    if (surnameEnd < 0 || (found && (!/^\p{Lu}/u.test(found.text) || found.type === "place" || found.country))) {
      out = withoutBareNickname(out, quoteStart, afterQuote, given, word, lexicons);
      continue;
    }
    // with no given name before it, the name must be a person's: `"Magic" Johnson`, not `the "Big" Apple`
    if (given < 0 && found?.type !== "person") continue;
    const end = surnameEnd;
    const pieces = out.filter((o) => o.start < end && start < o.end);
    if (pieces.some((o) => o.start < start)) continue;
    const role = pieces.find((o) => o.role)?.role;
    const mention: ActorMention = { start, end, text: text.slice(start, end), type: "person" };
    if (role) mention.role = role;
    out = [...out.filter((o) => !pieces.includes(o)), mention].sort((x, y) => x.start - y.start);
  }
  return out;
}
