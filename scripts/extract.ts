// Command line: `npm run --silent extract -- [--no-cache] [FOLDER]`
// Prints the tables as one JSON object on stdout; progress, warnings and rejections on stderr.
import { resolve } from "node:path";
import { existsSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { extractFolder } from "../src/extract/index.js";
import { progressReporter } from "../src/extract/workers/progress.js";

const USAGE = "usage: npm run --silent extract -- [--no-cache] [FOLDER]";
let args;
try {
  args = parseArgs({ options: { "no-cache": { type: "boolean" }, help: { type: "boolean" } }, allowPositionals: true });
  if (args.positionals.length > 1) throw new Error(`one folder at most (got ${args.positionals.join(" ")})`);
} catch (error) {
  process.stderr.write(`extract: ${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
if (args.values.help) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(0);
}
const folder = resolve(args.positionals[0] ?? process.env.BRIEFING_ARTICLES ?? "seeds");
if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  process.stderr.write(`extract: ${folder} is not a folder\n`);
  process.exit(2);
}

const tables = await extractFolder(folder, {
  noCache: args.values["no-cache"],
  onProgress: progressReporter({ label: "extract" }),
}).catch((error: Error) => {
  process.stderr.write(`extract: ${error.message}\n`);
  process.exit(2);
});
for (const r of tables.rejected) process.stderr.write(`rejected ${r.file}: ${r.reason}\n`);
for (const w of tables.warnings ?? []) process.stderr.write(`warning ${w.file}: ${w.message}\n`);
process.stdout.write(JSON.stringify(tables) + "\n");
