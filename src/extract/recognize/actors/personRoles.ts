// The roles of persons ("acting deputy secretary of state" Victoria Nuland): titles before the name
// or an appositive after it, taken off the person's span; a title-only person span that serves as
// someone's role is dropped. Pure apart from the candidates' starts, which it moves past the titles.
import type { Token } from "../../segment/tokens.js";
import { contains } from "../../util/ranges.js";
import { ORG_WORDS, TITLE_WORDS } from "./gazetteer.js";
import { roleAfter, roleBefore, stripLeadingTitles, stripOfficeObject } from "./roles.js";
import type { ActorCandidate } from "./rules.js";
import { knownPlace } from "./typing.js";
import { isNameWord } from "./nameWord.js";
import type { ActorDocument } from "./passes.js";

/** Whether a candidate is only title words ("Secretary", "Foreign Minister"). */
export function isTitleOnly(words: string[], c: ActorCandidate): boolean {
  for (let i = c.start; i < c.end; i++) if (!TITLE_WORDS.has(words[i].toLowerCase()) && !/^(of|for|the)$/i.test(words[i])) return false;
  return true;
}

/**
 * Whether a person candidate inside someone's role is a person of its own ("Wayne Hale, a former Clinton
 * administration adviser", "attorney for Elian's father"): name words only, none a title, an organization's
 * word, a nationality or a known place.
 */
function namedPerson(doc: ActorDocument, words: string[], c: ActorCandidate): boolean {
  for (let i = c.start; i < c.end; i++) {
    const w = words[i];
    if (!isNameWord(w) || TITLE_WORDS.has(w.toLowerCase()) || ORG_WORDS.has(w.toLowerCase()) || knownPlace(words, i, i + 1, doc.lexicons))
      return false;
  }
  return (
    !knownPlace(words, c.start, c.end, doc.lexicons) && !(c.end - c.start > 2 && knownPlace(words, c.start, c.start + 2, doc.lexicons))
  );
}

export interface PersonRoles {
  /** The role of a person candidate, as written. */
  roles: Map<ActorCandidate, string>;
  /** Title-only person candidates that are someone's role. */
  dropped: Set<ActorCandidate>;
}

/** The token range of the role of person `c`, its leading titles taken off its span (moves c.start). */
function roleSpan(doc: ActorDocument, candidates: ActorCandidate[], c: ActorCandidate): [number, number] | null {
  const words = doc.words[c.sentence];
  c.start = stripOfficeObject(words, c.start, c.end);
  const titlesEnd = stripLeadingTitles(words, c.start, c.end);
  // a common word opening the sentence is not part of a role, unless it starts a name ("State Department")
  const commonAt = (i: number) => i === 0 && doc.common(words[0].toLowerCase()) && !ORG_WORDS.has((words[1] ?? "").toLowerCase());
  const taken = (i: number) =>
    candidates.some(
      (o) =>
        o !== c &&
        o.sentence === c.sentence &&
        o.label === "PER" &&
        o.end - o.start > 0 &&
        i >= o.start &&
        i < o.end &&
        !isTitleOnly(words, o),
    );
  if (titlesEnd > c.start) {
    const before = roleBefore(words, c.start, commonAt, taken);
    const role: [number, number] = [before ? before[0] : c.start, titlesEnd];
    c.start = titlesEnd;
    return role;
  }
  return roleBefore(words, c.start, commonAt, taken) ?? roleAfter(words, c.end);
}

/** Roles of the person candidates, in order; `tokens` are the document's tokens by sentence. */
export function assignRoles(text: string, doc: ActorDocument, tokens: Token[][], candidates: ActorCandidate[]): PersonRoles {
  const roles = new Map<ActorCandidate, string>();
  const dropped = new Set<ActorCandidate>();
  for (const c of candidates) {
    if (c.label !== "PER") continue;
    const role = roleSpan(doc, candidates, c);
    if (!role) continue;
    const words = doc.words[c.sentence];
    let [roleStart] = role;
    const roleEnd = role[1];
    while (roleStart < roleEnd && /^(the|a|an)$/i.test(words[roleStart])) roleStart++;
    if (roleStart >= roleEnd) continue;
    const sentenceTokens = tokens[c.sentence];
    roles.set(c, text.slice(sentenceTokens[roleStart].start, sentenceTokens[roleEnd - 1].end));
    for (const o of candidates) {
      // a named person inside the role stays ("Wayne Hale, a former Clinton administration adviser")
      if (
        o !== c &&
        o.sentence === c.sentence &&
        o.label === "PER" &&
        contains(roleStart, roleEnd, o.start, o.end) &&
        !namedPerson(doc, words, o)
      )
        dropped.add(o);
    }
  }
  return { roles, dropped };
}
