import { describe, expect, it } from "vitest";
import { boilerplateLineKind, findBoilerplate, mergeRanges, sourceFromLine } from "../src/extract/clean/index.js";
import { seedText } from "./fixtures/folder.js";

/** The texts of the boilerplate ranges of `text`. */
const removed = (text: string) => findBoilerplate(text).ranges.map(([s, e]) => text.slice(s, e));
/** Whether `needle` lies wholly inside one range. */
const covered = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`'${needle}' not in text`);
  return findBoilerplate(text).ranges.some(([s, e]) => s <= at && e >= at + needle.length);
};

const PROSE = "The finance minister told parliament on Tuesday that inflation had fallen to 4.2 percent in March.";

describe("findBoilerplate: lines", () => {
  it("removes newsletter promos and their privacy lines", () => {
    const text = [
      PROSE,
      "Get Insightful, Cutting-Edge Content Daily - Join \"The Morning Wire\" Newsletter!",
      "We don't spam! Read our privacy policy for more info.",
      "Sign up for our free weekly digest",
      "Subscribe to The Brief",
      "Don’t miss our daily updates in your inbox",
      PROSE,
    ].join("\n\n");
    expect(removed(text)).toEqual([text.slice(text.indexOf("Get Insightful"), text.lastIndexOf(PROSE)).trim()]);
  });

  it("removes read-also, related and originally-published lines", () => {
    for (const line of [
      "Read Also: Army chief visits northern bases",
      "Read more: Talks stall over border dispute",
      "Related: Five things to know about the election",
      "Also read - Inflation hits 20-year high",
      "See also: Timeline of the crisis",
      "Watch: Protesters march on the capital",
      "This post was originally published on this site",
      "This article first appeared on The Conversation.",
      "Originally published at example.org.",
    ]) {
      expect(boilerplateLineKind(line), line).not.toBeNull();
      const text = `${PROSE}\n${line}\n${PROSE}`;
      expect(removed(text), line).toEqual([line]);
    }
  });

  it("removes video timestamps fused to dates but keeps real datelines", () => {
    for (const line of ["Aug. 9, 202307:33", "July 31, 202301:42", "9 August 202311:05", "Sept. 12, 202400:59:10"]) {
      expect(removed(`${PROSE}\n\n${line}\n\n${PROSE}`), line).toEqual([line]);
    }
    for (const line of ["Aug. 9, 2023", "Aug. 9, 2023 07:33", "On Aug. 9, 202307:33 the vote closed"]) {
      expect(removed(`${PROSE}\n\n${line}\n\n${PROSE}`), line).toEqual([]);
    }
  });

  it("removes share, follow and copyright lines", () => {
    for (const line of [
      "Share this article",
      "Share on Facebook",
      "Follow us on Twitter and Instagram",
      "Facebook Twitter WhatsApp Email",
      "© 2024 Example Media Group",
      "Copyright 2023 The Daily Planet. All rights reserved.",
      "Advertisement",
      "Photo: Jane Doe/Example Agency",
    ]) {
      expect(removed(`${PROSE}\n${line}\n${PROSE}`), line).toEqual([line]);
    }
  });

  it("keeps prose that merely mentions the same words", () => {
    const prose = [
      "Readers who subscribe to the newsletter of the central bank were told on Monday that rates would rise by half a point, the governor said in a long statement to the press.",
      "Sources said the talks had stalled over the future of the port.",
      "Source: officials said the army would withdraw",
      "Registered voters queued for hours in Harare.",
      "Related talks in Geneva ended without agreement.",
      "The share of voters who backed the measure rose to 61 percent.",
      "Follow-up talks are planned for next week.",
    ].join("\n\n");
    expect(findBoilerplate(prose)).toEqual({ ranges: [], source: null });
  });
});

describe("findBoilerplate: source credits", () => {
  it("takes the credited name from a Source line and removes the line", () => {
    const text = `${PROSE}\nRead Also: US Allocates $345 Million in Military Aid\nSource: Edition Cnn\n`;
    const b = findBoilerplate(text);
    expect(b.source).toBe("Edition Cnn");
    expect(covered(text, "Source: Edition Cnn")).toBe(true);
    expect(covered(text, "$345 Million")).toBe(true);
  });

  it("reads common credit forms", () => {
    expect(sourceFromLine("Source: Reuters")).toBe("Reuters");
    expect(sourceFromLine("  Sources: Reuters, AFP.  ")).toBe("Reuters, AFP");
    expect(sourceFromLine("Via: cnn.com")).toBe("cnn.com");
    expect(sourceFromLine("Courtesy of: Voice of America")).toBe("Voice of America");
    expect(sourceFromLine("Source — Al Jazeera")).toBe("Al Jazeera");
    expect(sourceFromLine("Source: the ministry said that troops had left the city")).toBeNull();
    expect(sourceFromLine("Sources said the talks stalled.")).toBeNull();
  });

  it("reports seed 004's source and none for the others", () => {
    expect(findBoilerplate(seedText("004_747b66184e54142f.txt")).source).toBe("Edition Cnn");
    expect(findBoilerplate(seedText("000_747bb5e62c1bd5ca.txt")).source).toBeNull();
    expect(findBoilerplate(seedText("003_fada45a71caf5c24.txt")).source).toBeNull();
  });
});

describe("findBoilerplate: inline markup and addresses", () => {
  it("removes [link] tags but keeps their label in prose", () => {
    const text = `Officials published [link]the full report[/link] on 12 March, the ministry said in a statement to reporters.`;
    expect(removed(text)).toEqual(["[link]", "[/link]"]);
  });

  it("keeps editorial brackets inside quotes", () => {
    const text = "“[I]t’s clear there are many people who [a]re worried,” Miller said at the briefing on Tuesday morning.";
    expect(removed(text)).toEqual([]);
  });

  it("removes URLs and e-mail addresses, not the punctuation after them", () => {
    const text = "The report is at https://example.org/2023/08/09/report-1234.html. Write to press@example.org, or see www.example.com/news.";
    expect(removed(text)).toEqual(["https://example.org/2023/08/09/report-1234.html", "press@example.org", "www.example.com/news"]);
  });
});

describe("findBoilerplate on seed 003", () => {
  const text = seedText("003_fada45a71caf5c24.txt");
  const b = findBoilerplate(text);

  it("covers the fused timestamps and the whole promo tail in sorted, merged ranges", () => {
    expect(b.ranges.map(([s, e]) => text.slice(s, e).slice(0, 20))).toEqual([
      "Aug. 9, 202307:33",
      "July 31, 202301:42",
      "Aug. 1, 202306:46",
      "Get Insightful, Cutt",
    ]);
    const tail = b.ranges[3];
    expect(text.slice(tail[0], tail[1]).endsWith("This post was originally published on this site")).toBe(true);
    expect(tail[1]).toBe(text.trimEnd().length);
    for (let i = 1; i < b.ranges.length; i++) expect(b.ranges[i][0]).toBeGreaterThan(b.ranges[i - 1][1]);
  });
});

describe("mergeRanges", () => {
  it("sorts, merges overlaps and whitespace gaps, drops empty ranges", () => {
    const text = "aaaa  bbbb cccc";
    expect(mergeRanges([[6, 10], [0, 4], [3, 3], [11, 15]])).toEqual([[0, 4], [6, 10], [11, 15]]);
    expect(mergeRanges([[6, 10], [0, 4], [11, 15]], text)).toEqual([[0, 15]]);
    expect(mergeRanges([[0, 5], [2, 8]])).toEqual([[0, 8]]);
  });
});
