// Companies the tagger missed: a capitalized name right after words only a company follows ("shares
// in Kestrel", "agreed to acquire Marlow", "its merger agreement with Entegris") is an organization,
// and so is every other mention of that name in the article. Pure.
import { COUNTRY_NAMES, DEMONYMS, REGIONS, TITLE_WORDS } from "./gazetteer.js";
import { isCapitalizedWord } from "./nameWord.js";
import { CORPORATE_CUES_BEFORE, type ActorCandidate } from "./rules.js";

const PLACES = new Set<string>([...COUNTRY_NAMES.keys(), ...DEMONYMS.keys(), ...REGIONS]);

/** The end of the run of name words from `start` (start itself when words[start] opens no name). */
export function nameRunEnd(words: string[], start: number, common: (lower: string) => boolean): number {
  let end = start;
  while (
    end < words.length &&
    isCapitalizedWord(words[end]) &&
    !common(words[end].toLowerCase()) &&
    !TITLE_WORDS.has(words[end].toLowerCase())
  )
    end++;
  return end;
}

/**
 * Adds an organization for each name after a corporate cue that no candidate covers, and types
 * the article's other candidates of that name as organizations. Returns the candidates.
 */
export function cuedCompanies(doc: string[][], candidates: ActorCandidate[], common: (lower: string) => boolean): ActorCandidate[] {
  const out = [...candidates];
  const names = new Set<string>();
  doc.forEach((words, sentence) => {
    for (let i = 1; i < words.length; i++) {
      // first whether a name starts here (most words open none), then the cue before it
      const end = nameRunEnd(words, i, common);
      if (end === i || !CORPORATE_CUES_BEFORE.test(words.slice(Math.max(0, i - 3), i).join(" "))) continue;
      const name = words.slice(i, end).join(" ");
      if (PLACES.has(name)) continue;
      if (out.some((c) => c.sentence === sentence && c.start < end && i < c.end)) continue;
      out.push({ sentence, start: i, end, label: "ORG", source: "gazetteer" });
      names.add(name);
    }
  });
  for (const c of out) if (c.label !== "NAT" && names.has(doc[c.sentence].slice(c.start, c.end).join(" "))) c.label = "ORG";
  return out;
}
