// A person written by one of their names alone ("Jobs said", "Steve called it …") as a reader takes
// it: the nearest earlier person written in full with that surname, or the one person written in full
// with that given name (a known one, givenNames.ts). Speakers' words need not be actor mentions for this: a
// surname that is also a common word ("Jobs") may be missed by the actor recognizer. Pure.
import type { ActorMention } from "../../types.js";
import { genderOfGivenName } from "./givenNames.js";

/** Honorifics opening a person's name ("Mrs. Hillary Clinton", "Sir Dr. X"). */
const HONORIFICS = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lady|Lord|Dame)\.?\s+)+/;

/** A person mention's name words, without honorifics or a possessive ("Mrs. Clinton's" → ["Clinton"]). */
export const nameWords = (m: ActorMention): string[] =>
  m.text
    .replace(HONORIFICS, "")
    .replace(/[’']s$/, "")
    .trim()
    .split(/\s+/);

/** The name written in [start, end) as one word, without an honorific or a possessive, or null. */
export function singleName(text: string, start: number, end: number): string | null {
  const name = text
    .slice(start, end)
    .trim()
    .replace(HONORIFICS, "")
    .replace(/[’']s$/, "");
  return /^\p{Lu}[\p{L}’'-]+$/u.test(name) ? name : null;
}

/** A mention that only qualifies someone else: the object of a preposition ("brother of President X", "led by X"). */
function namedAside(text: string, m: ActorMention): boolean {
  return /\b(?:of|by|for|with|to|from|under|against)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(
    text.slice(Math.max(0, m.start - 60), m.start),
  );
}

/**
 * The full-name person mention `name` stands for: by surname, the nearest one written before `at`;
 * of two such people (`text` given), the one not named aside; else by given name, the one person written
 * in full with it (before or after). Undefined when none.
 */
export function personByName(actors: readonly ActorMention[], name: string, at: number, text?: string): ActorMention | undefined {
  const full = actors.filter((a) => a.type === "person" && nameWords(a).length > 1);
  const bySurname = full.filter((a) => a.end <= at && nameWords(a).pop() === name);
  // two people of one surname ("Raul Castro, brother of President Fidel Castro"): the one the article
  // writes about, not one named only to place him ("brother of X", "led by X")
  const about = text && new Set(bySurname.map((a) => nameWords(a).join(" "))).size > 1 ? bySurname.filter((a) => !namedAside(text, a)) : [];
  if (about.length) return about[about.length - 1];
  if (bySurname.length) return bySurname[bySurname.length - 1];
  // a given name only where it is one ("Steve", not "Apple" of a product the recognizer took for a person)
  if (!genderOfGivenName(name.toLowerCase())) return undefined;
  const byGiven = full.filter((a) => nameWords(a)[0] === name);
  if (new Set(byGiven.map((a) => nameWords(a).join(" "))).size !== 1) return undefined;
  const earlier = byGiven.filter((a) => a.end <= at);
  return earlier.length ? earlier[earlier.length - 1] : byGiven[0];
}
