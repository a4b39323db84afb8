// A name of two or three words right after a possessive ("Russia's Alexey Prokurorov", "Toyota's
// Akio Toyoda") is a person, whatever the tagger read: a place or an organization there holds an
// everyday word, an organization's word or a known place ("China's Xinjiang region", "Britain's
// Labour Party", "Kenya's Rift Valley"). Mutates labels; returns the candidates. Pure.
import { ORG_WORDS, TITLE_WORDS } from "./gazetteer.js";
import type { Lexicons } from "./lexicons.js";
import type { ActorCandidate } from "./rules.js";
import { knownPlace } from "./typing.js";

const POSSESSIVE = /^['’]s?$/;
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;

/** Whether words [a, b) are a person's name after a possessive. */
export function personAfterPossessive(
  words: string[],
  a: number,
  b: number,
  common: (lower: string) => boolean,
  lexicons: Lexicons,
): boolean {
  if (b - a < 2 || b - a > 3 || a < 2 || !POSSESSIVE.test(words[a - 1]) || !/^\p{Lu}/u.test(words[a - 2])) return false;
  const name = words.slice(a, b);
  if (
    !name.every(
      (w) => NAME_WORD.test(w) && !common(w.toLowerCase()) && !ORG_WORDS.has(w.toLowerCase()) && !TITLE_WORDS.has(w.toLowerCase()),
    )
  )
    return false;
  return !knownPlace(words, a, b, lexicons) && !name.some((_, k) => knownPlace(words, a + k, a + k + 1, lexicons));
}

export function possessivePersons(
  doc: string[][],
  candidates: ActorCandidate[],
  common: (lower: string) => boolean,
  lexicons: Lexicons,
): ActorCandidate[] {
  for (const c of candidates) {
    if (c.label === "PER" || c.label === "NAT") continue;
    if (personAfterPossessive(doc[c.sentence], c.start, c.end, common, lexicons)) c.label = "PER";
  }
  return candidates;
}
