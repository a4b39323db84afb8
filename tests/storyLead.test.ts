// The stories' rules for articles whose event time is unknown (storyLead.ts, storyDirection.ts): two
// undated reports are one story only when their openings agree and do not say things moved opposite
// ways. Sentences written for the tests.
import { describe, expect, it } from "vitest";
import { groupStories } from "../src/extract/analyze/stories.js";
import {
  ArticleLeads,
  EVENT_FULL,
  eventLeadFactor,
  eventWords,
  leadAgreement,
  leadFactor,
  leadsMustAgree,
  LEAD_FULL,
} from "../src/extract/analyze/storyLead.js";
import { direction, directionFactor, OPPOSED } from "../src/extract/analyze/storyDirection.js";
import { articleOpenings } from "../src/extract/analyze/storyOpening.js";
import { termList } from "../src/extract/analyze/terms.js";
import type { MentionRow, SentenceRow } from "../src/extract/types.js";
import { mention, sentence } from "./fixtures/storyRows.js";

/** Articles as sentences, and mentions of the actors each sentence names (by id, lower case). */
function rows(articles: Record<string, string[]>, actors: string[]): { sentences: SentenceRow[]; mentions: MentionRow[] } {
  const sentences: SentenceRow[] = [];
  const mentions: MentionRow[] = [];
  for (const [id, texts] of Object.entries(articles))
    texts.forEach((text, index) => {
      sentences.push(sentence(id, index, text));
      for (const actor of actors) if (text.toLowerCase().includes(actor.replace(/-/g, " "))) mentions.push(mention(id, actor, index));
    });
  return { sentences, mentions };
}

const storiesOf = (articles: Record<string, string[]>, actors: string[], published?: (id: string) => { date: string } | null) => {
  const { sentences, mentions } = rows(articles, actors);
  return groupStories(Object.keys(articles), sentences, mentions, { published }).map((s) => s.articles.sort());
};

describe("a lead's direction", () => {
  it("is down for a cut, a fall, a drop; up for a hike, a rise, a jump; neither for both or none", () => {
    expect(direction("The Norvik central bank cut its main interest rate to 3.5 percent on Wednesday.")).toBe(-1);
    expect(direction("Shares in Talmoor Mining fell sharply after the mine flooded.")).toBe(-1);
    expect(direction("Norvik's central bank raised its main interest rate to 5 percent on Wednesday.")).toBe(1);
    expect(direction("Fares on the Kessel ferries will rise by a tenth from June.")).toBe(1);
    expect(direction("Bond yields rose as stocks fell on Friday.")).toBe(0);
    expect(direction("Pirates seized the tanker Ostrava Star off the coast on Tuesday.")).toBe(0);
  });

  it("is neither for a word that says nothing moved: raised concerns, rose to power, fell ill, dropped the charges", () => {
    expect(direction("The seizure of the Ostrava Star raised concerns among shipowners.")).toBe(0);
    expect(direction("Marta Kell, who rose to power in a 2019 coup, fell ill on Friday.")).toBe(0);
    expect(direction("Prosecutors dropped the charges against the Kessel ferry captain.")).toBe(0);
    expect(direction("The seizure raised concerns as freight rates jumped.")).toBe(1);
  });

  it("is read from the first sentence of the story, not from a dateline above it", () => {
    const sentences = [
      sentence("a", 0, "OSLO, Norvik"),
      sentence("a", 1, "The Norvik central bank cut its main interest rate on Wednesday."),
      sentence("a", 2, "Economists had expected rates to rise."),
      sentence("b", 0, "Norvik's central bank raised its main interest rate on Wednesday."),
    ];
    const leads = new ArticleLeads(
      ["a", "b"],
      sentences,
      articleOpenings(["a", "b"], sentences, 2),
      () => undefined,
      () => 1,
    );
    expect(leads.leadSentence(0)).toBe("The Norvik central bank cut its main interest rate on Wednesday.");
    const directions = [0, 1].map((i) => direction(leads.leadSentence(i)));
    expect(directions).toEqual([-1, 1]);
    expect(directionFactor(directions[0], directions[1])).toBe(OPPOSED);
    expect(directionFactor(-1, -1)).toBe(1);
    expect(directionFactor(0, 1)).toBe(1);
  });
});

