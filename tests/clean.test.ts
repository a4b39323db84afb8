import { describe, expect, it } from "vitest";
import {
  boilerplateLineKind,
  bylineOf,
  creditLineOf,
  datelineOf,
  findBoilerplate,
  mergeRanges,
  placeCase,
  productionCreditOf,
  readStamp,
  readStamps,
  sourceFromLine,
  stripWireTag,
} from "../src/extract/clean/index.js";
import { articleSentences } from "../src/extract/segment/articleSentences.js";
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
      'Get Insightful, Cutting-Edge Content Daily - Join "The Morning Wire" Newsletter!',
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
    expect(findBoilerplate(prose)).toEqual({ ranges: [], source: null, credits: [], byline: null, location: null, date: null });
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
    const text =
      "The report is at https://example.org/2023/08/09/report-1234.html. Write to press@example.org, or see www.example.com/news.";
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
    expect(
      mergeRanges([
        [6, 10],
        [0, 4],
        [3, 3],
        [11, 15],
      ]),
    ).toEqual([
      [0, 4],
      [6, 10],
      [11, 15],
    ]);
    expect(
      mergeRanges(
        [
          [6, 10],
          [0, 4],
          [11, 15],
        ],
        text,
      ),
    ).toEqual([[0, 15]]);
    expect(
      mergeRanges([
        [0, 5],
        [2, 8],
      ]),
    ).toEqual([[0, 8]]);
  });
});

describe("credits", () => {
  const b = (text: string) => findBoilerplate(text);

  it("reads a byline, keeps its names and removes the line", () => {
    const text = `By Jane Doe and John Roe, Associated Press\n\n${PROSE}`;
    expect(b(text)).toMatchObject({ byline: "Jane Doe and John Roe, Associated Press", ranges: [[0, 42]] });
    expect(bylineOf("By JANE DOE Associated Press")).toBe("JANE DOE Associated Press");
    expect(bylineOf("By Jesse Morales, Staff Writer")).toBe("Jesse Morales, Staff Writer");
    expect(bylineOf("By the end of the day, troops had left the town")).toBeNull();
    expect(bylineOf("By car, the trip takes six hours")).toBeNull();
  });

  it("reads a meta line of byline, stamps and read time", () => {
    const text = `${PROSE}\nBy Amina Diallo | August 9, 2023 | 4 min read\n${PROSE}`;
    expect(b(text)).toMatchObject({ byline: "Amina Diallo", date: null, ranges: [[PROSE.length + 1, PROSE.length + 1 + 45]] });
  });

  it("takes photo and copyright credits out of the text, keeping the names", () => {
    const cases: Array<[string, string, string[]]> = [
      ["Photo: Reuters", "Photo: Reuters", ["Reuters"]],
      ["Image source, Getty Images", "Image source, Getty Images", ["Getty Images"]],
      ["Credit: Jane Doe/Example Agency", "Credit: Jane Doe/Example Agency", ["Jane Doe/Example Agency"]],
      [
        "Copyright 2023 The Associated Press. All rights reserved.",
        "Copyright 2023 The Associated Press. All rights reserved.",
        ["The Associated Press"],
      ],
      ["Protesters gather in Niamey. (Getty Images)", "(Getty Images)", ["Getty Images"]],
      [
        "Protesters gather in Niamey. Issouf Sanogo/AFP via Getty Images",
        "Issouf Sanogo/AFP via Getty Images",
        ["Issouf Sanogo/AFP via Getty Images"],
      ],
      [
        "Soldiers train near Baghdad. (U.S. Army photo by Spc. Dana Price)",
        "(U.S. Army photo by Spc. Dana Price)",
        ["U.S. Army photo by Spc. Dana Price"],
      ],
      [
        "Residents line up to speak. (Jordan Pike/The Harbor City Courier)",
        "(Jordan Pike/The Harbor City Courier)",
        ["Jordan Pike/The Harbor City Courier"],
      ],
      ["A vendor sells bread in Cairo. REUTERS/Mohamed Abd El Ghany", "REUTERS/Mohamed Abd El Ghany", ["REUTERS/Mohamed Abd El Ghany"]],
      ["The breach near Karma on Monday. Photo: Hamidou Sani/Sahel Watch", "Photo: Hamidou Sani/Sahel Watch", ["Hamidou Sani/Sahel Watch"]],
    ];
    for (const [line, removedPart, credits] of cases) {
      const text = `${PROSE}\n\n${line}\n\n${PROSE}`;
      expect(removed(text), line).toEqual([removedPart]);
      expect(b(text).credits, line).toEqual(credits);
    }
  });

  it("cuts '© Provided by' from the sentence it opens", () => {
    const text = "© Provided by Business Insider Inc What happened: drivers in three cities voted to join a union on Monday.";
    expect(removed(text)).toEqual(["© Provided by Business Insider Inc"]);
    expect(b(text).credits).toEqual(["Business Insider Inc"]);
  });

  it("removes image captions and production credits", () => {
    const text = `${PROSE}\nImage caption, Smoke rises over Khartoum on Wednesday\n${PROSE}\nReporting by Kofi Mensah; Writing by Amina Diallo; Editing by Peter Graff`;
    expect(removed(text)).toEqual([
      "Image caption, Smoke rises over Khartoum on Wednesday",
      "Reporting by Kofi Mensah; Writing by Amina Diallo; Editing by Peter Graff",
    ]);
    expect(b(text).credits).toEqual(["Reporting by Kofi Mensah; Writing by Amina Diallo; Editing by Peter Graff"]);
    expect(productionCreditOf("(Reporting by Jane Doe in Niamey; Editing by John Roe)")).toBe(
      "Reporting by Jane Doe in Niamey; Editing by John Roe",
    );
    expect(productionCreditOf("Reporting by the ministry showed a rise in cases.")).toBeNull();
    expect(productionCreditOf("CNN’s Jane Roe contributed reporting.")).toBe("CNN’s Jane Roe contributed reporting");
    expect(productionCreditOf("Associated Press writer Ali Musa in Lagos contributed to this report.")).toBe(
      "Associated Press writer Ali Musa in Lagos contributed to this report",
    );
    expect(productionCreditOf("Several countries contributed troops to the force.")).toBeNull();
    expect(creditLineOf("Photograph: ORTN/AFP/Getty Images")).toEqual({ credit: "ORTN/AFP/Getty Images" });
  });

  it("keeps prose about copyright and credit", () => {
    const prose =
      "Copyright law in the bloc was reformed in 2019.\n\nCredit card debt rose by 4 percent in March, the central bank said on Tuesday.";
    expect(b(prose)).toMatchObject({ ranges: [], credits: [] });
  });
});

