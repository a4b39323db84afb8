// Types that hold, from the shape of a name and the words around it (after the tagger and the
// gazetteer rules, before roles are read):
// - a name with a title inside it ("Northrop Grumman CEO Ron Sugar") is two: the organization and
//   the titled person;
// - "General Motors", "Air Force", "Supreme Court": a name ending in an organization word is an
//   organization, though it opens with a title word;
// - a name of title-case words after a possessive place ("Russia's Alexey Ivanov") or opening with a
//   given name ("Alexey Ivanov") that is no known place is a person. Mutates labels; returns the candidates. Pure.
import { CAPITALS, CORPORATE_SUFFIXES, COUNTRY_NAMES, DEMONYMS, ORG_WORDS, REGIONS, TITLE_WORDS } from "./gazetteer.js";
import type { Candidate } from "./rules.js";
import type { Lexicons } from "./lexicons.js";

const KNOWN_PLACES = new Set<string>([...COUNTRY_NAMES.keys(), ...REGIONS, ...CAPITALS]);
const isName = (w: string) => /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(w);
const isTitle = (w: string) => TITLE_WORDS.has(w.toLowerCase());
/** Title words written in capitals inside a name: "CEO", "Chairman", "President" (not "General", which names companies). */
const INNER_TITLES = new Set([
  "ceo",
  "cfo",
  "coo",
  "chairman",
  "chairwoman",
  "president",
  "founder",
  "co-founder",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "director",
  "minister",
  "secretary",
  "senator",
  "governor",
  "chancellor",
]);

/** Whether a place name is one we know (a country, region, capital, or a place of the lexicon). */
function knownPlace(words: string[], a: number, b: number, lexicons: Lexicons): boolean {
  const name = words.slice(a, b).join(" ");
  if (KNOWN_PLACES.has(name) || DEMONYMS.has(name)) return true;
  const rests = lexicons.places.get(words[a]);
  return !!rests?.some((rest) => rest.join(" ") === words.slice(a + 1, b).join(" "));
}

export function typeByShape(doc: string[][], cands: Candidate[], lexicons: Lexicons): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const words = doc[c.sent];
    // "Northrop Grumman CEO Ron Sugar": the organization, then the titled person
    let split = -1;
    for (let k = c.a + 1; k < c.b - 1; k++) {
      if (INNER_TITLES.has(words[k].toLowerCase()) && !isTitle(words[k - 1]) && isName(words[c.b - 1])) {
        split = k;
        break;
      }
    }
    if (split > 0 && c.label !== "NAT") {
      const left = words.slice(c.a, split);
      if (left.every((w) => /^\p{Lu}/u.test(w) && (!isTitle(w) || ORG_WORDS.has(w.toLowerCase())))) {
        out.push({ ...c, b: split, label: "ORG" }, { ...c, a: split, label: "PER" });
        continue;
      }
    }
    out.push(c);
  }
  for (const c of out) {
    if (c.label === "NAT") continue;
    const words = doc[c.sent];
    const last = words[c.b - 1].toLowerCase();
    // "General Motors" read as the title "General" and a name "Motors": the title word is the company's
    if (
      c.a > 0 &&
      CORPORATE_SUFFIXES.has(last) &&
      (c.b - c.a === 1 || CORPORATE_SUFFIXES.has(words[c.a].toLowerCase())) &&
      isName(words[c.a - 1]) &&
      isTitle(words[c.a - 1]) &&
      !out.some((o) => o.sent === c.sent && o.a < c.a && o.b >= c.a)
    ) {
      c.a--;
      c.label = "ORG";
      continue;
    }
    // "General Motors", "Air Force", "Northwind Logistics": organizations by their last word
    if (c.b - c.a > 1 && (CORPORATE_SUFFIXES.has(last) || ORG_WORDS.has(last)) && !isTitle(last) && c.label === "PER") {
      c.label = "ORG";
      continue;
    }
    // "GM", "CEO of GM": a name ending in an acronym is no person's
    if (c.label === "PER" && /^\p{Lu}{2,6}$/u.test(words[c.b - 1]) && !/^(?:II|III|IV|VI|VII|VIII|JR|SR)$/.test(words[c.b - 1])) {
      c.label = "ORG";
      continue;
    }
    if (c.label !== "LOC" || c.b - c.a < 2 || c.b - c.a > 3) continue;
    if (!words.slice(c.a, c.b).every(isName) || knownPlace(words, c.a, c.b, lexicons)) continue;
    const possessivePlace =
      c.a >= 2 && /^['’]s$/.test(words[c.a - 1]) && (COUNTRY_NAMES.has(words[c.a - 2]) || CAPITALS.has(words[c.a - 2]));
    const placePreposition = c.a > 0 && /^(?:in|at|near|from|to|into|outside|around|towards?|across|via)$/i.test(words[c.a - 1]);
    if (possessivePlace || (lexicons.givenNames.has(words[c.a]) && !placePreposition)) c.label = "PER";
  }
  return out;
}
