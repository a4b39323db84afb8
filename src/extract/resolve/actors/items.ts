// What the actor resolver works on: one item per mention, with the key that exact-matches within
// its kind (country:NE, person:mohamed bazoum, organization:ecowas), and the name helpers the
// passes share (a person's name tokens, acronyms defined in the text). Pure.
import type { ActorMention } from "../../types.js";
import { countryOf, foldName } from "../countryNames.js";
import { REGIONS, TITLE_WORDS as RECOGNIZER_TITLE_WORDS } from "../../recognize/actors/gazetteer.js";
import { orgKeyOf } from "../shortForms.js";
import { boundedMemo } from "../../util/memo.js";

export interface ArticleMentions {
  article: string;
  text: string;
  mentions: ActorMention[];
}

/**
 * Words that may precede a person's name without being part of it: the tagger's titles, without their dots, "former",
 * "late", "vice", and roles no given name is ("Chief Executive Rory Read", "the Rev. Louis Gigante", "coach Maurice Cheeks").
 */
export const TITLE_WORDS = new Set(
  [...RECOGNIZER_TITLE_WORDS]
    .map((w) => w.replace(/\.$/, ""))
    .concat(["vice", "former", "late", "executive", "rev", "reverend", "manager", "coach", "actress", "actor"]),
);

/** Name tokens of a person mention without titles, possessives and initials' dots. */
export const personTokens: (surface: string) => readonly string[] = boundedMemo(computePersonTokens);

