// Pages read whole (issue 18): a page whose block of other stories' teasers holds more prose than the
// story is read for its story, the block around its own lead paragraph. Pages written for the project.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHtml } from "../src/extract/ingest/formats/html.js";

const read = (name: string) => {
  const parsed = parseHtml(readFileSync(`tests/fixtures/html/${name}.html`, "utf8"));
  if ("reason" in parsed) throw new Error(parsed.reason);
  const gold = JSON.parse(readFileSync(`tests/fixtures/html/${name}.gold.json`, "utf8"));
  return { parsed, gold };
};

describe("a long related-stories block", () => {
  it.each(["fr-nepal", "en-cargo"])("%s: the text is the story's paragraphs, without the teasers", (name) => {
    const { parsed, gold } = read(name);
    expect(parsed.text.replace(/\s+/g, " ").trim()).toBe(gold.text.replace(/\s+/g, " ").trim());
    expect(parsed.date).toBe("2015-04-27");
    expect(parsed.title).toBe(gold.title);
  });
});

// The publication date comes from the page's own metadata or its own byline block before a stamp
// anywhere else in the page (issue 18): related items' stamps, <time>s and microdata date other stories.
describe("the page's own date, not a related item's", () => {
  it("byline-related: the date of the byline block, not the related cards' microdata, <time> or Published lines", () => {
    const { parsed, gold } = read("byline-related");
    expect(gold.date).toBe("2024-03-03");
    expect(parsed.date).toBe("2024-03-03");
    expect(parsed.dateSource).toBe("page-text");
    expect(parsed.text.replace(/\s+/g, " ").trim()).toBe(gold.text.replace(/\s+/g, " ").trim());
  });

  it("fr-byline: a French byline block's Publié le, not the À lire aussi cards' dates", () => {
    const { parsed, gold } = read("fr-byline");
    expect(parsed.date).toBe("2024-03-03");
    expect(parsed.dateSource).toBe("page-text");
    expect(parsed.text.replace(/\s+/g, " ").trim()).toBe(gold.text.replace(/\s+/g, " ").trim());
  });

  it("meta-related: a generic date meta tag, not the Latest list's <time class=published>", () => {
    const { parsed } = read("meta-related");
    expect(parsed.date).toBe("2024-05-14");
    expect(parsed.dateSource).toBe("meta");
  });

  it("related-no-date: a page with no date of its own gets none", () => {
    const { parsed, gold } = read("related-no-date");
    expect(gold.date).toBeNull();
    expect(parsed.date).toBeNull();
    expect(parsed.dateSource).toBe("none");
    expect(parsed.warnings).toEqual([]);
  });

  const page = (head: string, body: string) => {
    const story = Array.from(
      { length: 5 },
      (_, i) =>
        `<p>Paragraph ${i + 1} of the story about the new river crossing, long enough to be read as the article's own prose by the page reader.</p>`,
    ).join("");
    const parsed = parseHtml(
      `<!doctype html><html><head><title>River crossing opens</title>${head}</head><body>${body.replace("STORY", `<div class="story">${story}</div>`)}</body></html>`,
    );
    if ("reason" in parsed) throw new Error(parsed.reason);
    return parsed;
  };

  it("a byline block's bare date comes before a Published line elsewhere in the page", () => {
    const parsed = page(
      "",
      `<h1>River crossing opens</h1><div class="info">By Ana Lima | June 4, 2024</div>STORY<div class="box"><p>Published January 5, 2024</p></div>`,
    );
    expect(parsed.date).toBe("2024-06-04");
  });

  it("a Published line in a list item linking to another story is no date of the page", () => {
    const parsed = page(
      "",
      `<h1>River crossing opens</h1>STORY<ul class="more"><li><a href="/a">Ferry service to end when the bridge opens next month</a><p>Published May 30, 2024</p></li></ul>`,
    );
    expect(parsed.date).toBeNull();
  });

  it("a story's own Published line after its text still dates it", () => {
    const parsed = page(
      "",
      `<h1>River crossing opens</h1>STORY<p class="stamp">Published June 4, 2024</p><div class="more"><h3><a href="/b">Bridge tolls set</a></h3><p>Published May 30, 2024</p></div>`,
    );
    expect(parsed.date).toBe("2024-06-04");
  });

  it("JSON-LD: the same article written twice, its headline with the site's name, still dates the page", () => {
    const ld = JSON.stringify([
      { "@type": "NewsArticle", headline: "River crossing opens" },
      { "@type": "NewsArticle", headline: "River crossing opens | Valley Tribune", datePublished: "2024-06-04" },
    ]);
    const parsed = page(
      `<meta property="og:title" content="River crossing opens"><script type="application/ld+json">${ld}</script>`,
      `<h1>River crossing opens</h1>STORY`,
    );
    expect(parsed.date).toBe("2024-06-04");
    expect(parsed.dateSource).toBe("json-ld");
  });

  it("JSON-LD: another article's datePublished (another headline) does not date the page", () => {
    const ld = JSON.stringify([
      { "@type": "NewsArticle", headline: "River crossing opens" },
      { "@type": "NewsArticle", headline: "Bridge tolls set for the new crossing", datePublished: "2024-05-30" },
    ]);
    const parsed = page(
      `<meta property="og:title" content="River crossing opens"><script type="application/ld+json">${ld}</script>`,
      `<h1>River crossing opens</h1><p class="when">June 4, 2024</p>STORY`,
    );
    expect(parsed.date).toBe("2024-06-04");
    expect(parsed.dateSource).toBe("page-text");
  });
});

describe("the page's own byline block beside its header", () => {
  it("a linked author name in a heading is the byline, not another story", () => {
    const story = Array.from(
      { length: 5 },
      (_, i) =>
        `<p>Paragraph ${i + 1} of the story about the new river crossing, long enough to be read as the article's own prose by the page reader.</p>`,
    ).join("");
    const parsed = parseHtml(
      `<!doctype html><html><head><title>River crossing opens</title></head><body><div class="top"><h1>River crossing opens</h1></div><div class="info"><h4><a href="/author/ana-lima">Ana Lima</a></h4><span>June 4, 2024</span></div><div class="story">${story}</div></body></html>`,
    );
    if ("reason" in parsed) throw new Error(parsed.reason);
    expect(parsed.date).toBe("2024-06-04");
  });
});
