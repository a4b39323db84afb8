// A department's name before a cabinet title is part of the title, not an actor of its own:
// "Commerce Secretary William Daley", "Labor Secretary Alexis Herman", "Health Minister Ali Musa",
// as "State" of "Secretary of State Victoria Nuland" is (passes.ts withoutOfficeObjects). The tagger
// reads the word as a person or a place; it goes, and the person's role keeps it. Pure.
import { TITLE_WORDS } from "./gazetteer.js";
import type { ActorCandidate } from "./rules.js";

/** Names of government departments written before a title ("Commerce Secretary", "Health Minister"). */
export const DEPARTMENT_WORDS: ReadonlySet<string> = new Set(
  `Commerce Treasury Labor Labour Energy Health Education Transportation Transport Agriculture Finance Trade Homeland
  Housing Veterans Justice Culture Tourism Environment Economy Information Immigration Industry Fisheries`.split(/\s+/),
);

/** Whether a one-word candidate is a department's name right before a capitalized title ("Commerce Secretary"). */
function beforeTitle(words: string[], c: ActorCandidate): boolean {
  if (c.end - c.start !== 1 || c.label === "NAT" || !DEPARTMENT_WORDS.has(words[c.start])) return false;
  const title = words[c.end] ?? "";
  return /^\p{Lu}/u.test(title) && TITLE_WORDS.has(title.toLowerCase());
}

/** Whether a person candidate of the sentence opens after the title after `c`, or after a second title ("Deputy Labor Minister"). */
function titledPersonAfter(words: string[], c: ActorCandidate, candidates: readonly ActorCandidate[]): boolean {
  const second = TITLE_WORDS.has((words[c.end + 1] ?? "").toLowerCase());
  return candidates.some(
    (p) => p.sentence === c.sentence && p.label === "PER" && (p.start === c.end + 1 || (second && p.start === c.end + 2)),
  );
}

/** The candidates without a department's name read as a name of its own before a titled person. */
export function withoutDepartmentsBeforeTitles(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  return candidates.filter((c) => !(beforeTitle(doc[c.sentence], c) && titledPersonAfter(doc[c.sentence], c, candidates)));
}
