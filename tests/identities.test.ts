// One actor per real-world entity across articles, and only one: short forms join their full
// names in their own article and, across articles, only when the folder is unambiguous.
import { describe, expect, it } from "vitest";
import { actorDoc } from "./helpers/actorDocs.js";
import { resolveActors } from "../src/extract/resolve/actors.js";
import { initialsSpell } from "../src/extract/resolve/actors/items.js";
import { orgKeyOf, standsFor, orgWords } from "../src/extract/resolve/shortForms.js";

const doc = actorDoc;

describe("identities across articles", () => {
  const docs = [
    doc("swim", "Esther Lane Williams swam. Williams won gold.", [
      ["Esther Lane Williams", "person"],
      ["Williams", "person"],
    ]),
    doc("court", "Jamal Williams scored 30. Williams was tired.", [
      ["Jamal Williams", "person"],
      ["Williams", "person"],
    ]),
    doc("other", "Williams did not comment.", [["Williams", "person"]]),
    doc("nfl1", "The Indianapolis Colts won. The Colts led early.", [
      ["Indianapolis Colts", "organization"],
      ["Colts", "organization"],
    ]),
    doc("nfl2", "The Colts lost at home.", [["Colts", "organization"]]),
    doc("chips1", "Advanced Micro Devices Inc. reported. AMD shares rose.", [
      ["Advanced Micro Devices Inc.", "organization"],
      ["AMD", "organization"],
    ]),
    doc("chips2", "AMD cut prices. Advanced Micro Devices said so.", [
      ["AMD", "organization"],
      ["Advanced Micro Devices", "organization"],
    ]),
    doc("air1", "The U.S. Air Force chose a tanker. The Air Force said it was final.", [
      ["U.S. Air Force", "organization"],
      ["Air Force", "organization"],
    ]),
    doc("air2", "The United States Air Force (USAF) reopened the bid.", [
      ["United States Air Force", "organization"],
      ["USAF", "organization"],
    ]),
    doc("defence", "Northrop Grumman won the contract. Northrop was pleased.", [
      ["Northrop Grumman", "organization"],
      ["Northrop", "organization"],
    ]),
  ];
  const { actors, mentions } = resolveActors(docs);
  const actorOf = (article: string, text: string) => mentions.find((m) => m.article === article && m.text === text)?.actor;

  it("joins a surname to the person its own article names in full", () => {
    expect(actorOf("swim", "Williams")).toBe(actorOf("swim", "Esther Lane Williams"));
    expect(actorOf("court", "Williams")).toBe(actorOf("court", "Jamal Williams"));
    expect(actorOf("swim", "Esther Lane Williams")).not.toBe(actorOf("court", "Jamal Williams"));
  });
  it("joins a surname with its generation to the full name, named in full, never the bare surname", () => {
    const r = resolveActors([
      doc("heir", "William Clay Ford Jr. spoke first. Ford Jr. later added more.", [
        ["William Clay Ford Jr.", "person"],
        ["Ford Jr.", "person"],
      ]),
      doc("heir2", "Ford Jr. retired in June.", [["Ford Jr.", "person"]]),
      doc("cars", "Ford cut jobs.", [["Ford", "person"]]),
    ]);
    const of = (article: string, text: string) => r.mentions.find((m) => m.article === article && m.text === text)?.actor;
    expect(of("heir", "Ford Jr.")).toBe("william-clay-ford-jr");
    expect(of("heir2", "Ford Jr.")).toBe("william-clay-ford-jr");
    expect(r.actors.find((a) => a.id === "william-clay-ford-jr")?.aliases).toEqual(["Ford Jr."]);
    expect(of("cars", "Ford")).not.toBe("william-clay-ford-jr");
  });
  it("reads no dateline's agency as an acronym of the town, and keeps acronyms of names in another language", () => {
    const r = resolveActors([
      doc("wire", "PHILADELPHIA (AP) - The team lost. AP photographers were there.", [
        ["PHILADELPHIA", "organization"],
        ["AP", "organization"],
      ]),
      doc("rebels", "The Kurdistan Workers' Party (PKK) claimed the attack. The PKK denied it later.", [
        ["Kurdistan Workers' Party", "organization"],
        ["PKK", "organization"],
      ]),
    ]);
    const of = (text: string) => r.mentions.find((m) => m.text === text)?.actor;
    expect(of("AP")).toBe("ap");
    expect(of("PHILADELPHIA")).toBe("philadelphia");
    expect(of("PKK")).toBe(of("Kurdistan Workers' Party"));
    expect(initialsSpell("European Aeronautic Defence and Space Company", "EADS")).toBe(true);
    expect(initialsSpell("Aeronautic Defence & Space NV", "EADS")).toBe(true);
    expect(initialsSpell("WASHINGTON", "Reuters")).toBe(false);
    expect(initialsSpell("LOS ANGELES", "AP")).toBe(false);
    expect(initialsSpell("Los Angeles", "AP")).toBe(false);
    expect(initialsSpell("Dow Jones", "DJIA")).toBe(true);
    expect(initialsSpell("Reporting System", "ACARS")).toBe(false);
  });
  it("names a person by the full name, not a surname with its particle", () => {
    const r = resolveActors([
      doc("coach", "The Bulls fired Vinny Del Negro. Del Negro had coached two seasons. Del Negro declined to comment.", [
        ["Bulls", "organization"],
        ["Vinny Del Negro", "person"],
        ["Del Negro", "person"],
        ["Del Negro", "person"],
      ]),
    ]);
    expect(r.actors.find((a) => a.type === "person")).toMatchObject({
      id: "vinny-del-negro",
      name: "Vinny Del Negro",
      aliases: ["Del Negro"],
    });
  });
  it("reads a role word before a name as no given name", () => {
    const r = resolveActors([
      doc("chips", "Executive Rory Read said the deal would help. Read expects it to close soon.", [
        ["Executive Rory Read", "person"],
        ["Read", "person"],
      ]),
      doc("church", "The Rev. Louis Gigante spoke. Louis Gigante is a priest.", [
        ["Rev. Louis Gigante", "person"],
        ["Louis Gigante", "person"],
      ]),
    ]);
    const of = (text: string) => r.mentions.find((m) => m.text === text)?.actor;
    expect([of("Executive Rory Read"), of("Read")]).toEqual(["rory-read", "rory-read"]);
    expect(of("Rev. Louis Gigante")).toBe("louis-gigante");
    expect(of("Louis Gigante")).toBe("louis-gigante");
  });
  it("takes no title-case headline's words after a name for a long form of it", () => {
    const r = resolveActors([
      doc("launch", "Velcor Unveils New Chips\n\nVelcor said on Tuesday the chips would ship in June.", [
        ["Velcor Unveils", "organization"],
        ["Velcor", "organization"],
      ]),
      doc("rival", "Velcor cut prices. Rival Ambrix declined to comment.", [
        ["Velcor", "organization"],
        ["Ambrix", "organization"],
      ]),
      doc("deal", "Northrop Grumman won the tanker deal\n\nNorthrop said it was pleased.", [
        ["Northrop Grumman", "organization"],
        ["Northrop", "organization"],
      ]),
    ]);
    const of = (article: string, text: string) => r.mentions.find((m) => m.article === article && m.text === text)?.actor;
    expect(of("launch", "Velcor")).toBe("velcor");
    expect(of("rival", "Velcor")).toBe("velcor");
    expect(r.actors.find((a) => a.id === "velcor")?.aliases).toEqual([]);
    // a headline in sentence case writes names as the text does
    expect(of("deal", "Northrop")).toBe("northrop-grumman");
  });
  it("keeps a monarch's name and number a full name, one actor across stories", () => {
    const r = resolveActors([
      doc("visit", "Queen Elizabeth II visited Ottawa.", [
        ["Queen Elizabeth II", "person"],
        ["Ottawa", "place"],
      ]),
      doc("speech", "Elizabeth II spoke at the Senate in Rome.", [
        ["Elizabeth II", "person"],
        ["Rome", "place"],
      ]),
    ]);
    expect(new Set(r.mentions.filter((m) => m.text.includes("Elizabeth")).map((m) => m.actor))).toEqual(new Set(["elizabeth-ii"]));
  });
  it("joins a surname two people of the folder share to neither outside their articles", () => {
    const bare = actorOf("other", "Williams");
    expect(bare).toBeDefined();
    expect(bare).not.toBe(actorOf("swim", "Esther Lane Williams"));
    expect(bare).not.toBe(actorOf("court", "Jamal Williams"));
    expect(actors.find((a) => a.id === actorOf("swim", "Williams"))?.aliases).toEqual(["Williams"]);
  });
  it("joins a team's nickname to its full name, in the article and across the folder", () => {
    expect(actorOf("nfl1", "Colts")).toBe(actorOf("nfl1", "Indianapolis Colts"));
    expect(actorOf("nfl2", "Colts")).toBe(actorOf("nfl1", "Indianapolis Colts"));
    expect(actors.find((a) => a.id === actorOf("nfl2", "Colts"))?.name).toBe("Indianapolis Colts");
  });
  it("joins an acronym whose letters spell the name, and the name with or without its legal form", () => {
    const amd = actorOf("chips1", "AMD");
    expect(amd).toBe(actorOf("chips1", "Advanced Micro Devices Inc."));
    expect(amd).toBe(actorOf("chips2", "Advanced Micro Devices"));
    expect(amd).toBe(actorOf("chips2", "AMD"));
    expect(actors.find((a) => a.id === amd)?.name).toBe("AMD");
    expect(actors.find((a) => a.id === amd)?.aliases).toEqual(["Advanced Micro Devices", "Advanced Micro Devices Inc."]);
  });
  it("reads a leading country in a name as the country, whatever its spelling", () => {
    const usaf = actorOf("air2", "United States Air Force");
    expect(actorOf("air1", "U.S. Air Force")).toBe(usaf);
    expect(actorOf("air1", "Air Force")).toBe(usaf);
    expect(actorOf("air2", "USAF")).toBe(usaf);
  });
  it("joins a name's first word to the name", () => {
    expect(actorOf("defence", "Northrop")).toBe(actorOf("defence", "Northrop Grumman"));
  });
});

