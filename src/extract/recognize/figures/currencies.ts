// Money: which currency a figure is in, as an ISO 4217 code. Three ways news text names it:
// - a symbol, code or wire abbreviation before the number: "$", "US$", "A$", "€", "£", "¥", "₹",
//   "USD 5 million", and as newswires write them: "dlrs 300,000", "RM50,000", "Rs 45 crore", "Rp 5,000";
// - a code after it: "5 million USD";
// - a currency word after it, with or without a nationality: "5 million euros", "300 million Syrian
//   pounds", "2 billion CFA francs". A nationality is looked up in the ISO 4217 list (the
//   `currency-codes` package): "Syrian pounds" → "Syrian Pound" → SYP.
// A bare word with one usual meaning gets it ("dollars" → USD, "pounds" → GBP, "yen" → JPY); a bare
// word shared by many countries ("dinars", "francs", "pesos") has no code and keeps the word as its
// unit ("dinars"): the text does not say which.
import currencyCodes from "currency-codes";
import pluralize from "pluralize";

/** Currency symbols written before a number. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: "USD",
  us$: "USD",
  "u.s.$": "USD",
  a$: "AUD",
  au$: "AUD",
  c$: "CAD",
  ca$: "CAD",
  can$: "CAD",
  hk$: "HKD",
  nz$: "NZD",
  s$: "SGD",
  nt$: "TWD",
  r$: "BRL",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₹": "INR",
  "₽": "RUB",
  "₺": "TRY",
  "₦": "NGN",
  "₩": "KRW",
  "₪": "ILS",
  "₴": "UAH",
  // wire abbreviations written before the number
  dlr: "USD",
  "dlr.": "USD",
  dlrs: "USD",
  "dlrs.": "USD",
  rm: "MYR",
  rs: "INR",
  "rs.": "INR",
  rp: "IDR",
  "rp.": "IDR",
  dh: "AED",
  dhs: "AED",
  ksh: "KES",
  "ksh.": "KES",
  tk: "BDT",
  "tk.": "BDT",
};

/**
 * ISO codes recognized when written next to a number ("USD 5 million", "5bn EUR"). A short list of
 * currencies common in international news: all 179 codes would read headings like "TOP 10" or
 * "ALL 3" as money (TOP and ALL are codes too).
 */
export const CURRENCY_CODES = new Set(
  "USD EUR GBP JPY CNY CHF CAD AUD NZD HKD SGD INR PKR AFN IRR IQD SYP LBP JOD EGP SAR AED QAR KWD BHD OMR YER ILS TRY RUB UAH NGN XOF XAF ZAR KES ETB SDG SSP LYD DZD MAD TND BRL MXN KRW SEK NOK DKK PLN MYR IDR THB VND BDT LKR NPR HUF CZK KZT GHS".split(
    " ",
  ),
);

/**
 * Wire abbreviations before a number: "dlrs 300,000" (a space), "RM50,000" (glued or spaced), "Rs 45
 * crore", "Rp 5,000", "Dhs 20", "KSh 100", "Tk 50". Case as the wire writes it ("RM", not "rm":
 * "rm 5" is no money), and never inside a word (the figure pattern checks what stands before).
 */
const WIRE_PREFIX_SOURCE = `(?:[Dd]lrs?\\.?(?=\\s?\\d)|RM(?=\\s?\\d)|Rs\\.?(?=\\s?\\d)|Rp\\.?(?=\\s?\\d)|Dhs?(?=\\s?\\d)|K[Ss]h\\.?(?=\\s?\\d)|Tk\\.?(?=\\s?\\d))`;

/** Regex source for a currency symbol before a number ("$", "US$", "€"). */
export const CURRENCY_PREFIX_SOURCE = `(?:(?:U\\.S\\.|US|AU|CA|Can|HK|NZ|NT|A|C|S|R)\\$|\\$|€|£|¥|₹|₽|₺|₦|₩|₪|₴|${WIRE_PREFIX_SOURCE})`;
/** An ISO code in capitals right before a number ("USD 5 million"): group 1 is the code. */
export const CODE_BEFORE = new RegExp(`(?:^|[^\\w])(${[...CURRENCY_CODES].join("|")})[ \\u00a0]?$`);

/** Currency words after a number (singular or plural). */
const HEAD_WORDS =
  "pounds\\s+sterling|dollars?|dlrs?|euros?|pounds?|sterling|dinars?|riyals?|rials?|liras?|lira|francs?|rupees?|shillings?|pesos?|dirhams?|yuan|yen|renminbi|rubles?|roubles?|naira|shekels?|hryvnias?|hryvnia|cedis?|birr|afghanis?|manats?|tenge|ringgit|rupiah|baht|zlotys?|zloty|kronor|krona|kroner|krone|forints?|kwacha|leones?|won|rand|reais|real";

/**
 * Regex source for a currency written in words after a number: an optional nationality of one or
 * two capitalized words (or "U.S.", "CFA"), then the currency word.
 */
