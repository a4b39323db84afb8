// `npx tsx scripts/story-labels.ts OUT --meantime MEANTIME_FOLDER [--aquaint AQUAINT_FOLDER] [--undated]`:
// rebuilds the hand-labelled stories folder (one markdown file per article, front matter `title`, `date`
// and `story`, the format of `npm run eval -- --stories`, src/evaluate/stories.ts) from
// data/dev-labels/meantime-stories.json, which keeps only document ids, event ids and text hashes, and
// the corpora themselves (development data, never in the repository). Each article's text is checked
// against the hash the labels were made on. `--undated` leaves the front matter's date out: the engine
// then dates each article from its text alone, as it must for a folder of plain texts.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseMeantime } from "../src/evaluate/meantime.js";
import { parseTimeML } from "../src/evaluate/timeml.js";

interface Label {
  corpus: "meantime-en" | "timeml-aquaint";
  event: string;
  textSha256: string;
}

interface Article {
  title: string | null;
  date: string | null;
  text: string;
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { meantime: { type: "string" }, aquaint: { type: "string" }, undated: { type: "boolean" } },
});
const [out] = positionals;
if (!out || (!values.meantime && !values.aquaint)) {
  process.stderr.write("usage: npx tsx scripts/story-labels.ts OUT --meantime MEANTIME_FOLDER [--aquaint AQUAINT_FOLDER] [--undated]\n");
  process.exit(2);
}
const labels = JSON.parse(readFileSync(new URL("../data/dev-labels/meantime-stories.json", import.meta.url), "utf8")) as {
  articles: Record<string, Label>;
};

/** MEANTIME's articles by id: the headline and the date line apart, the text after them. */
function meantimeArticles(folder: string): Map<string, Article> {
  const docs = parseMeantime(readFileSync(join(folder, "meantime.conll"), "utf8"));
  return new Map(docs.map((d) => [d.id, { title: d.title, date: d.date, text: d.text.split("\n\n").slice(2).join("\n\n").trim() }]));
}

function aquaintArticle(folder: string, id: string): Article {
  const doc = parseTimeML(readFileSync(join(folder, `${id}.tml`), "utf8"), id);
  return { title: null, date: doc.dct, text: doc.text.trim() };
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const meantime = values.meantime ? meantimeArticles(values.meantime) : new Map<string, Article>();
mkdirSync(out, { recursive: true });
let written = 0;
for (const [id, label] of Object.entries(labels.articles)) {
  if (label.corpus === "meantime-en" ? !values.meantime : !values.aquaint) continue;
  const article = label.corpus === "meantime-en" ? meantime.get(id) : aquaintArticle(values.aquaint!, id);
  if (!article || sha256(article.text) !== label.textSha256) {
    process.stderr.write(
      `${label.corpus} ${id}: ${article ? "its text is not the one the labels were made on" : "not in the corpus"}; skipped\n`,
    );
    continue;
  }
  const front = [`story: ${label.event}`];
  if (article.title) front.push(`title: ${JSON.stringify(article.title)}`);
  if (article.date && !values.undated) front.push(`date: ${article.date}`);
  const name = `${label.corpus === "meantime-en" ? "meantime" : "aquaint"}-${id.replace(/[/]/g, "-")}.md`;
  writeFileSync(join(out, name), `---\n${front.join("\n")}\n---\n${article.text}\n`);
  written++;
}
process.stderr.write(`${written} labelled articles in ${out}\n`);
