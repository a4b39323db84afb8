// `npm run train`: trains the actor tagger (src/evaluate/shippedModel.ts: wikigold + all re3d-dev
// sources, lexicon features) and writes data/model/actors.json. Deterministic: the committed model
// is what this writes.
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { trainShippedModel } from "../src/evaluate/shippedModel.js";

try {
  parseArgs({ args: process.argv.slice(2) }); // no options: anything given is a mistake
} catch (error) {
  process.stderr.write(`train: ${(error as Error).message}\nusage: npm run train   (retrains data/model/ from data/corpora/)\n`);
  process.exit(2);
}
const root = fileURLToPath(new URL("..", import.meta.url));
const t0 = performance.now();
const model = trainShippedModel(console.log);
mkdirSync(`${root}data/model`, { recursive: true });
const out = `${root}data/model/actors.json`;
const json = JSON.stringify(model);
writeFileSync(out, json);
console.log(
  `wrote ${out}: ${(json.length / 1e6).toFixed(2)} MB, ${Object.keys(model.perceptron.weights).length} features, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
