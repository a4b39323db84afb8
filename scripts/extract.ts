// Command line: `npm run --silent extract -- [--no-cache] [FOLDER]`
// Prints the tables as one JSON object on stdout; progress, warnings and rejections on stderr.
import { resolve } from "node:path";
import { existsSync, statSync } from "node:fs";
import { extractFolder } from "../src/extract/index.js";

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

const started = Date.now();
const tables = await extractFolder(folder, {
  noCache: args.includes("--no-cache"),
  onProgress: (done, total, extracted) => {
    if (done === total || done % 200 === 0) {
      const seconds = (Date.now() - started) / 1000;
      process.stderr.write(`extract: ${done}/${total} files, ${extracted} extracted, ${(done / Math.max(seconds, 1e-3)).toFixed(1)} files/s\n`);
    }
  },
});
for (const r of tables.rejected) process.stderr.write(`rejected ${r.file}: ${r.reason}\n`);
for (const w of tables.warnings ?? []) process.stderr.write(`warning ${w.file}: ${w.message}\n`);
process.stdout.write(JSON.stringify(tables) + "\n");