describe("stamps and wire tags", () => {
  it("removes labelled stamps, clock times and relative times, and reads the published day", () => {
    for (const line of [
      "Updated 10:32 GMT",
      "Last updated on Fri 11 Aug 2023 09.00 BST",
      "18.58 BST",
      "2 hours ago",
      "Aug 7, 2023 Updated Aug 7, 2023",
      "Printed on 15 March 2024 at 07:02 GMT.",
    ]) {
      expect(removed(`${PROSE}\n${line}\n${PROSE}`), line).toEqual([line]);
    }
    const text = `Published: 12 March 2024 09:15 GMT | Updated: 12 March 2024 18:40 GMT\n\n${PROSE}`;
    expect(findBoilerplate(text)).toMatchObject({ date: "2024-03-12", ranges: [[0, 69]] });
    expect(readStamp("Updated figures show a rise in cases")).toBeNull();
    expect(readStamp("May 2023")).toBeNull();
    expect(readStamps("Thu 10 Aug 2023 07.05 BST")).toEqual([{ kind: "plain", date: "2023-08-10", text: "Thu 10 Aug 2023 07.05 BST" }]);
  });

  it("reads French stamps: Publié le, Mis à jour le, French months and clock times", () => {
    expect(readStamps("Publié le mardi 3 mars 2024 à 10h12 Mis à jour le 4 mars 2024")).toEqual([
      { kind: "published", date: "2024-03-03", text: "Publié le mardi 3 mars 2024 à 10h12" },
      { kind: "updated", date: "2024-03-04", text: "Mis à jour le 4 mars 2024" },
    ]);
    expect(readStamps("Mis à jour le 1er août 2023")).toEqual([
      { kind: "updated", date: "2023-08-01", text: "Mis à jour le 1er août 2023" },
    ]);
    expect(readStamps("27 avril 2015")).toEqual([{ kind: "plain", date: "2015-04-27", text: "27 avril 2015" }]);
    expect(readStamp("Le 3 mars, la ville a voté")).toBeNull();
    expect(findBoilerplate(`Par Claire Dubois | Publié le 3 mars 2024 à 10h12\n\n${PROSE}`)).toMatchObject({
      date: "2024-03-03",
      byline: "Claire Dubois",
    });
  });

  it("removes a wire tag opening a line, not the headline after it", () => {
    const text = `UPDATE 2-Ghana central bank holds rate as inflation eases\n\n${PROSE}`;
    expect(removed(text)).toEqual(["UPDATE 2-"]);
    expect(removed(`BREAKING: Coup attempt reported in the capital\n\n${PROSE}`)).toEqual(["BREAKING: "]);
    expect(removed(`Update: the talks resumed on Monday in Doha.\n\n${PROSE}`)).toEqual([]);
    expect(stripWireTag("EXCLUSIVE-Mali junta seeks new partners")).toBe("Mali junta seeks new partners");
  });

  it("removes wire editors' notes and correction notes", () => {
    for (const line of [
      "(Adds analyst comment in paragraphs 6-7)",
      "This article was amended on 2 August 2023. An earlier version gave an incorrect figure.",
      "Correction: An earlier version misspelled the minister's name.",
    ]) {
      expect(removed(`${PROSE}\n${line}\n${PROSE}`), line).toEqual([line]);
    }
  });
});

