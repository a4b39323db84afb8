// The outlet an article comes from, as a reader names it. Sources arrive as pages and front matter
// write them: a web address ("http://www.tmz.com"), a site name with its tagline ("Yahoo News - Latest
// News & Headlines"), a host name spelled as words ("Edition Cnn" for edition.cnn.com). Rules, in order:
// 1. a source or URL whose host is a well-known outlet's (or a sub-domain of it) is that outlet:
//    "edition.cnn.com" → "CNN", "graphics.reuters.com" → "Reuters";
// 2. a name is cut at its first separator (" - ", " | ", " — ", ": ") when what follows is a tagline
//    or a section ("Latest News & Headlines", "Celebrity", "Radio New Zealand News"): "VH1 News - Celebrity"
//    → "VH1 News"; a name matching a well-known outlet's name, in any case, is written as the outlet
//    writes it ("the hill" → "The Hill");
// 3. a name whose words spell a well-known outlet's host labels ("Edition Cnn") is that outlet;
// 4. any other web address is its host without "www." ("headlineplanet.com"); any other name stays.
// Pure.
import { hostOf } from "../ingest/html/naming.js";

/** Well-known news outlets: the host they publish on, their name, and other ways they are written. */
const KNOWN_OUTLETS: ReadonlyArray<{ host: string; name: string; aliases?: string[] }> = [
  { host: "finance.yahoo.com", name: "Yahoo Finance" },
  { host: "yahoo.com", name: "Yahoo News" },
  { host: "cnn.com", name: "CNN" },
  { host: "tmz.com", name: "TMZ" },
  { host: "reuters.com", name: "Reuters", aliases: ["Thomson Reuters"] },
  { host: "apnews.com", name: "Associated Press", aliases: ["The Associated Press", "AP", "AP News"] },
  { host: "afp.com", name: "AFP", aliases: ["Agence France-Presse", "Agence France Presse"] },
  { host: "bbc.co.uk", name: "BBC", aliases: ["BBC News"] },
  { host: "bbc.com", name: "BBC", aliases: ["BBC News"] },
  { host: "nytimes.com", name: "The New York Times", aliases: ["New York Times", "NYTimes"] },
  { host: "washingtonpost.com", name: "The Washington Post", aliases: ["Washington Post"] },
  { host: "wsj.com", name: "The Wall Street Journal", aliases: ["Wall Street Journal", "WSJ"] },
  { host: "theguardian.com", name: "The Guardian", aliases: ["Guardian"] },
  { host: "latimes.com", name: "Los Angeles Times", aliases: ["LA Times"] },
  { host: "usatoday.com", name: "USA Today" },
  { host: "aljazeera.com", name: "Al Jazeera", aliases: ["Al Jazeera English"] },
  { host: "foxnews.com", name: "Fox News" },
  { host: "nbcnews.com", name: "NBC News" },
  { host: "cbsnews.com", name: "CBS News" },
  { host: "abcnews.go.com", name: "ABC News" },
  { host: "npr.org", name: "NPR" },
  { host: "politico.com", name: "Politico" },
  { host: "thehill.com", name: "The Hill" },
  { host: "axios.com", name: "Axios" },
  { host: "bloomberg.com", name: "Bloomberg" },
  { host: "cnbc.com", name: "CNBC" },
  { host: "ft.com", name: "Financial Times" },
  { host: "economist.com", name: "The Economist" },
  { host: "businessinsider.com", name: "Business Insider" },
  { host: "theverge.com", name: "The Verge" },
  { host: "time.com", name: "Time" },
  { host: "newsweek.com", name: "Newsweek" },
  { host: "msn.com", name: "MSN" },
  { host: "independent.co.uk", name: "The Independent" },
  { host: "telegraph.co.uk", name: "The Telegraph" },
  { host: "dailymail.co.uk", name: "Daily Mail" },
  { host: "france24.com", name: "France 24" },
  { host: "dw.com", name: "DW", aliases: ["Deutsche Welle"] },
  { host: "rfi.fr", name: "RFI" },
  { host: "lemonde.fr", name: "Le Monde" },
  { host: "voanews.com", name: "VOA", aliases: ["Voice of America", "VOA News"] },
  { host: "africanews.com", name: "Africanews" },
  { host: "people.com", name: "People" },
  { host: "vh1.com", name: "VH1" },
];

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
/** A host's labels before its public suffix: "edition.cnn.com" → ["edition", "cnn"]; "bbc.co.uk" → ["bbc"]. */
const labelsOf = (host: string) => host.replace(/\.(?:co|com|org|net|gov|ac)\.[a-z]{2}$|\.[a-z]{2,}$/, "").split(".");

