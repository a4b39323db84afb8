// "the Bank of England", "the University of Chicago", "the Central Bank of Nigeria": an organization
// named by its kind and the place it is of is one organization, not the place; the tagger often
// finds only the place. Organization kinds are the gazetteer's organization words, written in title
// case right before "of" and the place; up to two more title-case words before the kind join it
// ("Central Bank", "Reserve Bank"). The same holds of an organization's word right after a place
// ("the U.S. Embassy", "the Kenyan Army", also where the tagger read the country alone as an organization), and of a span the tagger read whole but as a place ("the
// Archdiocese of Buffalo"). An organization the tagger read without its kind ("Bank of | America
// Corp.") is widened the same way. Pure.
import { COUNTRY_NAMES, ORG_WORDS } from "./gazetteer.js";
import type { ActorCandidate } from "./rules.js";
import { isNameWord } from "./nameWord.js";

const isTitleWord = (w: string | undefined): w is string => w !== undefined && isNameWord(w);
/** Words that are never part of an organization's name before its kind (a sentence's first "The"). */
const NOT_NAME = new Set(["The", "A", "An", "At", "In", "On", "Of", "For", "With", "By", "From", "To"]);
const MODIFIERS_BEFORE_KIND = 2;
/** Kinds of organization named "<Kind> of <place>" besides the gazetteer's organization words. */
const KINDS_OF_PLACES = new Set(["archdiocese", "diocese", "church", "museum", "hospital", "school", "college", "academy"]);
const isKind = (w: string | undefined): w is string =>
  isTitleWord(w) && (ORG_WORDS.has(w.toLowerCase()) || KINDS_OF_PLACES.has(w.toLowerCase()));

/** Widens a place after "<Kind> of" to the organization it names. Mutates and drops candidates; returns them. */
export function placeOrganizations(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  const dropped = new Set<ActorCandidate>();
  for (const c of candidates) {
    const words = doc[c.sentence];
    const kind = words[c.start - 2];
    if (c.label === "LOC" && words[c.start + 1] === "of" && isKind(words[c.start])) c.label = "ORG";
    // a place or an organization whose kind the tagger left out ("Bank of | America Corp." where "bank" is written in lower case too)
    if ((c.label !== "LOC" && c.label !== "ORG") || words[c.start - 1] !== "of" || !isKind(kind)) continue;
    let start = c.start - 2;
    for (let i = 0; i < MODIFIERS_BEFORE_KIND && isTitleWord(words[start - 1]) && !NOT_NAME.has(words[start - 1]); i++) start--;
    // the pieces the tagger found of the same name ("Bank" alone) give way to it
    const inside = candidates.filter((o) => o !== c && o.sentence === c.sentence && o.start >= start && o.end <= c.start);
    if (candidates.some((o) => o !== c && !inside.includes(o) && o.sentence === c.sentence && o.start < c.start && o.end > start)) continue;
    for (const o of inside) dropped.add(o);
    c.start = start;
    c.label = "ORG";
  }
  const kept = dropped.size ? candidates.filter((c) => !dropped.has(c)) : candidates;
  for (const c of kept) withKindAfter(doc[c.sentence], c, kept);
  return kept;
}

/**
 * "the U.S. Embassy": a place or nationality and an organization's word after it, in no other candidate, are one
 * organization; so is a country the tagger read as an organization without that word (where the article
 * writes "embassy" in lower case too). Mutates `c`.
 */
function withKindAfter(words: string[], c: ActorCandidate, candidates: readonly ActorCandidate[]): void {
  const country = c.label === "ORG" && COUNTRY_NAMES.has(words.slice(c.start, c.end).join(" "));
  if (c.label !== "LOC" && c.label !== "NAT" && !country) return;
  const next = words[c.end];
  if (!isTitleWord(next) || !ORG_WORDS.has(next.toLowerCase())) return;
  if (candidates.some((o) => o.sentence === c.sentence && o.start <= c.end && o.end > c.end)) return;
  c.end++;
  c.label = "ORG";
}