/** Name tokens of a person mention, made (personTokens keeps them: every pass asks for the same few thousand names). */
function computePersonTokens(surface: string): string[] {
  const tokens = surface
    .replace(/[’']s$/i, "")
    .split(/\s+/)
    .map((t) => t.replace(/[.,]/g, ""))
    .filter(Boolean);
  while (tokens.length > 1 && TITLE_WORDS.has(tokens[0].toLowerCase())) tokens.shift();
  return withArticlesJoined(tokens.map((t) => t.toLowerCase()));
}

/** An Arabic article written apart before a surname, past a given name ("Haider Al Abadi", "Abdel Fattah el Sisi"). */
const ARTICLE_APART = new Set(["al", "el"]);

/**
 * Name tokens with an article written apart joined to the surname after it, as it is more often written ("haider al
 * abadi" → "haider al-abadi"): one person, however a source spells the article. A first token is a given name ("Al Gore").
 */
function withArticlesJoined(tokens: string[]): string[] {
  for (let i = tokens.length - 2; i >= 1; i--)
    if (ARTICLE_APART.has(tokens[i]) && /^\p{L}{2}/u.test(tokens[i + 1])) tokens.splice(i, 2, `${tokens[i]}-${tokens[i + 1]}`);
  return tokens;
}

/** An Arabic article before a surname ("al-Abadi", "el-Sisi"): the surname is also written without it. */
const SURNAME_ARTICLE = /^(?:al|el|ad|ash|as|at|ar|az|an)-(?=\p{L}{2})/u;

/** Particles a surname is written with ("bin Laden", "de Gaulle", "van Gogh"): a name of two tokens opening with one is a surname alone. */
const SURNAME_PARTICLES = new Set("bin ibn van von de da di del della der den du le la al el".split(" "));

/** Generational suffixes after a surname ("Ford Jr.", "Davis Love III"): no surname of their own. */
const GENERATION_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
const endsWithGeneration = (tokens: readonly string[]) => tokens.length > 1 && GENERATION_SUFFIXES.has(tokens[tokens.length - 1]);
/**
 * Whether a name of two tokens is a surname and its generation ("ford jr"); a name and a number is a
 * monarch's or pope's full name ("Elizabeth II").
 */
export const surnameWithGeneration = (tokens: readonly string[]) => tokens.length === 2 && (tokens[1] === "jr" || tokens[1] === "sr");

/**
 * The forms a full name's surname is written alone with: itself, without its article and with it apart ("al-abadi",
 * "abadi", "al abadi"), with its particle ("bin laden"); a surname with its generational suffix ("ford jr"), never without it: "Ford" alone is as often
 * the family's company.
 */
export function surnameForms(tokens: readonly string[]): string[] {
  if (endsWithGeneration(tokens) && tokens.length > 2) {
    const forms = surnameForms(tokens.slice(0, -1));
    return forms.map((form) => `${form} ${tokens[tokens.length - 1]}`);
  }
  const last = tokens[tokens.length - 1];
  const forms = [last];
  const bare = last.replace(SURNAME_ARTICLE, "");
  if (bare !== last) forms.push(bare, `${last.slice(0, last.length - bare.length - 1)} ${bare}`);
  if (tokens.length > 2 && SURNAME_PARTICLES.has(tokens[tokens.length - 2])) forms.push(`${tokens[tokens.length - 2]} ${last}`);
  return forms;
}

/** Whether a person's name tokens are a surname alone: one token, a particle and a surname ("bin laden"), a surname and its generation ("ford jr", not "elizabeth ii"). */
export const isSurnameAlone = (tokens: readonly string[]): boolean =>
  tokens.length === 1 || (tokens.length === 2 && SURNAME_PARTICLES.has(tokens[0])) || surnameWithGeneration(tokens);

/** A mention's text without a possessive and with single spaces. */
export function cleanSurface(surface: string): string {
  return surface
    .replace(/[’']s$/i, "")
    .replace(/\s+/g, " ")
    .trim();
}

export interface Item {
  article: string;
  mention: ActorMention;
  surface: string;
  /** The key that exact-matches within its kind. */
  key: string;
  kind: "country" | "person" | "organization" | "place";
  country?: string;
  /** Joined to a full form written in its own article. */
  local?: boolean;
  /** The type a join inside its article gave it, over the tagger's ("Chrysler" read as a person beside "Chrysler LLC"). */
  typedAs?: ActorMention["type"];
  /** A nickname written in quotes inside the name (`Vincent "The Chin" Gigante`), or the nickname a bare mention is. */
  nickname?: string;
}

/** A quoted nickname inside a person's name: `Vincent "The Chin" Gigante` → "Vincent Gigante" and "The Chin". */
const QUOTED_NICKNAME = /\s*["“‘]([^"“”‘’]+)["”’]\s*/u;

/** A person mention's name without its quoted nickname ("Magic Johnson" when only a surname is left), and the nickname. */
export function withoutNickname(surface: string): { surface: string; nickname?: string } {
  const m = QUOTED_NICKNAME.exec(surface);
  if (!m) return { surface };
  const rest = cleanSurface(surface.replace(QUOTED_NICKNAME, " "));
  const nickname = m[1].trim();
  return { surface: personTokens(rest).length > 1 ? rest : cleanSurface(`${nickname} ${rest}`), nickname };
}

const REGION_NAMES = new Set(REGIONS.map((r) => foldName(r)));

/** The item of one mention: a country by its code, a person by name tokens, an organization by its folded name. */
export function classify(article: string, mention: ActorMention): Item {
  const surface = cleanSurface(mention.text);
  const country = mention.country ?? (mention.type !== "person" ? countryOf(surface) : undefined);
  if (country) return { article, mention, surface, key: `country:${country}`, kind: "country", country };
  // a region is a place whatever the tagger read ("Central Asia" as a person would take every "Asia" for its surname)
  if (REGION_NAMES.has(foldName(surface)))
    return { article, mention, surface, key: `place:${foldName(surface)}`, kind: "place", typedAs: "place" };
  if (mention.type === "person") {
    const named = withoutNickname(surface);
    const item: Item = { article, mention, surface: named.surface, key: `person:${personTokens(named.surface).join(" ")}`, kind: "person" };
    if (named.nickname) item.nickname = named.nickname;
    return item;
  }
  if (mention.type === "organization") return { article, mention, surface, key: `organization:${orgKeyOf(surface)}`, kind: "organization" };
  return { article, mention, surface, key: `${mention.type}:${foldName(surface)}`, kind: mention.type };
}

/**
 * classify, with what it makes of a mention's text, type and country kept: a folder writes the
 * same few names thousands of times. Each call still returns an item of its own (passes rewrite keys).
 */
export function classifier(): (article: string, mention: ActorMention) => Item {
  const made = new Map<string, Omit<Item, "article" | "mention">>();
  return (article, mention) => {
    const written = `${mention.type}\0${mention.country ?? ""}\0${mention.text}`;
    let fields = made.get(written);
    if (!fields) {
      const { article: _article, mention: _mention, ...rest } = classify(article, mention);
      made.set(written, (fields = rest));
    }
    return { article, mention, ...fields };
  };
}

/**
 * Where an article's headline in title case ends ("Intel Unveils New Chips"): its first line, when a line follows, it
 * is short, has no full stop at its end and most of its longer words are capitalized; -1 when the text opens with
 * running text or a headline in sentence case ("Northrop Grumman wins the tanker deal"), whose names are as written.
 */
export function headlineEnd(text: string): number {
  const end = text.indexOf("\n");
  if (end < 0 || end > 160) return -1;
  const line = text.slice(0, end);
  if (/[.!?]["”’]?\s*$/.test(line)) return -1;
  const words = line.split(/\s+/).filter((w) => /^\p{L}{4}/u.test(w));
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length && capitalized * 4 >= words.length * 3 ? end : -1;
}

/** The words of an organization key ("organization:economic community of …"). */
export const orgKeyWords = (key: string) => key.slice("organization:".length).split(" ");

/**
 * Acronym definitions written in the text: "Economic Community of West African States (ECOWAS)" → [long, short], folded;
 * only where the name's initials can spell the acronym (initialsSpell), not a dateline's agency ("PHILADELPHIA (AP)").
 */
export function definedAcronyms(doc: ArticleMentions): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const m of doc.mentions) {
    if (!parenthesisFollows(doc.text, m.end)) continue;
    const after = doc.text.slice(m.end, m.end + 16);
    const def = /^\s*\(([A-Z][A-Za-z0-9.&-]{1,12})\)/.exec(after);
    if (def && m.type !== "person" && initialsSpell(m.text, def[1])) pairs.push([foldName(m.text), foldName(def[1])]);
  }
  return pairs;
}

/**
 * Whether "(" follows `at` after white space only, within the 16 characters definedAcronyms reads:
 * the test before its pattern, which most mentions fail at their first character.
 */
function parenthesisFollows(text: string, at: number): boolean {
  for (let k = at; k < at + 16 && k < text.length; k++) {
    const c = text[k];
    if (c === "(") return true;
    if (!/\s/.test(c)) return false;
  }
  return false;
}

/** News agencies a dateline credits ("PHILADELPHIA (AP)"): never an acronym the name before them defines. */
const DATELINE_CREDITS = new Set(["AP", "AFP", "UPI", "Reuters", "CNN", "BBC", "DPA", "ANSA", "EFE", "Xinhua", "IANS", "PTI"]);

/**
 * Whether a name's words' initials may spell an acronym: more than half of its capitals are among them ("EADS" of
 * "European Aeronautic Defence and Space Company" and of "Aeronautic Defence & Space NV", a name read without its
 * first word; "PKK" of "Kurdistan Workers' Party", an acronym of the name in another language), or half with its
 * first capital in a name not written in capitals ("DJIA" of "Dow Jones", a name read short); never a dateline's
 * agency ("PHILADELPHIA (AP)", "Los Angeles (Reuters)").
 */
export function initialsSpell(name: string, acronym: string): boolean {
  if (DATELINE_CREDITS.has(acronym)) return false;
  const pool = name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase());
  const capitals = [...acronym].filter((c) => /\p{Lu}/u.test(c));
  if (!capitals.length) return false;
  const firstIn = pool.includes(capitals[0]);
  let spelled = 0;
  for (const c of capitals) {
    const at = pool.indexOf(c);
    if (at < 0) continue;
    pool.splice(at, 1);
    spelled++;
  }
  return spelled * 2 > capitals.length || (spelled * 2 === capitals.length && firstIn && /\p{Ll}/u.test(name));
}
