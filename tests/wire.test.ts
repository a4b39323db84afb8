// Wire copy as wire copy (issue 18): the wire's datelines, TeX quotes and hard-wrapped paragraphs.
// Texts written for these tests.
import { describe, expect, it } from "vitest";
import { datelineOf } from "../src/extract/clean/dateline.js";
import { deskLineOf } from "../src/extract/clean/credits.js";
import { joinWrappedLines, softLineBreaks, wireQuotes, wrapWidth } from "../src/extract/clean/lines.js";
import { parseArticle } from "../src/extract/ingest/parse.js";
import { articleSentences } from "../src/extract/segment/articleSentences.js";
import { recognizeDates } from "../src/extract/recognize/dates/index.js";

const WRAPPED = [
  "NEW YORK _ The day after the city council approved the new budget, the",
  "mayor said on Tuesday that she would veto two of its spending bills,",
  "which she called wasteful. ``We cannot pay for this,'' she told reporters",
  "at City Hall, adding that the council had ignored the advice of its own",
  "budget office.",
  "",
  "Council members said they would try to override the veto next month.",
].join("\n");

describe("wire datelines", () => {
  it.each([
    ["NEW YORK _ The day after the vote, shares fell.", "New York", null],
    ["WASHINGTON -- The Senate voted on Monday.", "Washington", null],
    ["SHAH ALAM, Thurs. (Bernama) _ The court ruled today.", "Shah Alam", "Bernama"],
    ["SHAH ALAM, Thurs. -- The court ruled today.", "Shah Alam", null],
    ["PARIS, Wednesday (AFP) - The minister resigned.", "Paris", "AFP"],
    ["UNITED NATIONS (AP) _ The council met.", "United Nations", "AP"],
    ["NAIROBI, Kenya (AP) _", "Nairobi, Kenya", "AP"],
    ["MOSCOW, Jan. 12 _ Russia said.", "Moscow", null],
  ])("%s", (line, location, agency) => {
    expect(datelineOf(line)).toMatchObject({ location, agency });
  });

  it("reads no dateline in a headline with an underscore dash", () => {
    expect(datelineOf("OFFICIALS LOOK TO TURN THE BOY OVER TO HIS FATHER _ SOON")).toBeNull();
  });

  it("gives a wire story's location and keeps the dateline out of the text", () => {
    const text = "Court rules on land case\n\nSHAH ALAM, Thurs. (Bernama) _ The High Court here today dismissed the appeal.\n";
    const parsed = parseArticle("court.txt", new TextEncoder().encode(text));
    if ("reason" in parsed) throw new Error(parsed.reason);
    expect(parsed.article.location).toBe("Shah Alam");
    expect(parsed.article.credits).toContain("Bernama");
    const [start, end] = parsed.article.boilerplate.find(([s]) => parsed.article.text.slice(s).startsWith("SHAH"))!;
    expect(parsed.article.text.slice(start, end)).toBe("SHAH ALAM, Thurs. (Bernama) _");
  });
});

describe("hard-wrapped lines", () => {
  it("finds the wrap width of wrapped text, and none in text written one paragraph a line", () => {
    expect(wrapWidth(WRAPPED)).toBeGreaterThanOrEqual(70);
    expect(
      wrapWidth(
        "A paragraph written on one long line, as web pages and word processors write them, goes on well past any margin a wire would use.\n\nAnother one follows it, just as long, and it too runs on for far more than a hundred characters.\n\nA third.",
      ),
    ).toBeNull();
  });

  it("joins a paragraph's lines and keeps breaks at a full stop, a blank line and a heading", () => {
    const joined = joinWrappedLines(WRAPPED);
    expect(joined).toHaveLength(WRAPPED.length);
    expect(joined.split("\n")).toEqual([
      "NEW YORK _ The day after the city council approved the new budget, the mayor said on Tuesday that she would veto two of its spending bills, which she called wasteful. ``We cannot pay for this,'' she told reporters at City Hall, adding that the council had ignored the advice of its own budget office.",
      "",
      "Council members said they would try to override the veto next month.",
    ]);
    const headed =
      "COUNCIL VOTES TO RAISE TAXES ON PROPERTY AND ON BUSINESSES IN THE CITY\nThe council voted on Monday to raise taxes on property and on the\nbusinesses of the city, the first rise in a decade, and the mayor said\nshe would sign.";
    expect(softLineBreaks(headed)).toEqual([headed.indexOf("the\nbusinesses") + 3, headed.indexOf("said\nshe") + 4]);
  });

  it("keeps a paragraph's sentences whole across its line breaks", () => {
    const sentences = articleSentences(WRAPPED, []).map((s) => s.text.replace(/\s+/g, " "));
    expect(sentences[0]).toBe(
      "NEW YORK _ The day after the city council approved the new budget, the mayor said on Tuesday that she would veto two of its spending bills, which she called wasteful.",
    );
    expect(sentences).toHaveLength(3);
    expect(sentences[1]).toMatch(/^``We cannot pay for this,'' she told reporters at City Hall, .* budget office\.$/);
  });

  it("reads the tense of a wrapped clause: a past Tuesday before a Thursday is in the same week", () => {
    const text =
      "After a long debate in the regional assembly, the government on Tuesday\nannounced a plan to cut the number of the local councils, a minister\nsaid on Thursday, and the opposition said that it would fight the plan.";
    const tuesday = recognizeDates(text, "1998-03-05", []).find((d) => d.text === "Tuesday");
    expect(tuesday?.value).toBe("1998-03-03");
  });
});