describe("datelines", () => {
  it("reads the place, the agency and a dated dateline's day, and removes the dateline", () => {
    const cases: Array<[string, string, string | null, string | null]> = [
      ["CAIRO (AP) — Egypt’s government raised the price of bread.", "Cairo", "AP", null],
      ["WASHINGTON, Oct 5 (Reuters) - The Senate voted on the bill.", "Washington", "Reuters", null],
      ["NIAMEY, Niger — The junta closed the airspace.", "Niamey, Niger", null, null],
      ["NIAMEY, Niger, Aug. 9, 2023 (SPA) — The junta named a cabinet.", "Niamey, Niger", "SPA", "2023-08-09"],
      ["BAGHDAD - Combined Joint Task Force - Operation Inherent Resolve provided masks.", "Baghdad", null, null],
      ["PORT-AU-PRINCE, Haiti (AP) — Gangs blocked the road.", "Port-au-Prince, Haiti", "AP", null],
      ["Washington, DC (CNN) — The president spoke.", "Washington, DC", "CNN", null],
      ["Niamey, Niger CNN — The junta closed the border.", "Niamey, Niger", "CNN", null],
      ["RIO DE JANEIRO (AP) — Brazil’s central bank cut rates.", "Rio de Janeiro", "AP", null],
    ];
    for (const [line, location, agency, date] of cases) {
      const d = datelineOf(line);
      expect(d, line).toMatchObject({ location, agency, date });
      const text = `${line}\n\n${PROSE}`;
      const found = findBoilerplate(text);
      expect(found.location, line).toBe(location);
      expect(found.date, line).toBe(date);
      expect(found.ranges[0], line).toEqual([0, d!.range[1]]);
      expect(found.credits, line).toEqual(agency ? [agency] : []);
    }
  });

  it("reads only a line's opening, and not transcripts or capitalized prose", () => {
    for (const line of [
      "QUESTION: There are reports of hosting.",
      "SECRETARY KERRY: We discussed Aleppo.",
      "UPDATE - the talks resumed.",
      "US - China talks resumed.",
      "Niger - the junta said it would not.",
    ]) {
      expect(datelineOf(line), line).toBeNull();
    }
    expect(findBoilerplate(`${PROSE}\n\nLater, CAIRO (AP) — was the dateline.`).location).toBeNull();
  });

  it("cases places as people write them", () => {
    expect(placeCase("N'DJAMENA")).toBe("N'Djamena");
    expect(placeCase("CÔTE D'IVOIRE")).toBe("Côte d'Ivoire");
    expect(placeCase("STRATFORD-UPON-AVON")).toBe("Stratford-upon-Avon");
    expect(placeCase("ST. LOUIS")).toBe("St. Louis");
    expect(placeCase("Niger")).toBe("Niger");
  });

  it("skips a byline and a wire tag before the dateline", () => {
    const text = `By NADIA HASSAN Associated Press\n\nCAIRO (AP) — Egypt’s government on Wednesday raised the price of bread.`;
    expect(findBoilerplate(text)).toMatchObject({ byline: "NADIA HASSAN Associated Press", location: "Cairo", credits: ["AP"] });
  });
});

describe("articleSentences at boilerplate edges", () => {
  it("quotes a sentence without the dateline or credit at its edges, and drops one that is all boilerplate", () => {
    const text =
      "CAIRO (AP) — Egypt raised the price of bread.\n© Provided by Business Insider Inc What happened: drivers voted.\n\nPhoto: Reuters";
    const { ranges } = findBoilerplate(text);
    const sentences = articleSentences(text, ranges);
    expect(sentences.map((s) => [s.text, s.index])).toEqual([
      ["Egypt raised the price of bread.", 0],
      ["What happened: drivers voted.", 1],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
