// A name a family word introduces is a person's: "his son, Elian", "her brother Raul", "his wife
// Maria", "the boy's great-uncle, Lazaro Gonzalez". The tagger reads a lone first name as anything
// (a place, an organization); once a family word names it, it is a person wherever the article writes
// it. Mutates labels; returns the candidates. Pure.
import type { ActorCandidate } from "./rules.js";
import { isNameWord } from "./nameWord.js";

const KIN = new Set(
  `son daughter wife husband brother sister father mother uncle aunt cousin nephew niece grandson granddaughter
  grandmother grandfather grandparent widow widower stepson stepdaughter stepfather stepmother great-uncle great-aunt
  fiancee fiance fiancée fiancé`.split(/\s+/),
);
/** Words that say whose relative it is, right before the family word. */
const OWNER = /^(?:his|her|their|my|our|your|['’]s?)$/i;

/** Whether the name opening at `a` follows "his son", "her wife ,", "the boy's great-uncle ,". */
export function afterKin(words: string[], a: number): boolean {
  let i = a - 1;
  if (words[i] === ",") i--;
  return i >= 1 && KIN.has((words[i] ?? "").toLowerCase()) && OWNER.test(words[i - 1]);
}

export function personsByKin(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  const names = new Set<string>();
  for (const c of candidates) {
    const words = doc[c.sentence];
    if (c.label === "NAT" || c.end - c.start > 3 || !words.slice(c.start, c.end).every(isNameWord)) continue;
    if (afterKin(words, c.start)) names.add(words.slice(c.start, c.end).join(" "));
  }
  if (!names.size) return candidates;
  for (const c of candidates) if (c.label !== "NAT" && names.has(doc[c.sentence].slice(c.start, c.end).join(" "))) c.label = "PER";
  return candidates;
}
