// The baseline extraction the bench compares ours with: compromise (people, places, organizations,
// numbers) and chrono-node (dates) over every file of a folder, as a plain ES module that `node`
// runs as it is (no TypeScript loader): the baseline's start-up is only Node's and its packages'.
// It prints how many things it found, so that no work can be skipped.

/** Run with `node --input-type=module -e BASELINE_SCRIPT FOLDER`, from the project root (package resolution). */
export const BASELINE_SCRIPT = `
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import * as chrono from "chrono-node";
const folder = process.argv[1];
let found = 0;
for (const name of readdirSync(folder).sort()) {
  const text = readFileSync(join(folder, name), "utf8");
  const doc = nlp(text);
  found += doc.people().out("array").length + doc.places().out("array").length + doc.organizations().out("array").length + doc.numbers().out("array").length;
  found += chrono.parse(text).length;
}
process.stdout.write(found + "\\n");
`;
