// Web pages read whole: the publication day from the page's own markup and words, the article's text
// without the site's chrome, the headline and the outlet's name. Examples are made for these tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isRejection, parseArticle, type ParsedArticle } from "../src/extract/ingest/index.js";
import { urlDay } from "../src/extract/ingest/html/pageDate.js";
import { cleanTitle, hostOf, sameName } from "../src/extract/ingest/html/naming.js";
import { coverage } from "../src/extract/ingest/html/mainText.js";

const FIXTURES = join(import.meta.dirname, "fixtures", "html");
const enc = (s: string) => new TextEncoder().encode(s);
function read(html: string, file = "page.html"): ParsedArticle {
  const r = parseArticle(file, enc(html));
  if (isRejection(r)) throw new Error(`rejected: ${r.reason}`);
  return r;
}

const STORY = [
  "Election officials in Lusaka began counting ballots on Thursday night after polling stations closed across the country, with turnout estimated at about 70 percent.",
  "Observers from the regional bloc said voting had been largely peaceful, although several stations in the north opened hours late because ballot papers arrived after dawn.",
  "The electoral commission said it expected to announce provisional results within three days and urged parties not to declare victory before then.",
];
const BODY = STORY.map((p) => `<p>${p}</p>`).join("\n");

/** A page: `head` goes in <head>, `header` between the headline and the story, `after` below it. */
function page({ head = "", title = "Zambia counts votes after peaceful poll", header = "", after = "", before = "" } = {}): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title} | Copperbelt Post</title>${head}</head><body>
<header class="site-header"><a class="logo" href="/">Copperbelt Post</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
${before}
<main><article><h1>${title}</h1>${header}<div class="story-body">${BODY}</div></article>${after}</main>
<footer><p>© 2024 Copperbelt Post. All rights reserved.</p></footer></body></html>`;
}

const dated = (html: string) => {
  const { article, warnings } = read(html);
  return { date: article.date, source: article.dateSource, warnings: warnings.map((w) => w.message) };
};

describe("publication day: JSON-LD", () => {
  it("reads datePublished of an article in @graph, not the page's or the modified date", () => {
    const ld = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebPage", datePublished: "2024-08-10T06:00:00+00:00" },
        {
          "@type": "NewsArticle",
          dateModified: "2024-08-13T09:00:00+02:00",
          datePublished: "2024-08-12T21:40:00+02:00",
          headline: "Zambia counts votes",
        },
      ],
    };
    expect(dated(page({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` }))).toEqual({
      date: "2024-08-12",
      source: "json-ld",
      warnings: [],
    });
  });

  it("reads arrays, mainEntity and typed lists (ReportageNewsArticle, BlogPosting)", () => {
    const array = [{ "@type": "BreadcrumbList" }, { "@type": ["ReportageNewsArticle"], datePublished: "2024-05-03" }];
    expect(dated(page({ head: `<script type="application/ld+json">${JSON.stringify(array)}</script>` })).date).toBe("2024-05-03");
    const main = { "@type": "WebPage", mainEntity: { "@type": "BlogPosting", datePublished: "2023-12-01T08:00:00-05:00" } };
    expect(dated(page({ head: `<script type="application/ld+json">${JSON.stringify(main)}</script>` })).date).toBe("2023-12-01");
  });

  it("tolerates CDATA wrappers and trailing commas, and ignores JSON-LD it cannot read", () => {
    const messy = `<script type="application/ld+json">//<![CDATA[
{"@type": "NewsArticle", "datePublished": "2022-02-24T05:00:00+02:00",}
//]]></script><script type="application/ld+json">{not json</script>`;
    expect(dated(page({ head: messy }))).toEqual({ date: "2022-02-24", source: "json-ld", warnings: [] });
  });
});