function knownByHost(host: string | null) {
  if (!host) return undefined;
  return KNOWN_OUTLETS.find((o) => host === o.host || host.endsWith(`.${o.host}`));
}

function knownByName(name: string) {
  const key = letters(name).replace(/^the/, "");
  if (!key) return undefined;
  return KNOWN_OUTLETS.find((o) => [o.name, ...(o.aliases ?? [])].some((n) => letters(n).replace(/^the/, "") === key));
}

/**
 * "Edition Cnn" → CNN: a name whose words are the labels of a known outlet's host (or of a
 * sub-domain of it), capitalized as a machine capitalizes a host ("Cnn", not "CNN"); "Daily Time"
 * is a name of its own.
 */
function knownBySpelledHost(name: string) {
  const words = name.trim().split(/[\s.]+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^[A-Za-z0-9-]+$/.test(w))) return undefined;
  return KNOWN_OUTLETS.find((o) => {
    const labels = labelsOf(o.host);
    const tail = words.slice(-labels.length);
    return tail.join(".").toLowerCase() === labels.join(".") && tail.join(" ") !== o.name;
  });
}

/** A source written as a web address: "http://www.tmz.com", "www.tmz.com", "tmz.com". */
function asHost(source: string): string | null {
  const s = source.trim();
  if (/^https?:\/\//i.test(s)) return hostOf(s);
  if (/^(?:www\d?\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?$/i.test(s)) return hostOf(`http://${s.replace(/\/$/, "")}`);
  return null;
}

/** Words of taglines and section names, which never name an outlet by themselves. */
const TAGLINE_WORDS = new Set(
  "latest breaking top news headlines headline home homepage world national local international online official site website " +
    "stories story today daily live updates update politics business sport sports entertainment celebrity celebrities tech technology " +
    "science health opinion video videos and the of for from in on & your all".split(" "),
);
const isTagline = (segment: string) => {
  const words = segment
    .toLowerCase()
    .split(/[^\p{L}\p{N}&]+/u)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => TAGLINE_WORDS.has(w));
};
const SEPARATOR = /\s+(?:-|–|—|\||::|:|·|•)\s+/;

/** A site name without its tagline: "Yahoo News - Latest News & Headlines" → "Yahoo News". */
function withoutTagline(name: string): string {
  const parts = name
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return name.trim();
  // the first part that is a name; what follows a name is its tagline, section or long form
  return parts.find((p) => !isTagline(p)) ?? parts[0];
}

/** The outlet of an article with this source and URL, or null when neither names one. */
export function outletName(source: string | null | undefined, url?: string | null): string | null {
  const raw = (source ?? "").replace(/\s+/g, " ").trim();
  const sourceHost = raw ? asHost(raw) : null;
  const urlHost = hostOf(url ?? null);
  // 1. a well-known outlet's web address
  const byHost = knownByHost(sourceHost) ?? (raw && !sourceHost ? undefined : knownByHost(urlHost));
  if (byHost) return byHost.name;
  if (sourceHost) return sourceHost;
  if (!raw || /^\(?(?:no source|unknown|n\/a|none)\)?$/i.test(raw)) return knownByHost(urlHost)?.name ?? urlHost;
  // 2. a name, without its tagline; a well-known outlet's name as it writes it
  const name = withoutTagline(raw);
  const known = knownByName(name) ?? knownByName(raw) ?? knownBySpelledHost(name);
  if (known) return known.name;
  // a site name the URL's well-known host names better ("Yahoo" on finance.yahoo.com)
  const byUrl = knownByHost(urlHost);
  if (byUrl && letters(byUrl.name).includes(letters(name))) return byUrl.name;
  return name;
}