describe("two articles' lead agreement", () => {
  const sentences = [
    sentence("ruling", 0, "Ostrania's Supreme Court ruled on Tuesday that Petra Vask must return to Kelburg."),
    sentence("ruling", 1, "The girl was found in the Dorne mine after its collapse."),
    sentence("ruling", 5, "Protesters later marched through Lindholm."),
    sentence("ruling-2", 0, "The Supreme Court's ruling sends Petra Vask back to Kelburg, her aunt's lawyers said."),
    sentence("march", 0, "Thousands of protesters marched through Lindholm on Saturday."),
  ];
  const ids = ["ruling", "ruling-2", "march"];
  const dictionary = new Map<string, number>();
  const featureOf = (word: string) => dictionary.get(word) ?? dictionary.set(word, dictionary.size).get(word)!;
  const all = new ArticleLeads(ids, sentences, articleOpenings(ids, sentences, 2), featureOf, () => 1);
  const leads = ids.map((_, k) => all.lead(k));
  const words = (k: number) => Array.from(leads[k].features, (f) => [...dictionary].find(([, n]) => n === f)![0]).sort();

  it("reads only the opening sentences' words", () => {
    expect(words(0)).toEqual([...new Set([...termList(sentences[0].text), ...termList(sentences[1].text)])].sort());
    expect(words(0)).not.toContain("marched");
  });

  it("is the cosine of the openings' words: high for one ruling's reports, nothing for a march", () => {
    expect(leadAgreement(leads[0], leads[1])).toBeGreaterThan(LEAD_FULL);
    expect(leadFactor(leads[0], leads[1])).toBe(1);
    expect(leadAgreement(leads[0], leads[2])).toBe(0);
    expect(leadFactor(leads[1], leads[2])).toBe(0);
  });
});

describe("undated reports of two steps of one case", () => {
  // the same girl, aunt, court and towns all through; only the openings tell the ruling from the march
  const background = [
    "Petra Vask, 12, was found alive in the Dorne mine near Kelburg after its collapse in the spring.",
    "Her aunt Ilse Marr has fought in the courts of Ostrania to keep her in Lindholm.",
    "The case of Petra Vask has divided Ostrania, and her aunt Ilse Marr has become a symbol in Lindholm.",
  ];
  const articles = {
    "ruling-1": [
      "Ostrania's Supreme Court ruled that Petra Vask must be returned to her father in Kelburg.",
      "The judges said the girl's father had the right to decide where she lives.",
      ...background,
    ],
    "ruling-2": [
      "The Supreme Court of Ostrania ordered Petra Vask returned to her father, rejecting the aunt's appeal.",
      "Lawyers for the father called the judgment a victory for families.",
      ...background,
    ],
    "march-1": [
      "Thousands of protesters marched through Lindholm waving banners and chanting against the government.",
      "Police closed the streets around the town hall for the afternoon.",
      ...background,
    ],
    "march-2": [
      "Protesters marched through Lindholm again, thousands chanting outside the town hall.",
      "Organisers said more demonstrations were planned for the weekend.",
      ...background,
    ],
  };
  const actors = ["petra-vask", "ilse-marr", "kelburg", "lindholm", "ostrania", "supreme-court", "dorne-mine"];

  it("are two stories when nothing dates them: the openings disagree", () => {
    expect(storiesOf(articles, actors)).toEqual([
      ["ruling-1", "ruling-2"],
      ["march-1", "march-2"],
    ]);
  });

  it("are one story when they are dated days apart: the openings are not asked then", () => {
    const days: Record<string, string> = {
      "ruling-1": "2024-03-05",
      "ruling-2": "2024-03-05",
      "march-1": "2024-03-09",
      "march-2": "2024-03-10",
    };
    expect(storiesOf(articles, actors, (id) => ({ date: days[id] }))).toEqual([["march-1", "march-2", "ruling-1", "ruling-2"]]);
  });

  it("are two stories when dated four weeks apart: reports further apart than one event's fortnight must open alike", () => {
    const days: Record<string, string> = {
      "ruling-1": "2024-03-05",
      "ruling-2": "2024-03-06",
      "march-1": "2024-04-02",
      "march-2": "2024-04-03",
    };
    expect(storiesOf(articles, actors, (id) => ({ date: days[id] }))).toEqual([
      ["ruling-1", "ruling-2"],
      ["march-1", "march-2"],
    ]);
  });

  it("keep a report four weeks later in the ruling's story when it opens on the ruling", () => {
    const later = {
      ...articles,
      "ruling-3": [
        "Four weeks after the Supreme Court ruled that Petra Vask must be returned to her father in Kelburg, the aunt's lawyers still contest the judgment.",
        "The judges had said the father had the right to decide where the girl lives.",
        ...background,
      ],
    };
    // the marches months later: another event whatever their openings
    const days: Record<string, string> = {
      "ruling-1": "2024-03-05",
      "ruling-2": "2024-03-06",
      "ruling-3": "2024-04-02",
      "march-1": "2024-08-02",
      "march-2": "2024-08-03",
    };
    expect(storiesOf(later, actors, (id) => ({ date: days[id] }))).toEqual([
      ["ruling-1", "ruling-2", "ruling-3"],
      ["march-1", "march-2"],
    ]);
  });

  it("must open alike only when their declared dates are more than a fortnight apart, or either is undated", () => {
    expect(leadsMustAgree(true, 1)).toBe(false);
    expect(leadsMustAgree(true, 0.8)).toBe(true);
    expect(leadsMustAgree(false, 1)).toBe(true);
    // an inferred date's distance may be the guess's
    expect(leadsMustAgree(true, 0.5, true)).toBe(false);
  });
});

