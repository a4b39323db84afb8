// Writes a figure row the way news text does: "$16 trillion", "€5 million", "40%",
// "about 1,000 troops", "at least 300 people", "18,000 km²", "15–20%", "5,000-strong force".
// Pure, no dependencies: the site's data loaders and pages can call it on any figure row.
//
// - amounts of a million or more are written with their scale word when that loses nothing
//   ("1.6e13" → "16 trillion", "2300000000" → "2.3 billion"); other numbers with thousands
//   separators ("17,951,639", "1,110", "42.5");
// - money: "$", "€", "£", "¥" before the amount for USD, EUR, GBP, JPY; the currency's name after
//   it for other common ones ("300 million CFA francs"); the code before it otherwise ("KES 5 million");
// - a bound reads "at least" (min) or "up to" (max), an approximate figure "about"; a range is
//   written as one ("15–20%", "$5–10 million") and needs no "about";
// - a count is the amount and what is counted as written ("1,110 US troops"), else its unit;
// - a rate adds what it is for: "120 ringgit per day per athlete".

export interface FormattableFigure {
  value: number;
  unit: string;
  max?: number;
  counted?: string;
  approximate?: boolean;
  bound?: "min" | "max";
  per?: string;
}

const SCALES: Array<[number, string]> = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

const CURRENCY_SIGNS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥" };
const CURRENCY_NAMES: Record<string, string> = {
  XOF: "CFA francs",
  XAF: "CFA francs",
  CNY: "yuan",
  SYP: "Syrian pounds",
  EGP: "Egyptian pounds",
  LBP: "Lebanese pounds",
  SDG: "Sudanese pounds",
  IQD: "Iraqi dinars",
  JOD: "Jordanian dinars",
  MYR: "ringgit",
  IDR: "rupiah",
  THB: "baht",
  KWD: "Kuwaiti dinars",
  LYD: "Libyan dinars",
  SAR: "Saudi riyals",
  QAR: "Qatari riyals",
  IRR: "Iranian rials",
  YER: "Yemeni rials",
  TRY: "Turkish lira",
  RUB: "roubles",
  INR: "rupees",
  PKR: "Pakistani rupees",
  NGN: "naira",
  CHF: "Swiss francs",
  CAD: "Canadian dollars",
  AUD: "Australian dollars",
  NZD: "New Zealand dollars",
  HKD: "Hong Kong dollars",
  ILS: "shekels",
  UAH: "hryvnias",
  AFN: "afghanis",
  ZAR: "rand",
  KRW: "won",
};
/** Measurement units written as symbols, with how they are shown. */
const SYMBOLS: Record<string, string> = {
  km2: "km²",
  m2: "m²",
  mi2: "sq mi",
  ft2: "sq ft",
  m3: "m³",
  km: "km",
  m: "m",
  cm: "cm",
  mm: "mm",
  mi: "mi",
  nmi: "nmi",
  ft: "ft",
  yd: "yd",
  in: "in",
  ha: "ha",
  kg: "kg",
  g: "g",
  lb: "lb",
  L: "L",
  gal: "gal",
  MW: "MW",
  GW: "GW",
  kW: "kW",
  kWh: "kWh",
  MWh: "MWh",
  GWh: "GWh",
  "km/h": "km/h",
  mph: "mph",
};
const SINGULAR: Record<string, string> = { barrels: "barrel", tonnes: "tonne", acres: "acre", knots: "knot", times: "time" };

const trim = (n: number) => Math.round(n * 100) / 100;
const exact = (n: number) => Math.abs(trim(n) - n) <= Math.abs(n) * 1e-9;
// one formatter for every figure: toLocaleString with options builds a new one at each call
const GROUPED = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const grouped = (n: number) => GROUPED.format(n);

/** The scale a number is best written with ("16 trillion"), or null to write it in full. */
function scaleOf(value: number): [number, string] | null {
  for (const [size, word] of SCALES) if (Math.abs(value) >= size && exact(value / size)) return [size, word];
  return null;
}

/** A number as written in news: "16 trillion", "2.3 billion", "1,110", "42.5". */
export function formatAmount(value: number): string {
  const scale = scaleOf(value);
  return scale ? `${grouped(trim(value / scale[0]))} ${scale[1]}` : grouped(value);
}

/** "15–20", "5–10 million": a range sharing one scale word where it can. */
function formatRange(value: number, max: number | undefined): string {
  if (max === undefined || max === value) return formatAmount(value);
  const scale = scaleOf(max);
  if (scale && exact(value / scale[0])) return `${grouped(trim(value / scale[0]))}–${grouped(trim(max / scale[0]))} ${scale[1]}`;
  return `${formatAmount(value)}–${formatAmount(max)}`;
}

function qualifierOf(f: FormattableFigure): string {
  if (f.bound === "min") return "at least ";
  if (f.bound === "max") return "up to ";
  return f.approximate && (f.max === undefined || f.max === f.value) ? "about " : "";
}

/** How a unit reads after an amount: "km²", "barrels", "1 barrel". */
function unitAfter(unit: string, amount: number, max: number | undefined): string {
  if (SYMBOLS[unit]) return ` ${SYMBOLS[unit]}`;
  if (unit === "°C" || unit === "°F") return unit;
  return ` ${amount === 1 && max === undefined && SINGULAR[unit] ? SINGULAR[unit] : unit}`;
}

/** A figure written as people write it: "$16 trillion", "about 1,000 troops", "18,000 km²". */
export function formatFigure(f: FormattableFigure): string {
  const written = formatPlain(f);
  return f.per ? `${written} per ${f.per}` : written;
}

function formatPlain(f: FormattableFigure): string {
  const q = qualifierOf(f);
  const amount = formatRange(f.value, f.max);
  const { unit } = f;
  if (CURRENCY_SIGNS[unit]) return `${q}${CURRENCY_SIGNS[unit]}${amount}`;
  if (CURRENCY_NAMES[unit]) return `${q}${amount} ${CURRENCY_NAMES[unit]}`;
  if (/^[A-Z]{3}$/.test(unit)) return `${q}${unit} ${amount}`;
  if (unit === "percent") return `${q}${amount}%`;
  if (unit === "percentage points") return `${q}${amount} percentage ${f.value === 1 && f.max === undefined ? "point" : "points"}`;
  if (unit === "times" && f.max === undefined && (f.value === 1 || f.value === 2)) return `${q}${f.value === 1 ? "once" : "twice"}`;
  if (f.counted) return `${q}${amount}${f.counted.startsWith("-") ? "" : " "}${f.counted}`;
  return `${q}${amount}${unitAfter(unit, f.value, f.max)}`;
}
