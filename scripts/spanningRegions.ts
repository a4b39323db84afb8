// World regions news names that span several countries and are no UN region (those come from
// world-countries): the gazetteer holds them with no country, at the mean of their countries'
// centres, so "the Sahel" is not the Sahel region of Burkina Faso. Generic world knowledge, for
// scripts/gazetteer.ts.

export interface SpanningRegion {
  name: string;
  aliases: readonly string[];
  /** ISO 3166-1 alpha-2 codes of the countries it spans. */
  countries: readonly string[];
}

export const SPANNING_REGIONS: readonly SpanningRegion[] = [
  { name: "Sahel", aliases: [], countries: ["SN", "MR", "ML", "BF", "NE", "NG", "TD", "SD", "ER"] },
  { name: "Sahara", aliases: [], countries: ["EH", "MR", "ML", "NE", "TD", "DZ", "LY", "EG", "SD", "TN"] },
  { name: "Maghreb", aliases: [], countries: ["MA", "DZ", "TN", "LY", "MR"] },
  { name: "Horn of Africa", aliases: [], countries: ["ET", "ER", "DJ", "SO"] },
  { name: "Lake Chad", aliases: ["Lake Chad Basin"], countries: ["TD", "CM", "NE", "NG"] },
  {
    name: "Middle East",
    aliases: ["Near East"],
    countries: ["EG", "IL", "PS", "JO", "LB", "SY", "IQ", "IR", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "TR"],
  },
  { name: "Levant", aliases: [], countries: ["SY", "LB", "IL", "PS", "JO"] },
  { name: "Persian Gulf", aliases: [], countries: ["IR", "IQ", "KW", "SA", "BH", "QA", "AE", "OM"] },
  { name: "Arabian Peninsula", aliases: [], countries: ["SA", "YE", "OM", "AE", "QA", "BH", "KW"] },
  { name: "Balkans", aliases: [], countries: ["AL", "BA", "BG", "HR", "XK", "ME", "MK", "RS", "GR", "RO"] },
  { name: "Caucasus", aliases: [], countries: ["GE", "AM", "AZ", "RU"] },
  { name: "Scandinavia", aliases: [], countries: ["DK", "NO", "SE"] },
  {
    name: "Latin America",
    aliases: [],
    countries: ["MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "CO", "VE", "EC", "PE", "BO", "BR", "PY", "UY", "AR", "CL"],
  },
];