describe("publication day: meta tags", () => {
  const meta = (name: string, content: string, attr = "name") => page({ head: `<meta ${attr}="${name}" content="${content}">` });
  it.each([
    ["article:published_time", "2023-08-09T23:30:00-04:00", "property", "2023-08-09"],
    ["og:published_time", "2024-02-20T15:32:11.000Z", "property", "2024-02-20"],
    ["article:publicationdate", "2023-08-07", "name", "2023-08-07"],
    ["publication_date", "2021/11/30", "name", "2021-11-30"],
    ["pubdate", "20230807", "name", "2023-08-07"],
    ["sailthru.date", "Tue, 08 Aug 2023 14:02:00 -0400", "name", "2023-08-08"],
    ["parsely-pub-date", "2023-08-09T11:12:00Z", "name", "2023-08-09"],
    ["govuk:first-published-at", "2016-07-03T12:52:00.000+01:00", "name", "2016-07-03"],
    ["DC.date.issued", "2019-04-01", "name", "2019-04-01"],
    ["date", "2020-06-30", "name", "2020-06-30"],
  ])("%s", (name, content, attr, day) => {
    expect(dated(meta(name, content, attr))).toEqual({ date: day, source: "meta", warnings: [] });
  });

  it("reads the pub_date of parsely-page JSON and prefers a publication tag to a modified one listed first", () => {
    expect(dated(page({ head: `<meta name="parsely-page" content='{"title":"x","pub_date":"2022-10-01T10:00:00Z"}'>` })).date).toBe(
      "2022-10-01",
    );
    const both = `<meta property="article:modified_time" content="2023-08-02T14:05:29Z"><meta property="article:published_time" content="2023-07-28T09:10:03Z">`;
    expect(dated(page({ head: both }))).toEqual({ date: "2023-07-28", source: "meta", warnings: [] });
  });

  it("reads the day as written, not shifted to UTC", () => {
    expect(dated(meta("article:published_time", "2023-08-10T01:30:00+05:30", "property")).date).toBe("2023-08-10");
    expect(dated(meta("article:published_time", "2023-08-09T23:30:00-04:00", "property")).date).toBe("2023-08-09");
  });

  it("takes the day the page shows under its headline over a UTC stamp one day later", () => {
    const html = page({
      head: `<meta property="article:published_time" content="2023-08-10T03:30:00Z">`,
      header: `<div class="c-date">August 9, 2023 at 11:30 p.m. EDT</div>`,
    });
    expect(dated(html)).toEqual({ date: "2023-08-09", source: "page-text", warnings: [] });
    // an update shown the day before the UTC stamp: published that day at the latest
    const updated = page({
      head: `<meta property="article:published_time" content="2023-08-07T02:14:00.000Z">`,
      header: `<div class="timestamp">Updated 10:00 PM EDT, Sun August 6, 2023</div>`,
    });
    expect(dated(updated)).toEqual({ date: "2023-08-06", source: "page-text", warnings: [] });
    // a stamp with an offset is the local day already: the shown day does not override it
    const local = page({
      head: `<meta property="article:published_time" content="2023-08-10T03:30:00+03:00">`,
      header: `<div class="c-date">August 9, 2023</div>`,
    });
    expect(dated(local)).toEqual({ date: "2023-08-10", source: "meta", warnings: [] });
  });

  it("flags an unreadable declared date as invalid, and uses a modified date only as the last resort", () => {
    expect(dated(meta("article:published_time", "2023-13-45", "property"))).toEqual({
      date: null,
      source: "invalid",
      warnings: ["invalid date in HTML (meta article:published_time) '2023-13-45'"],
    });
    expect(dated(meta("article:modified_time", "2023-08-02T14:05:29Z", "property"))).toEqual({
      date: "2023-08-02",
      source: "meta",
      warnings: ["no publication date in the page; its last-modified date (meta article:modified_time) is used"],
    });
  });
});

