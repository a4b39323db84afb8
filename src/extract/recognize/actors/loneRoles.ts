// A lone capitalized role word ("Assistant", "Secretary", "the Spokesman") is no actor: a title or a
// title's modifier standing for the person it names, not a name. Kept when the article uses the word
// as a person's surname ("John Major" beside "Major"), after a title ("Mr. King"), or when the
// gazetteer gave it. Words that are also names of bodies or of persons ("Defense", "Justice", "King",
// "Pope") are not read as role words. Pure.
import { TITLE_WORDS } from "./gazetteer.js";
import type { ActorCandidate } from "./rules.js";
import { personSurnames } from "./surnames.js";

/** Title words that also name a body, a nation's office or a person ("Foreign", "Interior", "King", "Prince"). */
const ALSO_NAMES = new Set(
  `foreign defense defence interior general chief head host anchor major king queen prince princess pope lord lady dame
  sir justice cardinal bishop marshal sheikh emir sultan imam mufti rabbi mullah ayatollah`.split(/\s+/),
);
/** Words that open a title and never name anyone alone ("Assistant Secretary", "Associate Justice"). */
const TITLE_MODIFIERS = new Set(["assistant", "associate", "deputy", "vice", "acting", "undersecretary", "under-secretary"]);

/** Whether a word, capitalized, is a role word that names no one by itself. */
export function isLoneRoleWord(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (TITLE_MODIFIERS.has(lower)) return true;
  return TITLE_WORDS.has(lower) && !ALSO_NAMES.has(lower) && !lower.endsWith(".");
}

/** The candidates without one-word role words that name no one. */
export function withoutLoneRoles(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  const surnames = personSurnames(doc, candidates);
  return candidates.filter((c) => {
    if (c.end - c.start !== 1 || c.source === "gazetteer") return true;
    const words = doc[c.sentence];
    const word = words[c.start];
    const titled = c.start > 0 && TITLE_WORDS.has(words[c.start - 1].toLowerCase());
    return !isLoneRoleWord(word) || surnames.has(word) || titled;
  });
}
