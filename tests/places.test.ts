import { describe, expect, it } from "vitest";
import { placesOf } from "../src/extract/resolve/places.js";
import { gazetteerOf, shippedGazetteer, type GazetteerEntry } from "../src/extract/resolve/gazetteer.js";
import type { ActorRow } from "../src/extract/types.js";

const place = (id: string, name: string, mentionCount = 1, aliases: string[] = []): ActorRow => ({
  id,
  name,
  type: "place",
  aliases,
  articles: ["a"],
  mentionCount,
});

describe("places: place actors in the shipped gazetteer", () => {
  const rows = placesOf(
    [
      place("niger", "Niger", 50),
      place("niamey", "Niamey"),
      place("agadez", "Agadez", 2),
      place("west-africa", "West Africa", 3),
      place("zarqovia", "Zarqovia"),
    ],
    shippedGazetteer(),
  );
  const byId = Object.fromEntries(rows.map((r) => [r.actor, r]));

  it("puts a country at its centre with its ISO codes", () => {
    expect(byId.niger).toMatchObject({ kind: "country", country: "NE", numeric: "562", lat: 16, lon: 8 });
  });

  it("puts a town that is also its region's name at the town", () => {
    expect(byId.niamey).toMatchObject({ kind: "city", country: "NE" });
    expect(byId.niamey.lat).toBeCloseTo(13.51, 1);
    expect(byId.niamey.lon).toBeCloseTo(2.11, 1);
    expect(byId.agadez).toMatchObject({ kind: "city", country: "NE" });
  });

  it("knows the world regions by the names news uses", () => {
    expect(byId["west-africa"]).toMatchObject({ kind: "region", matched: "Western Africa", country: null });
  });

  it("gives a world region that spans countries no country, whatever country the briefing names", () => {
    const [, sahel] = placesOf([place("burkina-faso", "Burkina Faso", 20), place("sahel", "Sahel", 3)], shippedGazetteer());
    expect(sahel).toMatchObject({ kind: "region", matched: "Sahel", country: null });
    const [balkans] = placesOf([place("balkans", "the Balkans")], shippedGazetteer());
    expect(balkans).toMatchObject({ kind: "region", country: null });
    expect(balkans.lat).toBeGreaterThan(40);
  });

  it("puts a former name at today's country and a dissolved state under its former code", () => {
    const rows = placesOf(
      [place("turkey", "Turkey"), place("zaire", "Zaire"), place("yugoslavia", "Yugoslavia"), place("ussr", "USSR")],
      shippedGazetteer(),
    );
    expect(rows.map((r) => [r.actor, r.kind, r.country])).toEqual([
      ["turkey", "country", "TR"],
      ["zaire", "country", "CD"],
      ["yugoslavia", "country", "YU"],
      ["ussr", "country", "SU"],
    ]);
    expect(rows[0].numeric).toBe("792");
    expect(rows[2].numeric).toBeNull();
  });

  it("reads a capital named by the first part of its name as the capital, not a larger namesake town", () => {
    const [, washington] = placesOf([place("united-states", "United States", 30), place("washington", "Washington")], shippedGazetteer());
    expect(washington).toMatchObject({ kind: "city", country: "US", matched: "Washington, D.C." });
    expect(washington.lat).toBeCloseTo(38.9, 1);
    expect(washington.lon).toBeCloseTo(-77.04, 1);
  });

  it("lists a place it does not hold, with no coordinates and the reason", () => {
    expect(byId.zarqovia).toMatchObject({ lat: null, lon: null, kind: null, missing: "not in the gazetteer" });
  });

  it("settles a name two countries share by the countries the briefing names", () => {
    const entries: GazetteerEntry[] = [
      { name: "Springfield", aliases: [], kind: "city", country: "US", lat: 39.8, lon: -89.6, population: 110000 },
      { name: "Springfield", aliases: [], kind: "city", country: "AU", lat: -27.7, lon: 152.9, population: 20000 },
      { name: "Australia", aliases: [], kind: "country", country: "AU", lat: -27, lon: 133, population: 0 },
    ];
    const [, town] = placesOf([place("australia", "Australia", 9), place("springfield", "Springfield")], gazetteerOf(entries));
    expect(town).toMatchObject({ country: "AU", lat: -27.7 });
    const [alone] = placesOf([place("springfield", "Springfield")], gazetteerOf(entries));
    expect(alone).toMatchObject({ country: "US" });
  });

  it("drops the word region or province to find the place", () => {
    const [row] = placesOf([place("tillaberi", "Tillabéri region")], shippedGazetteer());
    expect(row).toMatchObject({ country: "NE" });
  });
});