describe("publication day: microdata, RDFa and <time>", () => {
  it("reads itemprop=datePublished from content, datetime or text", () => {
    expect(dated(page({ header: `<span itemprop="datePublished" content="2023-06-01">1 June 2023</span>` }))).toEqual({
      date: "2023-06-01",
      source: "itemprop",
      warnings: [],
    });
    expect(dated(page({ header: `<time itemprop="datePublished" datetime="2023-06-02T10:21:44+01:00">2 June</time>` })).source).toBe(
      "itemprop",
    );
    expect(dated(page({ header: `<div itemprop="datePublished">3 June 2023</div>` })).date).toBe("2023-06-03");
  });

  it("reads RDFa dc:date, but not the datePublished of a related story's microdata", () => {
    expect(dated(page({ header: `<span property="dc:date dc:created" content="2016-10-16T14:15:00-04:00">Oct. 16, 2016</span>` }))).toEqual(
      { date: "2016-10-16", source: "itemprop", warnings: [] },
    );
    const related = `<ul class="related-stories"><li itemscope itemtype="https://schema.org/ListItem"><a href="/x">Older story</a><meta itemprop="datePublished" content="2020-01-01"></li></ul>`;
    expect(dated(page({ after: related })).date).toBeNull();
  });

  it("prefers a <time> marked as published, and reads an unmarked one only between headline and story", () => {
    const marked = `<time class="updated" datetime="2024-09-04T17:02:11+00:00">Sept. 4</time><time class="entry-date published" datetime="2024-09-03T08:14:00+00:00">Sept. 3</time>`;
    expect(dated(page({ header: marked }))).toEqual({ date: "2024-09-03", source: "time", warnings: [] });
    expect(dated(page({ header: `<p class="story-meta"><time datetime="2016-10-14">Oct. 14, 2016</time></p>` }))).toEqual({
      date: "2016-10-14",
      source: "time",
      warnings: [],
    });
  });

  it("does not date a page by a masthead above the headline or by related stories' times", () => {
    const masthead = `<div class="top-bar"><time datetime="2024-05-02">Thursday, May 2, 2024</time></div>`;
    const related = `<section class="more-stories"><a href="/a">Earlier story</a> <time datetime="2023-07-31">July 31, 2023</time></section>`;
    expect(dated(page({ before: masthead, after: related }))).toEqual({ date: null, source: "none", warnings: [] });
  });
});

describe("publication day: the page's words and its address", () => {
  it("reads a 'Published' line anywhere and a bare date line under the headline", () => {
    expect(
      dated(
        page({
          header: `<p class="print-meta">By Wanjiru Kamau<br>Published: 12 March 2024 09:15 GMT | Updated: 12 March 2024 18:40 GMT</p>`,
        }),
      ),
    ).toEqual({
      date: "2024-03-12",
      source: "page-text",
      warnings: [],
    });
    expect(dated(page({ header: `<div>Wed 2 Aug 2023 15.05 BST</div>` })).date).toBe("2023-08-02");
    for (const line of [
      "By Jane Doe | August 9, 2023 | 3 min read",
      "9 August 2023 · 3 min read",
      "Published 9:42 AM EDT, Wed August 9, 2023",
      "Posted: Aug 9, 2023 / 10:32 AM EDT",
    ]) {
      expect(dated(page({ header: `<div>${line}</div>` })), line).toEqual({ date: "2023-08-09", source: "page-text", warnings: [] });
    }
  });

  it("reads a dated dateline, and never a 'Printed on' stamp", () => {
    const html = page().replace(STORY[0], `LUSAKA, Zambia, Aug. 11, 2024 (CPN) — ${STORY[0]}`);
    expect(dated(html)).toEqual({ date: "2024-08-11", source: "page-text", warnings: [] });
    expect(dated(page({ after: `<div class="print-footer"><p>Printed on 15 March 2024 at 07:02 GMT.</p></div>` })).date).toBeNull();
  });

  it("reads a day in the URL's path, and nothing else of it", () => {
    expect(dated(page({ head: `<link rel="canonical" href="https://news.example/world/2023/08/09/zambia-votes/">` }))).toEqual({
      date: "2023-08-09",
      source: "url",
      warnings: [],
    });
    expect(urlDay("https://news.example/2023-08-09-zambia.html")).toBe("2023-08-09");
    expect(urlDay("https://news.example/20230809/zambia")).toBe("2023-08-09");
    expect(urlDay("https://news.example/article/123456789")).toBeNull();
    expect(urlDay("https://news.example/2023/13/45/x")).toBeNull();
  });

  it("gives a page with no date in markup or header none, whatever its text says", () => {
    const html = page().replace(STORY[0], `Yesterday, ${STORY[0]}`);
    expect(dated(html)).toEqual({ date: null, source: "none", warnings: [] });
  });
});

