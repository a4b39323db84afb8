// Hyphenated given names: "Jean-Claude Trichet", "Marie-Claire Dubois", "Abdel-Fattah Hamdi". The
// tagger's given-name feature reads whole words, and no list holds every joined pair, so it cuts the
// given name off ("Trichet"), misses the person at a sentence's start, or reads a place or an
// organization. A title-case word of hyphen-joined parts, one of them a given name, then one or two
// surname words, is one person; so is a Korean name, a surname and a given name of two syllables
// joined by a hyphen, the second in lower case ("Moon Jae-in", "Lee Myung-bak"): the tagger's
// candidate there is widened to it and typed a person, or the person is added. Not a place's or a company's name ("Saint-Denis", "Harley-Davidson Motor"). Pure
// apart from the candidates it changes.
import { CORPORATE_SUFFIXES, ORG_WORDS, TITLE_WORDS } from "./gazetteer.js";
import type { Lexicons } from "./lexicons.js";
import type { ActorCandidate } from "./rules.js";
import { FACILITY_HEADS } from "./facilities.js";
import { isGivenName, knownPlace, NAMED_THING_HEADS } from "./typing.js";

/** Hyphen-joined title-case parts, two or three ("Jean-Claude", "Abdel-Fattah"). */
const HYPHENATED = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+){1,2}$/u;
/** First parts of places' and movements' joined names, never of a given name ("Saint-Denis", "Pro-Life"). */
const NO_GIVEN_FIRST = new Set(
  "Saint Sainte St San Santa Port Fort Mont Pont Val Bois Aix Notre Le La Trans Anti Pro Pan Non Post Pre Neo Afro Euro Franco Anglo Sino Indo Russo Austro Greco".split(
    " ",
  ),
);
/** A surname word: a capital, then letters (with "Mc", "O'", "Di" inside: "McCain", "O'Neill"). */
const SURNAME = /^\p{Lu}[\p{L}'’-]*\p{Ll}$/u;

/** Whether a word is a hyphenated given name: joined title-case parts, one of them (or the whole) a given name. */
export function isHyphenatedGivenName(word: string, lexicons: Lexicons): boolean {
  if (!word.includes("-") || !HYPHENATED.test(word)) return false; // most words have no hyphen: no Unicode pattern run for them
  const parts = word.split("-");
  if (NO_GIVEN_FIRST.has(parts[0])) return false;
  return isGivenName(word, lexicons) || parts.some((p) => isGivenName(p, lexicons));
}

/** A given name of two short syllables, the second in lower case ("Jae-in", "Myung-bak"). */
const SYLLABLE_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}$/u;
/** Second parts of compound adjectives that look like a syllable ("a Park-like square", "Kim-led talks"). */
const ADJECTIVE_ENDS = new Set("led run era like made born held wide area type size rich free bred bound end".split(" "));

/** The common Korean surnames in their usual Latin spellings (a closed list: "New Year-end" is no name). */
const KOREAN_SURNAMES = new Set(
  `Kim Lee Yi Rhee Park Pak Choi Choe Jung Chung Jeong Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Shin Seo Suh Kwon Hwang Ahn
  Song Ban Roh Noh Chun Jeon Yoo Yu Ko Go Nam Oh Moon Mun Baek Paik Hong Yang Son Bae Ryu`.split(/\s+/),
);

/** Whether words[i, i + 2) are a Korean surname and a syllable given name ("Moon Jae-in"). */
function syllableName(words: string[], i: number): boolean {
  const given = words[i + 1] ?? "";
  return KOREAN_SURNAMES.has(words[i]) && SYLLABLE_NAME.test(given) && !ADJECTIVE_ENDS.has(given.split("-")[1]);
}

/** Whether a word may be a surname after a given name: no title, organization's word or head of a named thing. */
const surnameWord = (w: string | undefined): w is string =>
  w !== undefined &&
  SURNAME.test(w) &&
  !TITLE_WORDS.has(w.toLowerCase()) &&
  !ORG_WORDS.has(w.toLowerCase()) &&
  !CORPORATE_SUFFIXES.has(w.toLowerCase()) &&
  !NAMED_THING_HEADS.has(w) &&
  !FACILITY_HEADS.has(w);

/** The end of the person named from the hyphenated given name at `i` (one or two surname words), or -1. */
export function hyphenatedPersonEnd(words: string[], i: number, lexicons: Lexicons): number {
  if (syllableName(words, i) && !/^\p{Lu}/u.test(words[i + 2] ?? "")) return i + 2;
  if (!isHyphenatedGivenName(words[i], lexicons) || !surnameWord(words[i + 1])) return -1;
  const end = surnameWord(words[i + 2]) && !surnameWord(words[i + 3]) ? i + 3 : i + 2;
  // a run of more capitals is a longer name of something else ("Jean-Marie Leclair Memorial Foundation")
  if (/^\p{Lu}/u.test(words[end] ?? "") && words[end] !== "I" && !/^['’]s$/u.test(words[end])) return -1;
  return knownPlace(words, i, end, lexicons) || knownPlace(words, i + 1, end, lexicons) ? -1 : end;
}

/**
 * Widens each candidate that leaves out a hyphenated given name before it, retypes the one that
 * holds the whole name, adds the person no candidate touches. Mutates and returns the candidates.
 */
export function hyphenatedGivenNames(doc: string[][], candidates: ActorCandidate[], lexicons: Lexicons): ActorCandidate[] {
  const out = [...candidates];
  doc.forEach((words, sentence) => {
    for (let i = 0; i + 1 < words.length; i++) {
      const end = hyphenatedPersonEnd(words, i, lexicons);
      if (end < 0) continue;
      const touching = out.filter((c) => c.sentence === sentence && c.start < end && i < c.end);
      const inside = touching.length === 1 && touching[0].start >= i && touching[0].end <= end ? touching[0] : undefined;
      if (inside && inside.label !== "NAT") {
        inside.start = i;
        inside.end = end;
        inside.label = "PER";
      } else if (!touching.length) {
        // the span the tagger should have read, so that later passes vote and propagate with it as with the tagger's
        out.push({ sentence, start: i, end, label: "PER", source: "model" });
      }
      i = end - 1;
    }
  });
  return out;
}