describe("wire quotes", () => {
  it("reads `` '' as typographic quotes, and only in text that uses them", () => {
    expect(wireQuotes("``It was a bomb,'' he said. `Go' was the word.")).toBe("“It was a bomb,” he said. ‘Go' was the word.");
    expect(wireQuotes("He is 6' 2'' tall.")).toBe("He is 6' 2'' tall.");
  });

  it("gives a plain-text wire story typographic quotes and joined paragraphs", () => {
    const parsed = parseArticle("mayor.txt", new TextEncoder().encode(WRAPPED));
    if ("reason" in parsed) throw new Error(parsed.reason);
    expect(parsed.article.text).toContain("wasteful. “We cannot pay for this,” she told reporters at City Hall,");
    expect(parsed.article.location).toBe("New York");
  });
});

describe("agency tags after datelines", () => {
  it.each([
    ["WASHINGTON (AP) The Senate voted on Tuesday.", "Washington", "AP", "WASHINGTON (AP)"],
    ["WASHINGTON _ (AP) The Senate voted on Tuesday.", "Washington", "AP", "WASHINGTON _ (AP)"],
    ["Washington (Reuters) The Senate voted on Tuesday.", "Washington", "Reuters", "Washington (Reuters)"],
    ["NEW DELHI, India (UPI) The court ruled.", "New Delhi, India", "UPI", "NEW DELHI, India (UPI)"],
    ["(AP) _ The Senate voted on Tuesday.", null, "AP", "(AP) _"],
    ["(Reuters) - The Senate voted on Tuesday.", null, "Reuters", "(Reuters) -"],
  ])("%s", (line, location, agency, dateline) => {
    const d = datelineOf(line);
    expect(d).toMatchObject({ location, agency });
    expect(line.slice(d!.range[0], d!.range[1])).toBe(dateline);
  });

  it("reads no dateline from a name and an unknown bracket without a dash", () => {
    expect(datelineOf("NATO (North Atlantic Treaty Organization) The alliance met.")).toBeNull();
    expect(datelineOf("Smith (Democrat) Voted against the bill.")).toBeNull();
  });

  it("keeps the tag out of the location, the text and the actors", () => {
    const text =
      "Senate passes wage bill\n\nBy JOHN DOE\nAssociated Press Writer\n\nWASHINGTON (AP) The Senate voted 61-38 on Tuesday to raise the minimum wage.\n";
    const parsed = parseArticle("wage.txt", new TextEncoder().encode(text));
    if ("reason" in parsed) throw new Error(parsed.reason);
    const { article } = parsed;
    expect(article.location).toBe("Washington");
    expect(article.credits).toEqual(["Associated Press", "AP"]);
    const covered = (word: string) => {
      const at = article.text.indexOf(word);
      return article.boilerplate.some(([s, e]) => s <= at && at + word.length <= e);
    };
    expect(covered("(AP)")).toBe(true);
    expect(covered("Associated Press Writer")).toBe(true);
    expect(covered("The Senate")).toBe(false);
  });

  it("reads a desk line under a byline as a credit of its outlet", () => {
    expect(deskLineOf("Associated Press Writer")).toBe("Associated Press");
    expect(deskLineOf("AP Business Writer")).toBe("AP");
    expect(deskLineOf("Staff Writer")).toBe("");
    expect(deskLineOf("The writer said he would appeal.")).toBeNull();
  });
});

describe("hard-wrapped markdown", () => {
  const MD = [
    "---",
    "title: Council votes to raise taxes on property and on the businesses of the city",
    "date: 1998-03-05",
    "source: City Wire",
    "---",
    "",
    "# Council votes to raise taxes on property and on businesses in the city",
    "",
    "NEW YORK (AP) _ The city council voted on Monday to raise taxes on property",
    "and on the businesses of the city, the first rise in a decade, and the mayor",
    "said she would sign the bill into law before the end of the month, despite",
    "protests.",
    "",
    "> The council has ignored the advice of its own budget office, and we will",
    "> fight this in court, said the head of the landlords' association here.",
    "",
    "- a list item that is long enough to reach the margin of the wrapped text",
    "- another list item that is long enough to reach the margin of the text",
    "",
    "```",
    "code that is long enough to reach the margin of the wrapped text above it",
    "more code",
    "```",
    "Council members said they would try to override the veto next month, and",
    "that they had the votes.",
  ].join("\n");

  it("joins the body's paragraphs and keeps front matter, quotes, lists and code as written", () => {
    const parsed = parseArticle("council.md", new TextEncoder().encode(MD));
    if ("reason" in parsed) throw new Error(parsed.reason);
    const { article } = parsed;
    expect(article.text).toHaveLength(MD.length);
    const lines = article.text.split("\n");
    expect(lines.slice(0, 8)).toEqual(MD.split("\n").slice(0, 8));
    expect(lines[8]).toBe(
      "NEW YORK (AP) _ The city council voted on Monday to raise taxes on property and on the businesses of the city, the first rise in a decade, and the mayor said she would sign the bill into law before the end of the month, despite protests.",
    );
    expect(lines.slice(10, 20)).toEqual(MD.split("\n").slice(13, 23));
    expect(lines[20]).toBe("Council members said they would try to override the veto next month, and that they had the votes.");
    expect(article.title).toBe("Council votes to raise taxes on property and on the businesses of the city");
    expect(article.date).toBe("1998-03-05");
    expect(article.location).toBe("New York");
    expect(article.credits).toEqual(["AP"]);
  });

  it("keeps a markdown hard break and a heading's line", () => {
    const text = [
      "The minister spoke for an hour and took questions from the reporters on  ",
      "the floor of the chamber, where the opposition had walked out in protest",
      "## A heading long enough to reach the margin of the wrapped text above",
      "The debate resumed after lunch, and went on until well into the evening.",
    ].join("\n");
    expect(joinWrappedLines(text, true)).toBe(text);
  });
});