describe("article text", () => {
  it("leaves out cookie banners, share bars, related lists, newsletter boxes, comments, captions and bylines", () => {
    const html = page({
      before: `<div id="cookie-banner"><p>We use cookies to improve your experience on our site and to show you relevant advertising.</p><button>Accept</button></div>`,
      header: `<div class="byline">By Mwila Banda</div><ul class="share-tools"><li>Facebook</li><li>Twitter</li></ul><figure><img src="x.jpg"><figcaption>Voters queue in Lusaka. (Photo by Jane Phiri/AFP via Getty Images)</figcaption></figure>`,
      after: `<div class="newsletter-box"><p>Get our morning briefing in your inbox every weekday, with the stories that matter across the region.</p></div>
<section class="related"><h2>Related</h2><p><a href="/a">Opposition leader casts ballot in Kitwe</a></p></section>
<div id="comments"><p>Great reporting, thank you for covering the election so carefully.</p></div>`,
    });
    const { article } = read(html);
    expect(article.text).toBe(STORY.join("\n\n"));
    expect(article.byline).toBe("Mwila Banda");
    expect(article.credits).toEqual(["Jane Phiri/AFP via Getty Images"]);
  });

  it("drops stamps, 'Read more' links and wire notes left inside the story", () => {
    const html = page().replace(
      `<p>${STORY[1]}</p>`,
      `<p>Updated 10:32 GMT</p><p>Read more: Who is running for president?</p><p>(Adds observers' statement in paragraph 2)</p><p>${STORY[1]}</p>`,
    );
    expect(read(html).article.text).toBe(STORY.join("\n\n"));
  });

  it("falls back to the page's prose when Readability picks a newsletter box and a footer", () => {
    // the fixture's story sits in a class Readability skips; with the box's name made plain, Readability
    // (default options) returns the headline block, the caption and the box instead of the story
    const html = readFileSync(join(FIXTURES, "footer-trap.html"), "utf8").replace('class="newsletter-signup"', 'class="daily-box"');
    const gold = JSON.parse(readFileSync(join(FIXTURES, "footer-trap.gold.json"), "utf8")) as { text: string };
    expect(read(html).article.text).toBe(gold.text);
  });

  it("leaves out the boxes Readability takes along after the story", () => {
    const prose = [
      "A fast-moving wildfire burning in dry grass east of Cedar Flats forced the evacuation of about 1,200 homes on Sunday afternoon, as gusty winds pushed the flames toward town.",
      "The fire had burned roughly 3,400 acres by Sunday evening and was 5 percent contained, according to the county fire department, which said four outbuildings were destroyed.",
      "More than 450 firefighters were assigned to the blaze, supported by six air tankers and four helicopters, and crews planned to work through the night on the northern flank.",
    ];
    const html = `<html><head><title>Wildfire forces evacuations</title></head><body>
<div class="headline-block"><h1>Wildfire forces evacuations</h1></div>
<section class="story-text">${prose.map((p) => `<p>${p}</p>`).join("")}</section>
<div class="daily-box"><h3>Get the Valley Tribune Daily</h3><p>Start your morning with the stories that matter in the valley: local news, weather, high school sports and community events, delivered every weekday at 6 a.m. It is free.</p></div>
<div class="print-info"><p>Printed from ValleyTribune.example. Copyright © 2023 Valley Tribune Media LLC. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p></div>
</body></html>`;
    expect(read(html).article.text).toBe(prose.join("\n\n"));
  });

  it("keeps a short story when a longer comment thread follows it", () => {
    const comments = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="comment-body"><p>Comment ${i + 1}: I have lived in this district for forty years and I have never seen the roads in such a bad state before an election, which says a lot about the council.</p></div>`,
    ).join("");
    const html = page({ after: `<section class="comments-area"><h2>6 comments</h2>${comments}</section>` });
    expect(read(html).article.text).toBe(STORY.join("\n\n"));
  });

  it("keeps the story inside a chrome-sounding wrapper that holds it", () => {
    const html = `<html><body class="single comments-open"><form id="aspnetForm"><div class="story-body share-enabled"><h1>Zambia counts votes</h1>${BODY}</div></form></body></html>`;
    expect(read(html).article.text).toBe(STORY.join("\n\n"));
  });

  it("reads the JSON-LD articleBody of a page drawn by script", () => {
    const ld = { "@type": "NewsArticle", headline: "Zambia counts votes", datePublished: "2024-08-12", articleBody: STORY.join("\n") };
    const html = `<html><head><title>Zambia counts votes</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><div id="root">Loading…</div><script src="/app.js"></script></body></html>`;
    expect(read(html).article).toMatchObject({ text: STORY.join("\n\n"), title: "Zambia counts votes", date: "2024-08-12" });
  });

  it("measures how much of a reference text a pick keeps", () => {
    expect(coverage("a b c d", "a b c d e f g h")).toBe(0.5);
    expect(coverage("anything", "")).toBe(1);
  });
});

describe("headline", () => {
  const titled = (html: string) => read(html).article.title;
  it("takes the article's <h1>, without the site name, section or wire tag of <title>", () => {
    expect(titled(page())).toBe("Zambia counts votes after peaceful poll");
    expect(titled(page({ title: "UPDATE 1-Zambia counts votes after peaceful poll" }))).toBe("Zambia counts votes after peaceful poll");
  });

  it("cleans <title> when there is no <h1>", () => {
    const sites = ["Copperbelt Post"];
    expect(cleanTitle("Zambia counts votes | Africa | Copperbelt Post", sites)).toBe("Zambia counts votes");
    expect(cleanTitle("Copperbelt Post :: Zambia counts votes", sites)).toBe("Zambia counts votes");
    expect(cleanTitle("Print - Zambia counts votes - Copperbelt Post", sites)).toBe("Zambia counts votes");
    expect(cleanTitle("Statement on the vote > U.S. EMBASSY > Release", ["U.S. Embassy"])).toBe("Statement on the vote");
    expect(cleanTitle("Zambia votes - what we know so far", [])).toBe("Zambia votes - what we know so far");
    expect(cleanTitle("Zambia counts votes after poll - The Lusaka Times", [])).toBe("Zambia counts votes after poll");
    const bare = `<html><head><title>Lusaka Times :: Zambia counts votes</title></head><body><p class="logo"><img src="l.png" alt="Lusaka Times"></p><div>${BODY}</div><p>© Lusaka Times 2024</p></body></html>`;
    expect(titled(bare)).toBe("Zambia counts votes");
  });

  it("prefers og:title to a section name in <h1>", () => {
    const html = page({ head: `<meta property="og:title" content="Zambia counts votes after peaceful poll">` }).replace(
      "<h1>Zambia counts votes after peaceful poll</h1>",
      `<h1 class="section-title">Africa</h1>`,
    );
    expect(titled(html)).toBe("Zambia counts votes after peaceful poll");
  });
});

describe("outlet name", () => {
  const sourced = (html: string) => read(html).article.source;
  it("reads og:site_name, then the JSON-LD publisher", () => {
    expect(sourced(page({ head: `<meta property="og:site_name" content="The Copperbelt Post">` }))).toBe("The Copperbelt Post");
    const ld = {
      "@graph": [
        { "@type": "NewsArticle", publisher: { "@id": "#org" }, datePublished: "2024-01-01" },
        { "@type": "Organization", "@id": "#org", name: "Copperbelt Media" },
      ],
    };
    expect(sourced(page({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` }))).toBe("Copperbelt Media");
  });

  it("takes a <title> segment the page also names as its logo or copyright holder", () => {
    expect(sourced(page())).toBe("Copperbelt Post");
  });

  it("names the host as written when nothing else names the site, and a segment that spells the host", () => {
    const bare = `<html><head><title>Zambia counts votes</title><link rel="canonical" href="https://www.tmz.example/2024/08/12/zambia/"></head><body>${BODY}</body></html>`;
    expect(sourced(bare)).toBe("tmz.example");
    expect(sourced(bare.replace("<title>Zambia counts votes</title>", "<title>Zambia counts votes | TMZ</title>"))).toBe("TMZ");
    expect(hostOf("https://www2.news.example/a")).toBe("news.example");
    expect(sameName("Northline", "Northline News")).toBe(true);
    expect(sameName("The Guardian", "Guardian")).toBe(true);
    expect(sameName("AP", "APM Reports")).toBe(false);
  });
});

describe("untrusted pages", () => {
  it("keeps markup in metadata as text and never lets it into the story", () => {
    const html = page({
      head: `<meta property="og:site_name" content="&lt;b&gt;Post&lt;/b&gt;"><script type="application/ld+json">{"@type":"NewsArticle","headline":"<img src=x onerror=alert(1)>","datePublished":"javascript:alert(1)"}</script>`,
    });
    const { article, warnings } = read(html);
    expect(article.source).toBe("<b>Post</b>");
    expect(article.title).toBe("Zambia counts votes after peaceful poll");
    expect(article.date).toBeNull();
    expect(warnings.map((w) => w.message)).toEqual(["invalid date in HTML (JSON-LD datePublished) 'javascript:alert(1)'"]);
    expect(article.text).not.toMatch(/<|onerror/);
  });
});
