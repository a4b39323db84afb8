// `npm run eval -- --html FOLDER`: saved web pages (NAME.html + NAME.gold.json) through ingest and the
// pipeline; prints title, text and publication-day scores, page by page and overall.
import { resolve } from "node:path";
import { readPageFolder } from "../src/evaluate/pageFolder.js";
import { scorePages, type PageCase } from "../src/evaluate/pages.js";
import { decodeBytes, isRejection, parseArticle } from "../src/extract/ingest/index.js";
import { declaredCharset } from "../src/extract/ingest/formats/html.js";
import { extractArticle } from "../src/extract/pipeline.js";
import { loadActorModel } from "../src/extract/recognize/actors/index.js";

export function runPageEval(folder: string | undefined): number {
  if (!folder) {
    process.stderr.write("usage: npm run eval -- --html FOLDER   (NAME.html beside NAME.gold.json, e.g. tests/fixtures/html)\n");
    return 2;
  }
  const { pages, missing } = readPageFolder(resolve(folder));
  for (const file of missing) process.stderr.write(`eval: ${file} has no .gold.json sidecar; skipped\n`);
  if (!pages.length) {
    process.stderr.write(`eval: no page with a gold sidecar under ${folder}\n`);
    return 2;
  }
  const model = loadActorModel();
  const cases: PageCase[] = pages.map(({ file, bytes, gold }) => {
    const decoded = decodeBytes(bytes, declaredCharset(bytes));
    const page = decoded.ok ? decoded.text : "";
    const parsed = parseArticle(file, bytes);
    if (isRejection(parsed)) {
      process.stderr.write(`eval: ${file} rejected: ${parsed.reason}\n`);
      return { name: file, page, gold, predicted: { title: "", date: null, text: "" } };
    }
    const { article } = extractArticle(parsed.article, model);
    const location = (article as { location?: string | null }).location ?? null;
    return { name: file, page, gold, predicted: { title: article.title, date: article.date, dateSource: article.dateSource, text: article.text, source: article.source, location } };
  });
  const s = scorePages(cases);
  const f = (x: number) => x.toFixed(3);
  console.log("page                              title  recall  precision  day (predicted / gold, source)");
  s.rows.forEach((r, i) => {
    const c = cases[i];
    const day = `${c.predicted.date ?? "null"} / ${c.gold.date ?? "null"} (${c.predicted.dateSource ?? "?"})${r.dateNotInPage ? " NOT IN PAGE" : ""}`;
    console.log(`${r.name.padEnd(33)} ${(r.titleRight ? "ok" : "WRONG").padEnd(6)} ${f(r.recall)}   ${f(r.precision)}    ${r.dateRight ? "ok" : "WRONG"} ${day}`);
    if (!r.titleRight) console.log(`    title: ${JSON.stringify(c.predicted.title)} (gold ${JSON.stringify(c.gold.title)})`);
  });
  console.log("");
  console.log(`${s.pages} pages in ${folder}`);
  console.log(`title right            ${s.titleRight}/${s.pages} (${f(s.titleRight / s.pages)})`);
  console.log(`text word recall       ${f(s.recall)} (page average ${f(s.macroRecall)})`);
  console.log(`text word precision    ${f(s.precision)} (page average ${f(s.macroPrecision)})`);
  console.log(`publication day right  ${s.dateRight}/${s.pages} (${f(s.dateRight / s.pages)})`);
  console.log(`article dates not in the page: ${s.datesNotInPage}`);
  return 0;
}
