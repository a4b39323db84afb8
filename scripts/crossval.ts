// `npx tsx scripts/crossval.ts [--errors SOURCE|wikigold|dev|all] [--seed N] [--upper]`: the actor
// tagger's held-out scores (src/evaluate/crossval.ts): leave-one-re3d-source-out and wikigold two-fold.
import { parseArgs } from "node:util";
import { crossValidate } from "../src/evaluate/crossval.js";

const { values } = parseArgs({ options: { seed: { type: "string" }, upper: { type: "boolean" }, errors: { type: "string" } } });
const seed = values.seed === undefined ? undefined : Number(values.seed);
if (seed !== undefined && !Number.isInteger(seed)) {
  process.stderr.write("crossval: --seed takes a whole number\n");
  process.exit(2);
}
for (const line of crossValidate({ seed, upper: values.upper, errors: values.errors })) console.log(line);