describe("a company under its former and its present name", () => {
  const docs = [
    doc("launch", "Orchard Computer showed a phone. Orchard said it ships in June.", [
      ["Orchard Computer", "organization"],
      ["Orchard", "organization"],
    ]),
    doc("sales", "Orchard sold more laptops. Orchard Computer shares rose.", [
      ["Orchard", "organization"],
      ["Orchard Computer", "organization"],
    ]),
    doc("stores", "Orchard Inc. opened Orchard Stores in Paris. Orchard hired staff.", [
      ["Orchard Inc.", "organization"],
      ["Orchard Stores", "organization"],
      ["Orchard", "organization"],
    ]),
    doc("label", "Orchard Records won the case.", [["Orchard Records", "organization"]]),
  ];
  const { mentions } = resolveActors(docs);
  const actorOf = (article: string, text: string) => mentions.find((m) => m.article === article && m.text === text)?.actor;

  it("joins the short form to the long form most articles read it as, and to the name with its legal form", () => {
    expect(actorOf("launch", "Orchard")).toBe(actorOf("launch", "Orchard Computer"));
    expect(actorOf("stores", "Orchard Inc.")).toBe(actorOf("sales", "Orchard Computer"));
    expect(actorOf("stores", "Orchard")).toBe(actorOf("stores", "Orchard Inc."));
  });
  it("keeps a part of the company and another company apart", () => {
    expect(actorOf("stores", "Orchard Stores")).not.toBe(actorOf("stores", "Orchard Inc."));
    expect(actorOf("label", "Orchard Records")).not.toBe(actorOf("launch", "Orchard"));
  });
});

