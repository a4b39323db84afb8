import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  articleId,
  findDuplicates,
  isRejection,
  parseArticle,
  uniqueIds,
  walkArticles,
  type ParsedArticle,
  type WalkOptions,
  type WalkResult,
} from "../src/extract/ingest/index.js";
import { extractFolder } from "../src/extract/extractFolder.js";
import type { ArticleRow as Article, Rejection, Tables } from "../src/extract/types.js";
import { buildFixtureFolder, HTML_PAGE, MARKDOWN_ARTICLE, MB, nearDuplicateText, seedText } from "./fixtures/folder.js";

/** The folder as the engine reads it (extractFolder, no cache), with the files the walk ignored. */
async function ingestFolder(folder: string, options: WalkOptions = {}) {
  const tables: Tables = await extractFolder(folder, { noCache: true, workers: 1, maxBytes: options.maxBytes });
  return {
    articles: tables.articles,
    rejected: tables.rejected,
    warnings: tables.warnings ?? [],
    ignored: (await walkArticles(folder, options)).ignored,
  };
}

let dir: string;
let walked: WalkResult;
let ingested: Awaited<ReturnType<typeof ingestFolder>>;

beforeAll(async () => {
  dir = buildFixtureFolder();
  walked = await walkArticles(dir);
  ingested = await ingestFolder(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const enc = (s: string) => new TextEncoder().encode(s);
function parsed(file: string, bytes: Uint8Array): ParsedArticle {
  const r = parseArticle(file, bytes);
  if (isRejection(r)) throw new Error(`${file} rejected: ${r.reason}`);
  return r;
}
const reasonOf = (rejected: Rejection[], file: string) => rejected.find((r) => r.file === file)?.reason;
const article = (file: string): Article => {
  const a = ingested.articles.find((x) => x.file === file);
  if (!a) throw new Error(`no article for ${file}`);
  return a;
};
const inBoilerplate = (a: Article, needle: string, from = 0) => {
  const s = a.text.indexOf(needle, from);
  expect(s, `'${needle}' in text`).toBeGreaterThanOrEqual(0);
  return a.boilerplate.some(([bs, be]) => bs <= s && be >= s + needle.length);
};

describe("walkArticles", () => {
  it("lists supported files sorted by relative path, with sub-folders", () => {
    const files = walked.files.map((f) => f.file);
    expect(files).toEqual([...files].sort());
    expect(files).toContain("sub/folder/nested.txt");
    expect(files).toContain("000_747bb5e62c1bd5ca.txt");
    expect(files).toContain("README");
    const nested = walked.files.find((f) => f.file === "sub/folder/nested.txt")!;
    expect(nested.path).toBe(path.join(dir, "sub", "folder", "nested.txt"));
    expect(nested.size).toBe(readFileSync(nested.path).length);
  });

  it("ignores hidden files and folders, listing them", () => {
    expect(walked.ignored).toEqual([".git/", ".hidden.txt"]);
    expect(walked.files.map((f) => f.file)).not.toContain(".hidden.txt");
  });

  it("rejects unsupported extensions naming the extension", () => {
    expect(reasonOf(walked.rejected, "report.pdf")).toMatch(/unsupported file type '\.pdf'/);
    expect(reasonOf(walked.rejected, "chart.png")).toMatch(/'\.png'/);
    expect(reasonOf(walked.rejected, "letter.docx")).toMatch(/'\.docx'.*supported: \.txt/);
  });

  it("rejects symlinks leaving the folder, dangling links and FIFOs; accepts links inside", () => {
    expect(reasonOf(walked.rejected, "passwd.txt")).toBe("symlink to a location outside the articles folder");
    expect(reasonOf(walked.rejected, "dangling.txt")).toMatch(/broken symlink/);
    expect(reasonOf(walked.rejected, "pipe.txt")).toBe("a named pipe (FIFO), not a regular file");
    expect(walked.files.map((f) => f.file)).toContain("alias.txt");
  });

  it("rejects oversized files by size, stating the limit, and accepts them when the limit is raised", async () => {
    expect(reasonOf(walked.rejected, "twenty-mb.txt")).toBe("file is 20.0 MB, over the 5 MB limit (raise it with BRIEFING_MAX_BYTES)");
    expect(reasonOf(walked.rejected, "six-mb.txt")).toMatch(/^file is 6\.0 MB, over the 5 MB limit/);
    const raised = await walkArticles(dir, { maxBytes: 7 * MB });
    expect(raised.files.map((f) => f.file)).toContain("six-mb.txt");
    expect(reasonOf(raised.rejected, "twenty-mb.txt")).toMatch(/over the 7 MB limit/);
  });

  it("reads the limit from BRIEFING_MAX_BYTES and refuses a bad value", async () => {
    const old = process.env.BRIEFING_MAX_BYTES;
    try {
      process.env.BRIEFING_MAX_BYTES = "25MB";
      const env = await walkArticles(dir);
      expect(env.files.map((f) => f.file)).toEqual(expect.arrayContaining(["six-mb.txt", "twenty-mb.txt"]));
      process.env.BRIEFING_MAX_BYTES = "lots";
      await expect(walkArticles(dir)).rejects.toThrow(/BRIEFING_MAX_BYTES must be a size in bytes.*'lots'/);
    } finally {
      if (old === undefined) delete process.env.BRIEFING_MAX_BYTES;
      else process.env.BRIEFING_MAX_BYTES = old;
    }
  });

  it("fails clearly on a missing folder", async () => {
    await expect(walkArticles(path.join(dir, "nope"))).rejects.toThrow(/articles folder not found: .*nope/);
  });
});

describe("parseArticle on the seeds", () => {
  it("reads seed 000's date header and puts the marker in boilerplate", () => {
    const a = article("000_747bb5e62c1bd5ca.txt");
    expect(a.date).toBe("2023-11-09");
    expect(a.dateSource).toBe("header");
    expect(a.text.slice(0, 17)).toBe(" date 2023-11-09 ");
    expect(a.boilerplate[0]).toEqual([0, 17]);
    expect(a.title.startsWith("Niger’s recent military coup has taken a troubling turn")).toBe(true);
    expect(a.title.endsWith("…")).toBe(true);
    expect(a.title.length).toBeLessThanOrEqual(91);
    expect(a.id).toBe("000_747bb5e62c1bd5ca");
    expect(parsed(a.file, readFileSync(path.join(dir, a.file))).article.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("takes seed 003's headline as its title and removes its promos and timestamps", () => {
    // as parsed: the pipeline infers its date later from the dates in its text
    const a = parsed("003_fada45a71caf5c24.txt", readFileSync(path.join(dir, "003_fada45a71caf5c24.txt"))).article;
    expect(article("003_fada45a71caf5c24.txt").dateSource).toBe("inferred");
    expect(a.title).toBe("Coup leaders in Niger grow increasingly defiant, U.S. officials losing hope");
    expect(a.date).toBeNull();
    expect(a.dateSource).toBe("none");
    expect(inBoilerplate(a, "Aug. 9, 202307:33")).toBe(true);
    expect(inBoilerplate(a, "July 31, 202301:42")).toBe(true);
    expect(inBoilerplate(a, "This post was originally published on this site")).toBe(true);
    let at = a.text.indexOf("Get Insightful");
    let promos = 0;
    while (at >= 0) {
      expect(inBoilerplate(a, "Get Insightful", at)).toBe(true);
      promos++;
      at = a.text.indexOf("Get Insightful", at + 1);
    }
    expect(promos).toBe(3);
    expect(inBoilerplate(a, "We don’t spam! Read our [link]privacy policy[/link] for more info.")).toBe(true);
    // Quotes with editorial brackets stay article text.
    expect(inBoilerplate(a, "[I]t’s clear")).toBe(false);
    expect(inBoilerplate(a, "Acting Secretary of State Victoria Nuland")).toBe(false);
  });

  it("credits seed 004 to Edition Cnn and drops its Read Also lines", () => {
    const a = article("004_747b66184e54142f.txt");
    expect(a.source).toBe("Edition Cnn");
    expect(inBoilerplate(a, "Source: Edition Cnn")).toBe(true);
    expect(inBoilerplate(a, "Read Also: US Allocates $345 Million in Military Aid to Taiwan Amid Growing Challenges")).toBe(true);
    expect(inBoilerplate(a, "Read Also: Unveiling The Massive US Military Bases")).toBe(true);
    expect(inBoilerplate(a, "about 1,000 US soldiers")).toBe(false);
    expect(a.title).toBe("The US has restricted about 1,000 US soldiers to the American military installation in…");
  });

  it("keeps every seed, none a duplicate of another", () => {
    for (const f of ["000_747bb5e62c1bd5ca.txt", "001_4905a650263177e8.txt", "002_82e9ea03b5c9249c.txt"]) {
      expect(article(f).dateSource).toBe("header");
    }
    expect(article("001_4905a650263177e8.txt").date).toBe("2023-11-08");
    expect(article("002_82e9ea03b5c9249c.txt").date).toBe("2023-11-07");
    for (const a of ingested.articles.filter((x) => /^\d{3}_/.test(x.file))) expect(a.duplicateOf).toBeUndefined();
  });
});

describe("parseArticle on awkward files", () => {
  it("rejects empty, whitespace-only, binary and NUL-bearing files", () => {
    expect(reasonOf(ingested.rejected, "empty.txt")).toBe("empty file");
    expect(reasonOf(ingested.rejected, "whitespace.txt")).toBe("empty file (only whitespace)");
    expect(reasonOf(ingested.rejected, "disguised.txt")).toBe("binary file (PNG image), not text");
    expect(reasonOf(ingested.rejected, "nul.txt")).toBe("binary file (binary data), not text");
    expect(reasonOf(ingested.rejected, "scripts-only.html")).toBe("no readable text in HTML");
  });

  it("decodes Windows-1252 with a warning", () => {
    const a = article("latin1.txt");
    expect(a.text).toContain("café — naïve owner");
    expect(ingested.warnings).toContainEqual({ file: "latin1.txt", message: "not valid UTF-8; decoded as Windows-1252 (Latin-1)" });
  });

  it("strips a UTF-8 BOM and normalizes CRLF", () => {
    const bom = article("bom.txt");
    expect(bom.text.startsWith("Officials in Accra")).toBe(true);
    expect(bom.text.charCodeAt(0)).not.toBe(0xfeff);
    const crlf = article("crlf.txt");
    expect(crlf.text).toBe("Storm hits coast\n\nThe storm reached Lagos on Sunday.\nPower was cut to 40,000 homes.\n");
    expect(crlf.title).toBe("Storm hits coast");
    const lone = parsed("mac.txt", enc("Old Mac file\rsecond line\r"));
    expect(lone.article.text).toBe("Old Mac file\nsecond line\n");
  });

  it("keeps an article with an invalid date header, flagged", () => {
    const a = article("bad-date.txt");
    expect(a.date).toBeNull();
    expect(a.dateSource).toBe("invalid");
    expect(ingested.warnings).toContainEqual({ file: "bad-date.txt", message: "invalid date header '2023-13-45'" });
    expect(a.boilerplate[0]).toEqual([0, 17]);
    expect(a.title).toBe("Protesters gathered outside parliament in Nairobi on Tuesday.");
  });

  it("reads a date header followed by a newline and a headline", () => {
    const r = parsed("x.txt", enc("date 2024-02-29\nLeap day summit opens\n\nLeaders met in Addis Ababa.\n"));
    expect(r.article.date).toBe("2024-02-29");
    expect(r.article.title).toBe("Leap day summit opens");
    expect(r.article.boilerplate[0]).toEqual([0, 16]);
    const stamped = parsed("z.txt", enc(" date 2024-03-01T23:30:00+01:00 Talks opened in Algiers.\n"));
    expect(stamped.article.date).toBe("2024-03-01");
    expect(stamped.article.title).toBe("Talks opened in Algiers.");
    const bad = parsed("y.txt", enc(" date 2023-02-29 Text about a day that never was.\n"));
    expect(bad.article.dateSource).toBe("invalid");
  });

  it("reads markdown front matter into fields and masks markup", () => {
    const a = article("doha.md");
    expect(a.title).toBe("Ceasefire talks resume in Doha");
    expect(a.date).toBe("2024-02-12");
    expect(a.dateSource).toBe("front-matter");
    expect(a.source).toBe("Gulf Desk");
    expect(parsed(a.file, enc(MARKDOWN_ARTICLE)).article.url).toBe("https://example.org/doha-talks");
    expect(a.text).toBe(MARKDOWN_ARTICLE);
    expect(inBoilerplate(a, 'title: "Ceasefire talks resume in Doha"')).toBe(true);
    expect(inBoilerplate(a, "(https://example.org/statement/2024/02/12)")).toBe(true);
    expect(inBoilerplate(a, "![Negotiators arrive](https://example.org/img/2024-02-12.jpg)")).toBe(true);
    expect(inBoilerplate(a, "a statement")).toBe(false);
    expect(inBoilerplate(a, "Qatar")).toBe(false);
    expect(inBoilerplate(a, "**")).toBe(true);
  });

  it("extracts the main text of an HTML page without scripts, navigation or ads", () => {
    const a = article("page.html");
    expect(a.title).toBe("Floods displace thousands in Kerala");
    expect(a.date).toBe("2024-07-30");
    expect(a.dateSource).toBe("meta");
    expect(a.source).toBe("Daily Wire Service");
    expect(parsed(a.file, enc(HTML_PAGE)).article.url).toBe("https://example.org/news/kerala-floods");
    expect(a.text).toContain("killing at least 120 people and displacing more than 3,000 residents");
    expect(a.text).toContain("Relief camps have been set up in 45 locations");
    expect(a.text).toMatch(/state officials said\.\n\nChief Minister Pinarayi Vijayan/);
    for (const junk of [
      "SECRET_TRACKER_CODE",
      "INLINE_SCRIPT_IN_ARTICLE",
      "font-family",
      "Buy cheap watches",
      "Celebrity chef",
      "<p>",
      "World",
    ]) {
      expect(a.text).not.toContain(junk);
    }
  });

  it("keeps a .txt article's byline, credits, dateline place and published stamp as metadata", () => {
    const body = [
      "UPDATE 1-Junta names new cabinet",
      "By Amina Diallo, Sahel Press Agency",
      "Published: 9 August 2023 14:05 GMT",
      "NIAMEY, Niger (SPA) — Niger's military government named a 21-member cabinet on Wednesday.",
      "Protesters gather in Niamey. (Issouf Sanogo/AFP via Getty Images)",
      "The decree gives the defence portfolio to a general who took part in the takeover.",
      "",
    ].join("\n\n");
    const { article } = parsed("cabinet.txt", enc(body));
    expect(article).toMatchObject({
      date: "2023-08-09",
      dateSource: "page-text",
      byline: "Amina Diallo, Sahel Press Agency",
      location: "Niamey, Niger",
      credits: ["SPA", "Issouf Sanogo/AFP via Getty Images"],
      title: "Junta names new cabinet",
    });
    for (const furniture of [
      "UPDATE 1-",
      "By Amina Diallo, Sahel Press Agency",
      "Published: 9 August 2023 14:05 GMT",
      "NIAMEY, Niger (SPA) —",
      "(Issouf Sanogo/AFP via Getty Images)",
    ]) {
      expect(inBoilerplate(article, furniture), furniture).toBe(true);
    }
    expect(inBoilerplate(article, "Niger's military government")).toBe(false);
  });

  it("keeps a .md article's credits and lets its front matter date win over a stamp", () => {
    const md =
      "---\ntitle: Talks resume\ndate: 2024-02-12\n---\n\nBy Omar Haddad\n\nUpdated 10:32 GMT\n\nDOHA, Qatar (AFP) — Negotiators met on Monday.\n\n© 2024 Gulf Desk\n";
    const { article } = parsed("talks.md", enc(md));
    expect(article).toMatchObject({
      date: "2024-02-12",
      dateSource: "front-matter",
      byline: "Omar Haddad",
      location: "Doha, Qatar",
      credits: ["AFP", "Gulf Desk"],
    });
  });

  it("gives the seeds no credits, byline or place they do not have", () => {
    for (const a of ingested.articles.filter((x) => /^\d{3}_/.test(x.file))) {
      expect(a.byline, a.file).toBeNull();
      expect(a.location, a.file).toBeNull();
      expect(a.credits, a.file).toEqual([]);
    }
  });

  it("decodes a Latin-1 HTML page by its declared charset", () => {
    const html = HTML_PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace(
      "Kerala on Tuesday",
      "Kerala on Tuesday at the caf\u00e9",
    );
    const r = parsed("p.html", Buffer.from(html, "latin1"));
    expect(r.article.text).toContain("at the café");
    expect(r.warnings[0].message).toBe("not valid UTF-8; decoded as iso-8859-1");
  });

  it("parses a 10,000-line article and a sub-folder article, and sniffs extensionless text", () => {
    const long = article("long.txt");
    expect(long.text.split("\n")).toHaveLength(10_000);
    expect(long.title).toBe("Line 1: the council met again and voted 0 times.");
    expect(article("sub/folder/nested.txt").id).toBe("sub-folder-nested");
    expect(article("sub/folder/nested.txt").title).toBe("Nested report");
    expect(article("README").id).toBe("readme");
  });

  it("accepts the 6 MB file when the limit is raised", async () => {
    // the walk and the parse extractFolder runs (extracting 6 MB of prose is for the bench)
    const raised = await walkArticles(dir, { maxBytes: 7 * MB });
    const file = raised.files.find((f) => f.file === "six-mb.txt")!;
    const big = parsed(file.file, readFileSync(file.path)).article;
    expect(big.title).toBe("The committee met again on Thursday to review the budget and the reports of the regions.");
    expect(big.text.length).toBeGreaterThan(6 * MB);
  });

  it("rejects files with an unsupported extension in parseArticle too", () => {
    expect(parseArticle("a.pdf", enc("%PDF-1.4"))).toEqual({ file: "a.pdf", reason: expect.stringMatching(/'\.pdf'/) });
  });

  it("rejects a file with nothing but a date header or boilerplate", () => {
    const r = parseArticle("only-date.txt", enc(" date 2023-11-09 \n"));
    expect(isRejection(r) && r.reason).toMatch(/no article text/);
    const promo = parseArticle("promo.txt", enc("Subscribe to our newsletter\nSource: Wire\n"));
    expect(isRejection(promo) && promo.reason).toMatch(/no article text/);
  });

  it("every rejection and warning names its file", () => {
    for (const r of [...ingested.rejected, ...ingested.warnings]) expect(r.file).toMatch(/\S/);
    expect(ingested.rejected.map((r) => r.file)).toEqual([
      "chart.png",
      "dangling.txt",
      "disguised.txt",
      "empty.txt",
      "letter.docx",
      "nul.txt",
      "passwd.txt",
      "pipe.txt",
      "report.pdf",
      "scripts-only.html",
      "six-mb.txt",
      "twenty-mb.txt",
      "whitespace.txt",
    ]);
  });
});

describe("ids", () => {
  it("are readable URL-safe slugs, unique across colliding names", () => {
    expect(articleId("003_fada45a71caf5c24.txt")).toBe("003_fada45a71caf5c24");
    expect(articleId("Sahel News/Niger Coup – Day 2.md")).toBe("sahel-news-niger-coup-day-2");
    expect(articleId("Côte d'Ivoire.txt")).toBe("cote-d-ivoire");
    expect(articleId("日本.txt")).toMatch(/^article-[0-9a-f]{8}$/);
    const ids = uniqueIds(["a.md", "a.txt", "b.txt"]);
    expect(ids[0]).toBe("a");
    expect(ids[1]).toMatch(/^a-[0-9a-f]{6}$/);
    expect(ids[2]).toBe("b");
    for (const a of ingested.articles) expect(a.id).toMatch(/^[a-z0-9_-]+$/);
    expect(new Set(ingested.articles.map((a) => a.id)).size).toBe(ingested.articles.length);
  });
});

describe("findDuplicates", () => {
  it("flags the exact copy, the symlink alias and the near copy of seeds", () => {
    expect(article("exact-copy.txt").duplicateOf).toBe("002_82e9ea03b5c9249c");
    expect(article("alias.txt").duplicateOf).toBe("001_4905a650263177e8");
    expect(article("near-copy.txt").duplicateOf).toBe("000_747bb5e62c1bd5ca");
    const flagged = ingested.articles
      .filter((a) => a.duplicateOf)
      .map((a) => a.file)
      .sort();
    expect(flagged).toEqual(["alias.txt", "exact-copy.txt", "near-copy.txt"]);
  });

  it("points later articles at earlier ones, ignoring boilerplate differences", () => {
    const base = { hash: "h1", boilerplate: [] as Array<[number, number]> };
    const text = seedText("003_fada45a71caf5c24.txt");
    const withPromo = "Subscribe to our daily newsletter!\n\n" + text;
    const dup = findDuplicates([
      { id: "first", text, ...base },
      { id: "second", text: withPromo, hash: "h2", boilerplate: [[0, 34]] },
      { id: "other", text: seedText("004_747b66184e54142f.txt"), hash: "h3", boilerplate: [] },
    ]);
    expect([...dup]).toEqual([["second", "first"]]);
  });

  it("flags short texts that differ only in case, quotes and spacing", () => {
    const dup = findDuplicates([
      { id: "a", text: "Niger’s junta closed the border on Sunday.", hash: "1", boilerplate: [] },
      { id: "b", text: "NIGER'S  junta closed the border on sunday!", hash: "2", boilerplate: [] },
      { id: "c", text: "Mali’s junta opened the border on Monday.", hash: "3", boilerplate: [] },
    ]);
    expect([...dup]).toEqual([["b", "a"]]);
  });

  it("does not flag different articles on the same story", () => {
    const texts = ["000_747bb5e62c1bd5ca.txt", "001_4905a650263177e8.txt", "002_82e9ea03b5c9249c.txt"].map(seedText);
    const dup = findDuplicates(texts.map((text, i) => ({ id: `s${i}`, text, hash: `h${i}`, boilerplate: [] })));
    expect(dup.size).toBe(0);
  });

  it("handles thousands of articles, finding the planted near-duplicates", () => {
    const words =
      "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango".split(
        " ",
      );
    let seed = 7;
    const rand = () => {
      // mulberry32
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const make = () => Array.from({ length: 300 }, () => words[Math.floor(rand() * words.length)] + Math.floor(rand() * 50)).join(" ");
    const articles = Array.from({ length: 3000 }, (_, i) => ({
      id: `a${i}`,
      text: make(),
      hash: `h${i}`,
      boilerplate: [] as Array<[number, number]>,
    }));
    const original = articles[10].text.split(" ");
    original.splice(150, 5, "changed", "words", "in", "the", "middle");
    articles.push({ id: "planted", text: original.join(" "), hash: "hp", boilerplate: [] });
    const dup = findDuplicates(articles);
    expect([...dup]).toEqual([["planted", "a10"]]);
  });

  it("near-duplicate fixture is still close to seed 000", () => {
    expect(nearDuplicateText()).not.toBe(seedText("000_747bb5e62c1bd5ca.txt"));
  });
});
