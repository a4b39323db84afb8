import { describe, expect, it } from "vitest";
import { RE3D_DEV } from "../src/evaluate/corpora.js";
import { readFileSync, readdirSync } from "node:fs";
import { recognizeFigures } from "../src/extract/recognize/figures/index.js";
import { recognizeDates } from "../src/extract/recognize/dates/index.js";
import { splitSentences } from "../src/extract/segment/sentences.js";
import { readRe3d } from "../src/evaluate/re3d.js";
import { addDocument, emptyScore } from "../src/evaluate/score.js";

const seed = (prefix: string) => {
  const name = readdirSync("seeds").find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seeds/${prefix}*: seed file missing`);
  return readFileSync(`seeds/${name}`, "utf8");
};
/** Figures of `text` as the pipeline finds them: with the text's own date mentions. */
const figures = (text: string, skip: Array<[number, number]> = []) =>
  recognizeFigures(text, splitSentences(text), skip, recognizeDates(text, null, skip));
const texts = (text: string) => figures(text).map((f) => f.text);
const byText = (text: string, part: string) => {
  const found = figures(text).find((f) => f.text.includes(part));
  if (!found)
    throw new Error(
      `no figure with "${part}" in: ${figures(text)
        .map((f) => f.text)
        .join(" | ")}`,
    );
  return found;
};

describe("recognizeFigures on seeds", () => {
  it("finds troops, soldiers, money and bases, with what they count", () => {
    const s3 = seed("003");
    expect(byText(s3, "1,110")).toMatchObject({
      text: "roughly 1,110 troops",
      value: 1110,
      unit: "troops",
      counted: "troops",
      approximate: true,
    });
    expect(byText(s3, "hundreds of millions of dollars")).toMatchObject({ value: 1e8, unit: "USD", approximate: true });
    expect(byText(s3, "three bases")).toMatchObject({ value: 3, unit: "bases", counted: "bases" });
    expect(byText(seed("004"), "1,000")).toMatchObject({
      text: "about 1,000 US soldiers",
      value: 1000,
      unit: "soldiers",
      counted: "US soldiers",
      approximate: true,
    });
    expect(byText(seed("004"), "$345 Million")).toMatchObject({ value: 345e6, unit: "USD", approximate: false });
  });

  it("reads no length of time as a figure", () => {
    const all = ["000", "001", "002", "003", "004"].flatMap((p) => figures(seed(p)));
    expect(all.filter((f) => /hour|day|week|month|year/i.test(f.text))).toEqual([]);
    expect(all.every((f) => f.unit !== "")).toBe(true);
  });

  it("gives each figure the index of its sentence", () => {
    const text = "Talks failed. About 1,000 US soldiers stay.";
    expect(figures(text)[0]).toMatchObject({ sentence: 1, value: 1000 });
  });

  it("never reads a fused video timestamp or skipped text as a figure", () => {
    const s3 = seed("003");
    expect(figures(s3).some((f) => f.value === 202307 || f.text.includes("202307") || f.text === "33")).toBe(false);
    const text = "Aug. 9, 202307:33 About 1,000 US soldiers stay.";
    expect(figures(text, [[0, 17]]).map((f) => f.value)).toEqual([1000]);
    expect(figures(text, [[0, text.length]])).toEqual([]);
  });
});

describe("money", () => {
  it("scales amounts and names the currency by its ISO 4217 code", () => {
    expect(byText("Its debt passed $16 trillion last year.", "$16")).toMatchObject({ text: "$16 trillion", value: 1.6e13, unit: "USD" });
    expect(byText("The EU pledged €5m in aid.", "€5m")).toMatchObject({ value: 5e6, unit: "EUR" });
    expect(byText("The EU pledged €5bn in aid.", "€5bn")).toMatchObject({ value: 5e9, unit: "EUR" });
    expect(byText("London added £2.3bn for the region.", "£2.3bn")).toMatchObject({ value: 2.3e9, unit: "GBP" });
    expect(byText("Aid rose by £20 million.", "£20")).toMatchObject({ value: 2e7, unit: "GBP" });
    expect(byText("Germany gave 5 million euros to the fund.", "5 million")).toMatchObject({
      text: "5 million euros",
      value: 5e6,
      unit: "EUR",
    });
    expect(byText("Niamey spent 300 million CFA francs on fuel.", "300")).toMatchObject({
      text: "300 million CFA francs",
      value: 3e8,
      unit: "XOF",
    });
    expect(byText("Bread now costs 1.5 billion Syrian pounds a month to subsidize.", "1.5")).toMatchObject({ value: 1.5e9, unit: "SYP" });
    expect(byText("Baghdad allotted 2.5 billion Iraqi dinars.", "2.5")).toMatchObject({ unit: "IQD" });
    expect(byText("The fine was 40,000 Saudi riyals.", "40,000")).toMatchObject({ unit: "SAR" });
    expect(byText("Ankara set aside 8 billion Turkish lira.", "8 billion")).toMatchObject({ unit: "TRY" });
    expect(byText("A grant of A$135 million was announced.", "A$135")).toMatchObject({ value: 1.35e8, unit: "AUD" });
    expect(byText("The project costs USD 5 million.", "USD")).toMatchObject({ text: "USD 5 million", value: 5e6, unit: "USD" });
    expect(byText("Nairobi paid KES 200 million.", "KES")).toMatchObject({ value: 2e8, unit: "KES" });
    expect(byText("It lost 9 billion pounds sterling.", "9 billion")).toMatchObject({ text: "9 billion pounds sterling", unit: "GBP" });
    expect(byText("It committed over 9 billion euros.", "9 billion")).toMatchObject({ value: 9e9, unit: "EUR", bound: "min" });
    expect(byText("A reward of up to $5 million was offered.", "$5")).toMatchObject({ value: 5e6, unit: "USD", bound: "max" });
    expect(byText("Donors spent millions of dollars.", "millions")).toMatchObject({ value: 1e6, unit: "USD", approximate: true });
  });

  it("keeps a currency word shared by many countries as the word, and reads pounds of a thing as weight", () => {
    expect(byText("The ministry paid 50,000 dinars.", "50,000")).toMatchObject({ unit: "dinars" });
    expect(byText("Police seized 500 pounds of explosives.", "500")).toMatchObject({ text: "500 pounds", unit: "lb" });
    expect(byText("The bomb weighs 200 pounds.", "200")).toMatchObject({ unit: "lb" });
    expect(byText("Tickets cost 15 pounds.", "15")).toMatchObject({ unit: "GBP" });
    expect(byText("Bread costs 50 Syrian pounds, up from 15 pounds in 2011.", "15")).toMatchObject({ unit: "SYP" });
    expect(figures("We try 5 times a day.").map((f) => f.unit)).not.toContain("TRY");
  });
});

describe("percentages, measures and ranges", () => {
  it("reads percentages and percentage points", () => {
    expect(byText("They lost 40 percent of their land.", "40")).toMatchObject({ text: "40 percent", value: 40, unit: "percent" });
    expect(byText("They lost 40% of their land.", "40")).toMatchObject({ text: "40%", unit: "percent" });
    expect(byText("Turnout was 45 per cent.", "45")).toMatchObject({ unit: "percent" });
    expect(byText("Support fell 8 percentage points.", "8")).toMatchObject({ text: "8 percentage points", unit: "percentage points" });
  });

  it("keeps a range's lower end as the value and its upper end as max", () => {
    expect(byText("Prices rose 15 to 20 percent.", "15")).toMatchObject({
      text: "15 to 20 percent",
      value: 15,
      max: 20,
      unit: "percent",
      approximate: true,
    });
    expect(byText("The SDF has 30,000–40,000 fighters.", "30,000")).toMatchObject({ value: 30000, max: 40000, unit: "fighters" });
    expect(byText("Between 2 and 3 million people live there.", "2 and 3")).toMatchObject({ value: 2e6, max: 3e6, unit: "people" });
    expect(byText("The plan costs $5-10 million.", "$5")).toMatchObject({ value: 5e6, max: 1e7, unit: "USD" });
  });

  it("normalizes units of measurement", () => {
    expect(byText("They retook 18,000 square kilometers of land.", "18,000")).toMatchObject({
      text: "18,000 square kilometers",
      value: 18000,
      unit: "km2",
    });
    expect(byText("The lake covers 610 km2.", "610")).toMatchObject({ unit: "km2" });
    expect(byText("The lake covers 610 km².", "610")).toMatchObject({ unit: "km2" });
    expect(byText("It spans 300 square miles.", "300")).toMatchObject({ unit: "mi2" });
    expect(byText("The town lies 160 km (99 mi) east of Aleppo.", "160")).toMatchObject({ unit: "km" });
    expect(byText("The town lies 160 km (99 mi) east of Aleppo.", "99")).toMatchObject({ unit: "mi" });
    expect(byText("The wall is 7.5 kilometres long.", "7.5")).toMatchObject({ value: 7.5, unit: "km" });
    expect(byText("a 7.5-kilometer road", "7.5")).toMatchObject({ unit: "km" });
    expect(byText("The peak rises to 2,814 m.", "2,814")).toMatchObject({ unit: "m" });
    expect(byText("Jets flew at 30,000 feet.", "30,000")).toMatchObject({ unit: "ft" });
    expect(byText("Ships unloaded 5,000 tonnes of wheat.", "5,000")).toMatchObject({ unit: "tonnes" });
    expect(byText("The field pumps 120,000 barrels of oil a day.", "120,000")).toMatchObject({ unit: "barrels" });
    expect(byText("Temperatures hit 48 °C.", "48")).toMatchObject({ unit: "°C" });
    expect(byText("The dam generates 824 MW.", "824")).toMatchObject({ unit: "MW" });
    expect(byText("Smugglers carried 40 kg of gold.", "40")).toMatchObject({ unit: "kg" });
    expect(byText("Homs lies 160km north of Damascus.", "160")).toMatchObject({ text: "160km", unit: "km" });
    expect(byText("Each bag held 5kg of flour.", "5")).toMatchObject({ text: "5kg", unit: "kg" });
    expect(byText("A 5m wall surrounds the base.", "5")).toMatchObject({ text: "5m", value: 5, unit: "m" });
    expect(byText("About 1.5m people live there.", "1.5")).toMatchObject({ value: 1.5e6, unit: "people" });
    expect(byText("Some 2m have fled.", "2")).toMatchObject({ value: 2e6, unit: "fled" });
    expect(texts("Some 13.5m need aid; it was the 3rd time, in 1080p and 4K.")).toEqual([]);
  });
});

describe("counts of things", () => {
  it("names the plural head noun as unit and keeps the phrase as written", () => {
    expect(byText("Eight oil pump jacks burned.", "Eight")).toMatchObject({ value: 8, unit: "jacks", counted: "oil pump jacks" });
    expect(byText("Jordan hosts 4.8 million Syrian refugees.", "4.8")).toMatchObject({
      value: 4.8e6,
      unit: "refugees",
      counted: "Syrian refugees",
    });
    expect(byText("Coalition forces conducted 34 strikes.", "34")).toMatchObject({ value: 34, unit: "strikes", counted: "strikes" });
    expect(byText("Only 1 strike hit the depot.", "1 strike")).toMatchObject({ unit: "strikes", counted: "strike" });
    expect(byText("Police found 12 VBIEDs.", "12")).toMatchObject({ unit: "VBIEDs", counted: "VBIEDs" });
    expect(byText("Strikes hit two ISIL fighting positions.", "two")).toMatchObject({
      unit: "positions",
      counted: "ISIL fighting positions",
    });
    expect(texts("In 70 AD the city fell, and 5 ISIL were seen.")).toEqual([]);
    expect(byText("The raid left 500 US special forces in the town.", "500")).toMatchObject({
      unit: "forces",
      counted: "US special forces",
    });
    expect(byText("Russia sent 30 Su-24 jets and two F-22s flew.", "30")).toMatchObject({ unit: "jets", counted: "Su-24 jets" });
    expect(byText("Russia sent 30 Su-24 jets and two F-22s flew.", "two")).toMatchObject({ unit: "F-22s", counted: "F-22s" });
    expect(byText("A gunman killed at least 35 more innocent civilians.", "35")).toMatchObject({
      value: 35,
      unit: "civilians",
      counted: "innocent civilians",
      bound: "min",
    });
    expect(byText("It was the attack in which 30 Britons were murdered.", "30")).toMatchObject({ unit: "Britons" });
    expect(byText("Tens of thousands of people fled.", "Tens")).toMatchObject({
      value: 1e4,
      unit: "people",
      counted: "people",
      approximate: true,
    });
    expect(byText("About a dozen soldiers were hurt.", "dozen")).toMatchObject({ value: 12, unit: "soldiers", approximate: true });
    expect(byText("Scores of people fled.", "Scores")).toMatchObject({ value: 20, unit: "people", approximate: true });
    expect(byText("At least 50 people died.", "50")).toMatchObject({ value: 50, unit: "people", bound: "min", approximate: false });
  });

  it("reads adjectival counts as counts of their noun", () => {
    expect(byText("the 60-plus nation coalition", "60")).toMatchObject({ value: 60, unit: "nations", counted: "nations", bound: "min" });
    expect(byText("part of a 63 nation coalition", "63")).toMatchObject({ unit: "nations", counted: "nations" });
    expect(byText("A 15-member delegation arrived.", "15")).toMatchObject({ unit: "members", counted: "members" });
    expect(byText("a 5,000-strong force", "5,000")).toMatchObject({ value: 5000, unit: "forces", counted: "-strong force" });
    expect(byText("20-odd vehicles burned", "20")).toMatchObject({ value: 20, unit: "vehicles", approximate: true });
  });

  it("reads casualty counts and counts named before their number", () => {
    expect(byText("Casualties: 1,200 killed, 3,400 wounded.", "1,200")).toMatchObject({ unit: "killed", counted: "killed" });
    expect(byText("The blast killed 35 and wounded 120.", "35")).toMatchObject({ text: "35", unit: "killed" });
    expect(byText("The blast killed 35 and wounded 120.", "120")).toMatchObject({ unit: "wounded" });
    expect(byText("The city had a population of about 1.2 million.", "1.2")).toMatchObject({
      value: 1.2e6,
      unit: "people",
      approximate: true,
    });
    expect(byText("The death toll rose to 300 on Friday.", "300")).toMatchObject({ unit: "deaths" });
    expect(byText("He said the number of munitions delivered now totals 6,602.", "6,602")).toMatchObject({
      unit: "munitions",
      counted: "munitions",
    });
    expect(byText("They struck at least once.", "once")).toMatchObject({ value: 1, unit: "times", bound: "min" });
    expect(byText("More than 2,000 have fled and millions have been displaced.", "2,000")).toMatchObject({
      value: 2000,
      unit: "fled",
      bound: "min",
    });
    expect(byText("More than 2,000 have fled and millions have been displaced.", "millions")).toMatchObject({
      value: 1e6,
      unit: "displaced",
      approximate: true,
    });
  });

  it("does not count things already named, 'one' as an article, or the officials a report cites", () => {
    expect(texts("The two leaders met. Our two countries agree. All three bases closed.")).toEqual([]);
    expect(texts("There is only one way. One strike hit a truck.")).toEqual([]);
    expect(byText("The 1,110 troops left.", "1,110")).toMatchObject({ unit: "troops" });
    expect(
      texts(
        "“We are trying,” one U.S. official said. It was fading, according to two U.S. defense officials. Two officials tell me it ended.",
      ),
    ).toEqual([]);
    expect(byText("The attack killed two officials and three soldiers.", "two")).toMatchObject({ value: 2, unit: "officials" });
  });
});

describe("what is not a figure", () => {
  it("reads no duration as a figure: dates own them", () => {
    expect(texts("The talks lasted two hours. Four days later, a two-hour meeting ended a one-week ultimatum.")).toEqual([]);
    expect(texts("Over the past decade, and the past 20-plus months, the last 12 months were the worst.")).toEqual([]);
    expect(texts("He waited 12 months and spent three nights there.")).toEqual([]);
  });

  it("reads no age as a figure", () => {
    expect(
      texts("A 45-year-old man was arrested. Jane Doe, 45, a teacher, was aged 45. Children as young as 10 joined. He is 45 years old."),
    ).toEqual([]);
  });

  it("reads no bare number as a figure", () => {
    expect(texts("The total reached 2,000. Smith, 45, said so. More than 60 were there; he counted 33.783.")).toEqual([]);
    expect(texts("Suspended millions in aid.")).toEqual([]);
  });

  it("skips years, dates, labels, clock times and number words without a counted noun", () => {
    const text = "In 2016, on Dec. 10, Resolution 2254 passed at 10 a.m. as F-16 jets flew; one of them left. CTF 50 sailed.";
    expect(figures(text)).toEqual([]);
    expect(figures("Call +227 20 72 26 61 or 888-847-6592.")).toEqual([]);
  });

  it("skips reference marks, coordinates and section numbers of encyclopedic text", () => {
    expect(texts("The district had 3,000 residents.[1][12] Its area grew.[citation needed][note 3]")).toEqual(["3,000 residents"]);
    expect(texts("Coordinates: 33°18′N 44°21′E / 33.300°N 44.350°E / 33.300; 44.350")).toEqual([]);
    expect(texts("Contents\n1 History\n2 Geography\n2.1 Climate\n3 See also\n")).toEqual([]);
    expect(texts("See chapter 4, section 2.1, page 12 and table 5 (pp. 112–114). ISBN 978-0-19-953556-4.")).toEqual([]);
  });

  it("skips scores, clock times, resolutions, 9/11 and 24/7, model, road and flight numbers", () => {
    expect(texts("United won 3-1 last night; the vote was 5-4 and the team won 2–0 victory.")).toEqual([]);
    expect(texts("It's 7:00 p.m. here, 3 a.m. in Damascus; the plane lands at 10 a.m. and the news is at 1030 GMT.")).toEqual([]);
    expect(texts("Photos were 1800 x 1920 pixels and 1920×1080; the video was 1080p.")).toEqual([]);
    expect(texts("The 9/11 attacks and 24/7 coverage changed it; one in 1/3 of cases.")).toEqual([]);
    expect(texts("The F-16, the Su-24 and the AK-47 were shown.")).toEqual([]);
    expect(texts("Convoys used Route 66, Highway 1 and Interstate 95; Flight 17 was hit near Airbus 320 wreckage.")).toEqual([]);
    expect(texts("The 2010 census and the 2016 election.")).toEqual([]);
    expect(texts("He finished 3rd; it was the 93rd anniversary.")).toEqual([]);
  });

  it("takes the date mentions it must skip as an argument", () => {
    const text = "On Dec. 5, 12 strikes hit.";
    const dates = recognizeDates(text, "2016-12-10");
    expect(recognizeFigures(text, splitSentences(text), [], dates).map((f) => [f.value, f.unit])).toEqual([[12, "strikes"]]);
    // a number inside a date mention passed in is part of the date
    expect(recognizeFigures(text, splitSentences(text), [], [{ start: 11, end: 21 }])).toEqual([]);
  });
});

describe("genres of the held-out test", () => {
  it("reads an encyclopedic article: figures, not its marks, coordinates or infobox labels", () => {
    const article = [
      "Al-Rashid District",
      "Coordinates: 33°18′N 44°21′E",
      "Area",
      " • Total\t42.5 km2 (16.4 sq mi)",
      "Population (2014)",
      " • Total\t1,240,000",
      "Time zone\tUTC+3",
      "",
      "Al-Rashid is one of the nine districts of the capital.[1] It had a population of about 1.2 million in 2014.[2][3]",
      "",
      "1 History",
      "In the 2003 invasion, about 3,000 US troops and 150 tanks entered the area within 48 hours.[4] Fighting killed at least 250 civilians, and some 40,000 residents fled.[5] Rebuilding cost $1.2 billion.[6]",
      "",
      "2 Geography",
      "The district lies 7.5 kilometres west of the river, and unemployment fell to 15 percent.[7]",
    ].join("\n");
    expect(figures(article).map((f) => [f.text, f.value, f.unit, f.counted ?? null])).toEqual([
      ["42.5 km2", 42.5, "km2", null],
      ["16.4 sq mi", 16.4, "mi2", null],
      ["about 1.2 million", 1.2e6, "people", "people"],
      ["about 3,000 US troops", 3000, "troops", "US troops"],
      ["150 tanks", 150, "tanks", "tanks"],
      ["at least 250 civilians", 250, "civilians", "civilians"],
      ["some 40,000 residents", 40000, "residents", "residents"],
      ["$1.2 billion", 1.2e9, "USD", null],
      ["7.5 kilometres", 7.5, "km", null],
      ["15 percent", 15, "percent", null],
    ]);
  });

  it("reads a broadcast transcript: figures, not its clock times, bylines, ages or call-in numbers", () => {
    const transcript = [
      "ANNA REYES, NEWS ANCHOR: It's 7:00 p.m. here in Washington, 3 a.m. in Damascus. Welcome back.",
      "(BEGIN VIDEOTAPE)",
      "REYES (voice-over): The Pentagon says about 1,000 U.S. troops are on the ground. At least 60 people were killed, and more than 2,000 have fled.",
      "(END VIDEOTAPE)",
      "TOM BAKER, CORRESPONDENT: Anna, two defense officials tell me the strikes lasted more than two hours. They hit 12 targets. The cost so far is $100 million, and it's a 24/7 operation.",
      "REYES: And the refugees? The U.N. counts 4.8 million, up 40% in a year. A 45-year-old man was arrested; Jane Doe, 45, told us she waited 12 months.",
      "REYES: Manchester won 3-1 last night. Back in two minutes on Channel 4. Call 1-800-555-0199.",
    ].join("\n");
    expect(figures(transcript).map((f) => [f.text, f.value, f.unit])).toEqual([
      ["about 1,000 U.S. troops", 1000, "troops"],
      ["At least 60 people", 60, "people"],
      ["more than 2,000", 2000, "fled"],
      ["12 targets", 12, "targets"],
      ["$100 million", 1e8, "USD"],
      ["40%", 40, "percent"],
    ]);
  });
});

describe("recognizeFigures on re3d-dev", () => {
  it("scores F1 >= 0.845 on Money and Quantity by overlap (measured 0.860)", () => {
    const score = emptyScore();
    for (const doc of readRe3d(RE3D_DEV)) addDocument(score, "figures", doc, figures(doc.text));
    expect(score.f1).toBeGreaterThanOrEqual(0.845);
  });
});
