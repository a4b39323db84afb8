// Units of measurement after a number: "18,000 square kilometres", "7.5 km", "2,814 m", "300 sq mi",
// "5,000 tonnes", "1 million barrels", "45 °C". Each is normalized to one short unit name:
// lengths km, m, cm, mm, mi, nmi, ft, yd, in; areas km2, m2, mi2, ft2, ha, acres; masses kg, g,
// tonnes, lb; volumes L, m3, gal, barrels; power MW, GW, kW; energy kWh, MWh, GWh; speeds km/h,
// mph, knots; temperatures °C, °F. Words are matched in any case, symbols exactly ("MW", "m").
// `toBase` gives each unit's factor to a base unit of its dimension, so conflicts compare
// 18,000 km2 with 7,000 sq mi.

export interface Measure {
  unit: string;
  /** End offset of the unit in the text. */
  end: number;
}

const M = "met(?:re|er)s?";
// Ordered: longer phrases before their prefixes ("square kilometres" before "kilometres").
const WORD_UNITS: Array<[string, string]> = [
  [`square\\s+kilo${M}|sq\\.?\\s?kms?\\b`, "km2"],
  [`square\\s+miles?|sq\\.?\\s?mi(?:les?)?\\b`, "mi2"],
  [`square\\s+${M}`, "m2"],
  [`square\\s+f(?:ee|oo)t|sq\\.?\\s?ft\\b`, "ft2"],
  [`cubic\\s+${M}`, "m3"],
  [`kilo${M}\\s+(?:per|an|a)\\s+hour`, "km/h"],
  [`miles\\s+(?:per|an|a)\\s+hour`, "mph"],
  [`kilo${M}`, "km"],
  [`centi${M}`, "cm"],
  [`milli${M}`, "mm"],
  [`nautical\\s+miles?`, "nmi"],
  [`${M}`, "m"],
  [`miles?`, "mi"],
  [`feet|foot`, "ft"],
  [`yards?`, "yd"],
  [`inch(?:es)?`, "in"],
  [`hectares?`, "ha"],
  [`acres?`, "acres"],
  [`kilo(?:gram(?:me)?s?|s)`, "kg"],
  [`gram(?:me)?s?`, "g"],
  [`(?:metric\\s+)?(?:tonnes?|tons?)`, "tonnes"],
  [`pounds?|lbs?\\b`, "lb"],
  [`lit(?:re|er)s?`, "L"],
  [`gallons?`, "gal"],
  [`barrels?`, "barrels"],
  [`megawatts?`, "MW"],
  [`gigawatts?`, "GW"],
  [`kilowatts?`, "kW"],
  [`knots?`, "knots"],
  [`degrees?\\s+(?:celsius|centigrade)`, "°C"],
  [`degrees?\\s+fahrenheit`, "°F"],
];
const SYMBOL_UNITS: Array<[string, string]> = [
  ["km²|km2|sq\\.?\\s?km", "km2"],
  ["mi²|mi2", "mi2"],
  ["m²|m2", "m2"],
  ["m³|m3", "m3"],
  ["km/h|kph|kmh", "km/h"],
  ["mph", "mph"],
  ["km", "km"],
  ["cm", "cm"],
  ["mm", "mm"],
  ["m", "m"],
  ["mi", "mi"],
  ["ft", "ft"],
  ["kg", "kg"],
  ["ha", "ha"],
  ["bbl|bpd", "barrels"],
  ["kWh", "kWh"],
  ["MWh", "MWh"],
  ["GWh", "GWh"],
  ["MW", "MW"],
  ["GW", "GW"],
  ["kW", "kW"],
  ["°\\s?C|ºC", "°C"],
  ["°\\s?F|ºF", "°F"],
];

/** One regex per table: an alternation with a group per unit, so a number costs one match. */
const compile = (table: Array<[string, string]>, flags: string) => ({
  re: new RegExp(`^(?:${table.map(([source]) => `(${source})`).join("|")})(?![\\w²³])`, flags),
  units: table.map(([, unit]) => unit),
});
const WORDS = compile(WORD_UNITS, "i");
const SYMBOLS = compile(SYMBOL_UNITS, "");

function match(table: { re: RegExp; units: string[] }, text: string, at: number): Measure | null {
  const m = table.re.exec(text.slice(at, at + 32));
  if (!m) return null;
  const group = m.findIndex((g, i) => i > 0 && g !== undefined);
  return { unit: table.units[group - 1], end: at + m[0].length };
}

/** The unit of measurement right after offset `pos` ("18,000 square kilometres" → km2), or null. */
export function measureAfter(text: string, pos: number, hyphenated = false): Measure | null {
  let at = pos;
  if (!hyphenated && (text[at] === " " || text[at] === "\u00a0")) at++;
  if (!/[A-Za-z°º]/.test(text[at] ?? "")) return null;
  return (hyphenated ? null : match(SYMBOLS, text, at)) ?? match(WORDS, text, at);
}

/** The dimension of a unit and its factor to the dimension's base unit (metres, square metres, kg, litres, watts, watt-hours). */
const BASE: Record<string, [string, number]> = {
  km: ["length", 1000],
  m: ["length", 1],
  cm: ["length", 0.01],
  mm: ["length", 0.001],
  mi: ["length", 1609.344],
  nmi: ["length", 1852],
  ft: ["length", 0.3048],
  yd: ["length", 0.9144],
  in: ["length", 0.0254],
  km2: ["area", 1e6],
  m2: ["area", 1],
  mi2: ["area", 2589988.11],
  ft2: ["area", 0.09290304],
  ha: ["area", 1e4],
  acres: ["area", 4046.8564],
  kg: ["mass", 1],
  g: ["mass", 0.001],
  tonnes: ["mass", 1000],
  lb: ["mass", 0.45359237],
  L: ["volume", 1],
  m3: ["volume", 1000],
  gal: ["volume", 3.785411784],
  barrels: ["volume", 158.987294928],
  kW: ["power", 1e3],
  MW: ["power", 1e6],
  GW: ["power", 1e9],
  kWh: ["energy", 1e3],
  MWh: ["energy", 1e6],
  GWh: ["energy", 1e9],
  "km/h": ["speed", 1],
  mph: ["speed", 1.609344],
  knots: ["speed", 1.852],
};

/** A measure's dimension and value in the dimension's base unit, or null when `unit` is no measurement unit. */
export function toBase(unit: string, value: number): { dimension: string; value: number } | null {
  const base = BASE[unit];
  return base ? { dimension: base[0], value: value * base[1] } : null;
}

/** True when `unit` is one of the normalized measurement units above. */
export function isMeasureUnit(unit: string): boolean {
  return unit in BASE || unit === "°C" || unit === "°F";
}