describe("an opening's event words", () => {
  const words = (text: string) => eventWords(text).replace(/\s+/g, " ");

  it("are its words written in lower case: names, titles, acronyms and the first word left out", () => {
    expect(words("Maren Holt, chief executive of Vellix Inc., announced Monday she would take medical leave.")).toBe(
      " , chief executive of , announced she would take medical leave.",
    );
    expect(words("The U.S. envoy met Kessel's mayor.")).toBe(" envoy met mayor.");
  });

  // the same chief, company and city all through; only the openings' own words tell the leave from the resignation
  const background = [
    "Maren Holt founded Vellix in Frankfurt in 2009 and has led the maker of hearing aids since.",
    "Vellix employs 4,000 people in Frankfurt and sells its hearing aids in forty countries.",
  ];
  const articles = {
    leave: [
      "Maren Holt, chief executive of Vellix, announced Monday she would take medical leave from Vellix.",
      "Vellix shares fell in Frankfurt after the memo.",
      ...background,
    ],
    "leave-2": [
      "Maren Holt will take medical leave from Vellix, its chief executive said in a memo on Monday.",
      "Shares of Vellix fell in Frankfurt.",
      ...background,
    ],
    resign: [
      "Maren Holt has resigned from Vellix after twelve years at its head.",
      "Vellix named Ola Brandt to succeed Maren Holt.",
      ...background,
    ],
  };
  const actors = ["maren-holt", "vellix", "frankfurt", "ola-brandt"];

  it("agree for two reports of one step and not for another step, while all their words agree", () => {
    const { sentences } = rows(articles, actors);
    const ids = Object.keys(articles);
    const numbers = new Map<string, number>();
    const number = (w: string) => numbers.get(w) ?? numbers.set(w, numbers.size).get(w)!;
    const leads = new ArticleLeads(ids, sentences, articleOpenings(ids, sentences, 2), number, () => 1);
    // names included, the leave's and the resignation's openings agree (the same chief and company)
    expect(leadFactor(leads.lead(0), leads.lead(2))).toBe(1);
    // in lower case, they share no word; the two reports of the leave do
    expect(eventLeadFactor(leads.eventLead(0), leads.eventLead(2))).toBe(0);
    expect(eventLeadFactor(leads.eventLead(0), leads.eventLead(1))).toBe(1);
    expect(EVENT_FULL).toBeLessThan(LEAD_FULL);
  });

  it("part two undated steps of one chief's case into two stories, and keep two reports of one step together", () => {
    expect(storiesOf(articles, actors)).toEqual([["leave", "leave-2"], ["resign"]]);
  });
});

describe("undated reports of a rate cut and a rate hike by one bank", () => {
  const articles = {
    "cut-1": [
      "The Norvik central bank cut its main interest rate to 3.5 percent as inflation eased.",
      "It was the first reduction in four years, Governor Lena Dahl said.",
      "The krone weakened against the euro.",
    ],
    "cut-2": [
      "Borrowers welcomed the Norvik central bank's cut of its main interest rate to 3.5 percent.",
      "Mortgage lenders lowered their own rates within hours.",
      "Lena Dahl said further steps would depend on prices.",
    ],
    "hike-1": [
      "The Norvik central bank raised its main interest rate to 5 percent as inflation climbed.",
      "Governor Lena Dahl said prices were rising too fast.",
      "Economists had expected a smaller step.",
    ],
    "hike-2": [
      "Borrowers braced for costlier loans after the Norvik central bank raised its main interest rate to 5 percent.",
      "Home buyers will pay more each month.",
      "Lena Dahl said the bank would act again if needed.",
    ],
  };
  const actors = ["norvik-central-bank", "lena-dahl"];

  it("are two stories: one lead says the rate went down, the other up", () => {
    expect(storiesOf(articles, actors)).toEqual([
      ["cut-1", "cut-2"],
      ["hike-1", "hike-2"],
    ]);
  });
});