describe("short forms", () => {
  it("folds legal forms and leading countries", () => {
    expect(orgKeyOf("Apple Inc.")).toBe("apple");
    expect(orgKeyOf("Bank of America Corp.")).toBe(orgKeyOf("Bank of America"));
    expect(orgKeyOf("U.S. Federal Reserve")).toBe(orgKeyOf("United States Federal Reserve"));
  });
  it("reads a department or ministry of a field as the field's department", () => {
    expect(orgKeyOf("the U.S. Department of Labor")).toBe(orgKeyOf("the US Labor Department"));
    expect(orgKeyOf("Department of State")).toBe(orgKeyOf("State Department"));
    expect(orgKeyOf("the Ministry of Defence")).toBe(orgKeyOf("Defence Ministry"));
    expect(orgKeyOf("Department of State")).not.toBe(orgKeyOf("Department of Justice"));
  });
  it("makes long forms that define one acronym in different spellings one actor with it", () => {
    const r = resolveActors([
      doc("a", "It is owned by Northern Aerospace Defense & Space Company (NADS).", [
        ["Northern Aerospace Defense & Space Company", "organization"],
      ]),
      doc("b", "The maker, Aerospace Defence & Space NV (NADS), said so.", [["Aerospace Defence & Space NV", "organization"]]),
      doc("c", "NADS said its orders rose.", [["NADS", "organization"]]),
      doc("d", "The Atlantic Coast Conference (ACC) met.", [["Atlantic Coast Conference", "organization"]]),
      doc("e", "The Accra Chamber of Commerce (ACC) met.", [["Accra Chamber of Commerce", "organization"]]),
      doc("f", "The ACC said so.", [["ACC", "organization"]]),
    ]);
    expect(r.actors.map((a) => [a.name, a.aliases]).sort()).toEqual([
      ["ACC", []],
      ["Accra Chamber of Commerce", []],
      ["Atlantic Coast Conference", []],
      ["Northern Aerospace Defense & Space Company", ["Aerospace Defence & Space NV", "NADS"]],
    ]);
  });
  it("joins the two ways of writing a department across articles", () => {
    const r = resolveActors([
      doc("jobs", "The U.S. Department of Labor said claims rose.", [["U.S. Department of Labor", "organization"]]),
      doc("wages", "The US Labor Department reported wages.", [["US Labor Department", "organization"]]),
    ]);
    expect(r.actors.map((a) => [a.name, a.aliases, a.articles.length])).toEqual([["U.S. Department of Labor", ["US Labor Department"], 2]]);
  });
  it("never takes a generic word, a model number or two names as a long form", () => {
    expect(standsFor(["group"], "Group", orgWords("Wagner Group"), "Wagner Group")).toBe(false);
    expect(standsFor(["airbus"], "Airbus", orgWords("Airbus A380"), "Airbus A380")).toBe(false);
    expect(standsFor(["airbus"], "Airbus", orgWords("Airbus and Air France"), "Airbus and Air France")).toBe(false);
    expect(standsFor(["wagner"], "Wagner", orgWords("Wagner Group"), "Wagner Group")).toBe(true);
  });
  it("joins a team's nickname, with a number or after a city of two words, to its full name, never a company to its model", () => {
    const r = resolveActors([
      doc("nba1", "The Philadelphia 76ers fired their coach. The 76ers are 9-14.", [
        ["Philadelphia 76ers", "organization"],
        ["76ers", "organization"],
      ]),
      doc("nba2", "The 76ers named an interim coach.", [["76ers", "organization"]]),
      doc("nfl", "The San Francisco 49ers beat the St. Louis Rams. The 49ers led early; the Rams never scored.", [
        ["San Francisco 49ers", "organization"],
        ["St. Louis Rams", "organization"],
        ["49ers", "organization"],
        ["Rams", "organization"],
      ]),
      doc("chips", "Advanced Micro Devices cut prices. Devices sold out.", [
        ["Advanced Micro Devices", "organization"],
        ["Devices", "organization"],
      ]),
      doc("jets", "Airbus delivered the first Airbus A380. Airbus said more would follow.", [
        ["Airbus", "organization"],
        ["Airbus A380", "organization"],
        ["Airbus", "organization"],
      ]),
    ]);
    const of = (article: string, text: string) => r.mentions.find((m) => m.article === article && m.text === text)?.actor;
    expect(of("nba1", "76ers")).toBe("philadelphia-76ers");
    expect(of("nba2", "76ers")).toBe("philadelphia-76ers");
    expect(r.actors.find((a) => a.id === "philadelphia-76ers")?.aliases).toEqual(["76ers"]);
    expect(of("jets", "Airbus")).toBe("airbus");
    expect(of("nfl", "49ers")).toBe("san-francisco-49ers");
    expect(of("nfl", "Rams")).toBe("st-louis-rams");
    expect(of("chips", "Devices")).toBe("devices");
    expect(of("jets", "Airbus A380")).toBe("airbus-a380");
  });
  it("joins a company's short form that opens with a country to its full name, not a country and a generic head", () => {
    const r = resolveActors([
      doc("air", "China Eastern Airlines bought ten jets. The deal pleased China Eastern's board.", [
        ["China Eastern Airlines", "organization"],
        ["China Eastern", "organization"],
      ]),
      doc("army", "The U.S. Army Corps of Engineers built a levee. The U.S. Army sent troops.", [
        ["U.S. Army Corps of Engineers", "organization"],
        ["U.S. Army", "organization"],
      ]),
    ]);
    const of = (text: string) => r.mentions.find((m) => m.text === text)?.actor;
    expect(of("China Eastern")).toBe("china-eastern-airlines");
    expect(r.actors.find((a) => a.id === "china-eastern-airlines")?.aliases).toEqual(["China Eastern"]);
    expect(of("U.S. Army")).not.toBe(of("U.S. Army Corps of Engineers"));
    const seal = "U.S. State Department Seal";
    expect(standsFor(orgWords("U.S. State Department"), "U.S. State Department", orgWords(seal), seal)).toBe(false);
    expect(
      standsFor(
        orgWords("U.S. Government"),
        "U.S. Government",
        orgWords("U.S. Government Accountability Office"),
        "U.S. Government Accountability Office",
      ),
    ).toBe(false);
  });
  it("never takes a list of names as a long form, nor a generic head alone as a short one", () => {
    expect(standsFor(["turkey"], "Turkey", orgWords("Turkey, Lebanon, Egypt"), "Turkey, Lebanon, Egypt")).toBe(false);
    expect(standsFor(["institute"], "Institute", orgWords("Danish Meteorological Institute"), "Danish Meteorological Institute")).toBe(
      false,
    );
    expect(standsFor(["exchange"], "Exchange", orgWords("U.S. Exchange"), "U.S. Exchange")).toBe(false);
    // a legal form after a comma is still one name
    expect(standsFor(["velaro"], "Velaro", orgWords("Velaro Motor, Inc."), "Velaro Motor, Inc.")).toBe(true);
  });
  it("joins an institution's known short form to its full name where the folder writes it, never to another name of its words", () => {
    const r = resolveActors([
      doc("rates1", "The Federal Reserve raised interest rates on Wednesday. The Fed said inflation remained too high for comfort.", [
        ["Federal Reserve", "organization"],
        ["Fed", "organization"],
      ]),
      doc("rates2", "Markets fell after the Fed raised interest rates, citing inflation that remained high.", [["Fed", "organization"]]),
      doc("bank", "The Federal Savings Bank closed a branch. The Fed was not involved.", [
        ["Federal Savings Bank", "organization"],
        ["Fed", "organization"],
      ]),
    ]);
    const of = (article: string, text: string) => r.mentions.find((m) => m.article === article && m.text === text)?.actor;
    expect(of("rates1", "Fed")).toBe("federal-reserve");
    expect(of("rates2", "Fed")).toBe("federal-reserve");
    expect(r.actors.find((a) => a.id === "federal-reserve")?.aliases).toEqual(["Fed"]);
    // a name opening with the short form's words that is none of the institution's names is no long form of it
    expect(of("bank", "Fed")).not.toBe(of("bank", "Federal Savings Bank"));
    // without the institution's name in the folder, the short form is no other name's
    const alone = resolveActors([
      doc("bank", "The Federal Savings Bank closed a branch. The Fed was not involved.", [
        ["Federal Savings Bank", "organization"],
        ["Fed", "organization"],
      ]),
      doc("parcel", "Federal Express raised its prices. The Fed did not comment on parcels.", [
        ["Federal Express", "organization"],
        ["Fed", "organization"],
      ]),
    ]);
    expect(alone.actors.map((a) => [a.id, a.aliases]).sort()).toEqual([
      ["fed", []],
      ["federal-express", []],
      ["federal-savings-bank", []],
    ]);
    expect(standsFor(["fed"], "Fed", orgWords("Federal Reserve System"), "Federal Reserve System")).toBe(true);
    expect(standsFor(["fed"], "Fed", orgWords("Federal Reserve Board"), "Federal Reserve Board")).toBe(true);
    expect(standsFor(["fed"], "Fed", orgWords("Federal Express"), "Federal Express")).toBe(false);
  });
  it("never joins a name to a thing named after it: an administration, a campaign, papers, a doctrine, a person's foundation", () => {
    const r = resolveActors([
      doc(
        "policy",
        "The Obama administration defended the deal. Obama said it was fair. The Bush campaign replied that Bush would not agree.",
        [
          ["Obama administration", "organization"],
          ["Obama", "person"],
          ["Bush campaign", "organization"],
          ["Bush", "person"],
        ],
      ),
      doc("leak", "The Pentagon declined to comment. The Pentagon Papers were published in 1971.", [
        ["Pentagon", "organization"],
        ["Pentagon Papers", "organization"],
      ]),
      doc("cold", "The Truman Doctrine shaped policy. Truman spoke to Congress.", [
        ["Truman Doctrine", "organization"],
        ["Truman", "person"],
      ]),
      doc("gift", "The Ford Foundation gave a grant. Ford said he was proud of it.", [
        ["Ford Foundation", "organization"],
        ["Ford", "person"],
      ]),
      doc("merc", "The Wagner group sent fighters. Wagner denied it.", [
        ["Wagner group", "organization"],
        ["Wagner", "organization"],
      ]),
    ]);
    const of = (text: string) => r.mentions.find((m) => m.text === text)?.actor;
    expect(of("Obama")).toBe("obama");
    expect(of("Obama administration")).toBe("obama-administration");
    expect(of("Bush")).toBe("bush");
    expect(of("Pentagon")).toBe("pentagon");
    expect(r.actors.find((a) => a.id === "pentagon-papers")?.aliases).toEqual([]);
    expect(of("Truman")).not.toBe(of("Truman Doctrine"));
    expect(of("Ford")).not.toBe(of("Ford Foundation"));
    // an organization's generic head written small is still its name: "Wagner" is "the Wagner group"
    expect(of("Wagner")).toBe(of("Wagner group"));
    expect(r.actors.find((a) => a.id === "wagner-group")?.aliases).toEqual(["Wagner"]);
  });
});
