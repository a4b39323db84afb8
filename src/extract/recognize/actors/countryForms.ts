// Country names news writes that the `world-countries` package does not hold. A country that goes
// on under a new name keeps its ISO 3166-1 code, so its former names and the short form news still
// uses are read as today's country ("Zaire" → DR Congo, CD; "Turkey" → Türkiye, TR), as ISO 3166-3
// maps them. A state since dissolved into several (Yugoslavia, the Soviet Union) has no today's
// country: it is a country of its own, under its name and the ISO 3166-1 code it had (YU, SU),
// placed at the mean of its successors' centres. Pure data.

/** Other names of a country that exists today (short forms, former names) → its common name in world-countries. */
export const OTHER_COUNTRY_NAMES: ReadonlyArray<readonly [string, string]> = [
  ["Turkey", "Türkiye"],
  ["Bosnia", "Bosnia and Herzegovina"],
  ["Zaire", "DR Congo"],
  ["Republic of Zaire", "DR Congo"],
  ["Ceylon", "Sri Lanka"],
  ["Persia", "Iran"],
  ["Siam", "Thailand"],
  ["Dahomey", "Benin"],
  ["Upper Volta", "Burkina Faso"],
  ["Kampuchea", "Cambodia"],
  ["Byelorussia", "Belarus"],
  ["Belorussia", "Belarus"],
  ["Kirghizia", "Kyrgyzstan"],
  ["Rhodesia", "Zimbabwe"],
  ["West Germany", "Germany"],
];

/** Demonyms of those names and short forms → the common name (their plurals are added with an "s"). */
export const OTHER_DEMONYMS: ReadonlyArray<readonly [string, string]> = [
  ["Turk", "Türkiye"],
  ["Bosnian", "Bosnia and Herzegovina"],
  ["Zairean", "DR Congo"],
  ["Zairian", "DR Congo"],
  ["West German", "Germany"],
  // adjectives and nouns of nationality world-countries leaves out ("Philippine President Joseph Estrada", "a Dane")
  ["Philippine", "Philippines"],
  ["Icelandic", "Iceland"],
  ["Lao", "Laos"],
  ["Dane", "Denmark"],
  ["Swede", "Sweden"],
  ["Spaniard", "Spain"],
  ["Kyrgyz", "Kyrgyzstan"],
  ["Kazakh", "Kazakhstan"],
  ["Uzbek", "Uzbekistan"],
  ["Tajik", "Tajikistan"],
  ["Azeri", "Azerbaijan"],
  ["Nepali", "Nepal"],
  ["Byelorussian", "Belarus"],
  ["Luxembourgish", "Luxembourg"],
  ["Somalian", "Somalia"],
];

export interface DissolvedState {
  /** Its common English name, the name it is known by here. */
  name: string;
  aliases: readonly string[];
  /** Its demonyms (their plurals are added with an "s"). */
  demonyms: readonly string[];
  /** The ISO 3166-1 alpha-2 code it had (ISO 3166-3 keeps it among the formerly used codes). */
  code: string;
  /** ISO 3166-1 alpha-2 codes of the countries it split into. */
  successors: readonly string[];
}

export const DISSOLVED_STATES: readonly DissolvedState[] = [
  {
    name: "Yugoslavia",
    aliases: ["Federal Republic of Yugoslavia", "Socialist Federal Republic of Yugoslavia"],
    demonyms: ["Yugoslav", "Yugoslavian"],
    code: "YU",
    successors: ["RS", "ME", "HR", "BA", "SI", "MK", "XK"],
  },
  {
    name: "Soviet Union",
    aliases: ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
    demonyms: ["Soviet"],
    code: "SU",
    successors: ["RU", "UA", "BY", "MD", "EE", "LV", "LT", "GE", "AM", "AZ", "KZ", "UZ", "TM", "KG", "TJ"],
  },
  {
    name: "Czechoslovakia",
    aliases: [],
    demonyms: ["Czechoslovak", "Czechoslovakian"],
    code: "CS",
    successors: ["CZ", "SK"],
  },
  {
    name: "East Germany",
    aliases: ["German Democratic Republic"],
    demonyms: ["East German"],
    code: "DD",
    successors: ["DE"],
  },
];
