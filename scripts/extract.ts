// Command line: `npm run --silent extract -- [--no-cache] [FOLDER]`
// Prints the tables as one JSON object on stdout; progress, warnings and rejections on stderr.
import { resolve } from "node:path";
import { existsSync, statSync } from "node:fs";
import { extractFolder } from "../src/extract/index.js";
import { progressReporter } from "../src/extract/workers/progress.js";

const args = process.argv.slice(2);
const unknown = args.filter((a) => a.startsWith("-") && a !== "--no-cache" && a !== "--help");
if (args.includes("--help") || unknown.length || args.filter((a) => !a.startsWith("-")).length > 1) {
  process.stderr.write(`${unknown.length ? `unknown option ${unknown.join(" ")}\n` : ""}usage: npm run --silent extract -- [--no-cache] [FOLDER]\n`);
  process.exit(args.includes("--help") ? 0 : 2);
}
const folder = resolve(args.find((a) => !a.startsWith("-")) ?? process.env.BRIEFING_ARTICLES ?? "seeds");
if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  process.stderr.write(`extract: ${folder} is not a folder\n`);
  process.exit(2);
}

const tables = await extractFolder(folder, {
  noCache: args.includes("--no-cache"),
  onProgress: progressReporter({ label: "extract" }),
}).catch((error: Error) => {
  process.stderr.write(`extract: ${error.message}\n`);
  process.exit(2);
});
for (const r of tables.rejected) process.stderr.write(`rejected ${r.file}: ${r.reason}\n`);
for (const w of tables.warnings ?? []) process.stderr.write(`warning ${w.file}: ${w.message}\n`);
process.stdout.write(JSON.stringify(tables) + "\n");