export const CURRENCY_WORD_SOURCE = `(?:(?:U\\.S\\.|US|CFA|[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\s+)?(?:${HEAD_WORDS.split("|")
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
  .join("|")})`;

/** What a bare currency word means when it has one usual meaning. */
const BARE: Record<string, string> = {
  dollar: "USD",
  dlr: "USD",
  dlrs: "USD",
  euro: "EUR",
  pound: "GBP",
  sterling: "GBP",
  yen: "JPY",
  yuan: "CNY",
  renminbi: "CNY",
  ruble: "RUB",
  rouble: "RUB",
  rupee: "INR",
  naira: "NGN",
  shekel: "ILS",
  hryvnia: "UAH",
  lira: "TRY",
  riyal: "SAR",
  baht: "THB",
  ringgit: "MYR",
  rupiah: "IDR",
  zloty: "PLN",
  forint: "HUF",
  cedi: "GHS",
  birr: "ETB",
  afghani: "AFN",
  tenge: "KZT",
  kwacha: "ZMW",
  leone: "SLE",
  real: "BRL",
  reais: "BRL",
  rand: "ZAR",
  won: "KRW",
};
/** Words that are also ordinary English: a currency only with a nationality or a scale ("5 billion won"). */
const NEEDS_CONTEXT = new Set(["won", "rand", "real", "reais"]);
/** Phrases whose nationality does not name the currency's country. */
const PHRASES: Record<string, string> = {
  "us dollar": "USD",
  "u.s. dollar": "USD",
  "american dollar": "USD",
  "cfa franc": "XOF",
  "pound sterling": "GBP",
  "british pound": "GBP",
  "chinese yuan": "CNY",
  "japanese yen": "JPY",
};

const singular = (word: string) =>
  /^(?:reais|kronor|kroner|dlrs)$/.test(word) ? (word === "dlrs" ? "dlr" : word) : pluralize.singular(word);
const stem = (word: string) => word.toLowerCase().slice(0, 4);

/** The ISO code of "<Nationality> <currency word>" from the ISO 4217 list, or null. */
function isoByNationality(nationality: string, head: string): string | null {
  const headSingular = head === "riyal" ? "rial" : head;
  const first = stem(nationality);
  for (const entry of currencyCodes.data) {
    const words = entry.currency.toLowerCase().replace(/riyal/g, "rial").split(/\s+/);
    if (!words.includes(headSingular)) continue;
    if (words.some((w) => w !== headSingular && stem(w) === first)) return entry.code;
    if (entry.countries.some((c) => stem(c) === first)) return entry.code;
  }
  return null;
}

/** What the text around a bare "pounds" says: a weight ("of explosives", "weighs"), or an earlier pound currency. */
export interface PoundContext {
  weight?: boolean;
  poundCurrency?: string;
}

/** ISO codes of currencies called pounds ("Syrian pounds" → SYP), for a bare "pounds" after them. */
export const POUND_CURRENCIES = new Set(currencyCodes.data.filter((c) => /\bpound\b/i.test(c.currency)).map((c) => c.code));

/**
 * The currency named by a word phrase after a number ("euros", "Syrian pounds", "CFA francs"):
 * its ISO code, or the plural currency word when the word alone does not say which country
 * ("dinars"), or null when the phrase is not money here (`scaled`: a scale word came before it).
 */
export function currencyOfWords(phrase: string, scaled: boolean, context: PoundContext = {}): string | null {
  if (/\bsterling$/i.test(phrase.trim())) return "GBP";
  const words = phrase.trim().split(/\s+/);
  const head = singular(words[words.length - 1].toLowerCase());
  const nationality = /^[A-Z]/.test(words[0]) && words.length > 1 ? words.slice(0, -1).join(" ") : "";
  const key = `${nationality.toLowerCase()} ${head}`.trim();
  if (PHRASES[key]) return PHRASES[key];
  if (nationality) {
    const code = isoByNationality(nationality, head);
    if (code) return code;
  }
  if (NEEDS_CONTEXT.has(head) && !scaled && !nationality) return null;
  // "500 pounds of explosives", "weighs 200 pounds": weight; "15 pounds" of money takes the
  // article's pound currency named before it ("50 Syrian pounds, up from 15 pounds"), else sterling
  if (head === "pound" && !scaled && !nationality) return context.weight ? null : (context.poundCurrency ?? "GBP");
  return BARE[head] ?? pluralize.plural(head);
}

/** The ISO code of a symbol or code written before a number ("US$", "€", "USD"). */
export function currencyOfSymbol(symbol: string): string {
  const s = symbol.trim().replace(/\s+/g, "");
  if (CURRENCY_CODES.has(s)) return s;
  return CURRENCY_SYMBOLS[s.toLowerCase()] ?? s;
}

/** True when `unit` is an ISO 4217 code. */
export function isCurrencyCode(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit) && currencyCodes.code(unit) !== undefined;
}
