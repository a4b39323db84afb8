// The actors and mention rows of the resolved clusters: each cluster's type by vote, its name (a
// country's code, a person's most common full name, an organization's full form), a unique id
// and its aliases. Pure.
import type { ActorRow, ActorType, MentionRow } from "../../types.js";
import { foldName } from "../countryNames.js";
import { ORG_WORDS } from "../../recognize/actors/gazetteer.js";
import { GENERIC_ORG_HEADS, orgWords, standsFor, withLegalForm } from "../shortForms.js";
import { sha256 } from "../../util/hash.js";
import { TITLE_WORDS, isSurnameAlone, personTokens, type Item } from "./items.js";

export function slugify(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "actor"
  );
}

/**
 * The value written most often (`counts`: each value's count, in the order first written), ties
 * broken by `tieBreak`, then by which was written first: the first of a stable sort of the values
 * written by count and `tieBreak`, found in one pass.
 */
function mostCommon<T>(counts: ReadonlyMap<T, number>, tieBreak: (a: T, b: T) => number): T {
  let best: T | undefined;
  let bestCount = -1;
  for (const [value, count] of counts)
    if (count > bestCount || (count === bestCount && tieBreak(value, best!) < 0)) {
      best = value;
      bestCount = count;
    }
  return best!;
}

/**
 * What the cluster's mentions write, each as `as` makes it (left out where it makes nothing), with
 * how many mentions write it, in the order first written (`bySurface`: each surface's count, in the
 * order first written): a cluster of thousands of mentions has a few dozen surfaces, each made once.
 */
function writtenAs(bySurface: ReadonlyMap<string, number>, as: (surface: string) => string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const [surface, count] of bySurface) {
    const value = as(surface);
    if (value !== undefined) out.set(value, (out.get(value) ?? 0) + count);
  }
  return out;
}

const longerFirst = (a: string, b: string) => b.length - a.length;

/** An item's type: the one a join in its article gave it, else the recognizer's. */
const typeOf = (i: Item): ActorType => i.typedAs ?? i.mention.type;

/** Whether an organization's word or legal form ends the name ("United Nations", "Daimler AG"). */
const endsAsOrganization = (surface: string) => withLegalForm(surface) || ORG_WORDS.has(foldName(surface).split(" ").pop() ?? "");

/**
 * The type of a tie between `tied`: an organization when a name of the cluster ends as one ("Daimler
 * AG" read as a place too), else the type of the mention named first (article id, then offset), which
 * carries its article's context ("in St. Louis"). Measured on the ties of MEANTIME, AQUAINT and the
 * story fixtures (all organization against place): right on 6 of 7, where organization on every tie was on 4.
 */
function breakTie(cluster: Item[], tied: ReadonlySet<ActorType>): ActorType {
  const among = cluster.filter((i) => tied.has(typeOf(i)));
  if (tied.has("organization") && among.some((i) => endsAsOrganization(i.surface))) return "organization";
  return typeOf(firstNamed(among));
}

/** What a cluster's mentions say of its type and name, gathered in one pass over them (clusterSummary). */
interface ClusterSummary {
  items: Item[];
  /** Each surface's count, in the order first written. */
  surfaces: Map<string, number>;
  /** Each type's vote, in the order first voted; a full name ("Victoria Nuland") weighs 3. */
  votes: Map<ActorType, number>;
  /** The first mention with a country code. */
  country?: string;
}

/** Whether a person's mention is a full name (weighs 3 in the type's vote), per surface of one cluster. */
function fullNameTest(): (surface: string) => boolean {
  const full = new Map<string, boolean>();
  return (surface) => {
    let is = full.get(surface);
    if (is === undefined) full.set(surface, (is = personTokens(surface).length > 1));
    return is;
  };
}

/** A cluster's summary, in one pass (clusterRows gathers it along with the rows). */
function clusterSummary(cluster: Item[]): ClusterSummary {
  const summary = emptySummary(cluster);
  const isFull = fullNameTest();
  for (const i of cluster) addToSummary(summary, i, isFull);
  return summary;
}

/** A cluster's summary before any of its mentions is added. */
const emptySummary = (cluster: Item[]): ClusterSummary => ({ items: cluster, surfaces: new Map(), votes: new Map() });

/** Adds a mention to its cluster's summary. */
function addToSummary(summary: ClusterSummary, i: Item, isFull: (surface: string) => boolean): void {
  const { surfaces, votes } = summary;
  surfaces.set(i.surface, (surfaces.get(i.surface) ?? 0) + 1);
  const type = typeOf(i);
  votes.set(type, (votes.get(type) ?? 0) + (type === "person" && isFull(i.surface) ? 3 : 1));
  if (i.country && summary.country === undefined) summary.country = i.country;
}

/** The cluster's type by vote, a tie broken by breakTie; a full name ("Victoria Nuland") outweighs a bare surname. */
export const voteType = (cluster: Item[]): ActorType => votedType(clusterSummary(cluster));

function votedType({ items, votes }: ClusterSummary): ActorType {
  const best = Math.max(...votes.values());
  const tied = new Set([...votes].filter(([, n]) => n === best).map(([type]) => type));
  return tied.size === 1 ? [...tied][0] : breakTie(items, tied);
}

/** A person's name as written, without leading titles ("President Mohamed Bazoum" → "Mohamed Bazoum"). */
function displayName(surface: string): string {
  const words = surface.split(/\s+/);
  while (words.length > 1 && TITLE_WORDS.has(words[0].toLowerCase().replace(/\.$/, ""))) words.shift();
  return words.join(" ");
}

/** Whether a person's name tokens are a full name: no surname alone, with its particle or its generation ("Del Negro", "Ford Jr."). */
const isFullName = (tokens: readonly string[]) => !isSurnameAlone(tokens);

/**
 * A person's name: the most common full name of the cluster (the longest on a tie), else its first
 * mention; a name read with words before it ("NATO Secretary General Javier Solana") counts for
 * the full name it ends with.
 */
export const personName = (cluster: Item[]): string => summaryPersonName(clusterSummary(cluster));

function summaryPersonName({ items: cluster, surfaces }: ClusterSummary): string {
  const full = writtenAs(surfaces, (surface) => (isFullName(personTokens(surface)) ? displayName(surface) : undefined));
  for (const [name, count] of [...full]) {
    const inside = [...full.keys()].find((other) => other !== name && other.includes(" ") && name.endsWith(` ${other}`));
    if (inside === undefined) continue;
    full.set(inside, full.get(inside)! + count);
    full.delete(name);
  }
  return full.size ? mostCommon(full, longerFirst) : displayName(cluster[0].surface);
}

/**
 * An organization's or place's name: the most common full form ("Northrop Grumman", not
 * "Northrop"), a group by its full name ("Wagner Group"), a region rather than its adjective.
 */
export const otherName = (cluster: Item[], type: ActorType): string => summaryOtherName(clusterSummary(cluster), type);

function summaryOtherName(summary: ClusterSummary, type: ActorType): string {
  const surfaces = writtenAs(summary.surfaces, (surface) => surface.replace(/^the\s+/i, ""));
  // a short form ("Colts", "Northrop") names the actor only when no longer form of it is in the cluster
  const distinct = [...surfaces.keys()];
  const words = new Map(distinct.map((x) => [x, orgWords(x)]));
  // ...unless it is also written with its legal form ("Chrysler" and "Chrysler LLC" beside the model "Chrysler Aspen")
  const keyOf = new Map(distinct.map((x) => [x, words.get(x)!.join(" ")]));
  const withLegalForm = (x: string) => distinct.some((y) => y.length > x.length && keyOf.get(y) === keyOf.get(x));
  const shortForm = (x: string) =>
    x !== x.toUpperCase() && distinct.some((y) => y !== x && standsFor(words.get(x)!, x, words.get(y)!, y)) && !withLegalForm(x);
  const fullForms = new Map([...surfaces].filter(([x]) => !shortForm(x)));
  let name = mostCommon(fullForms.size ? fullForms : surfaces, longerFirst);
  // "Wagner" is short for "Wagner Group": name the group by its full name
  const full = distinct.find(
    (s) =>
      s.toLowerCase().startsWith(`${name.toLowerCase()} `) &&
      GENERIC_ORG_HEADS.has(s.split(" ").pop()!.toLowerCase()) &&
      s.split(" ").length === 2,
  );
  if (full && !name.includes(" ")) name = full.replace(/ (\p{Ll})/u, (_, c: string) => ` ${c.toUpperCase()}`);
  // a region rather than its adjective ("West Africa", not "West African"; "Europe", not "European")
  if (type === "place" && name.endsWith("an")) name = [name.slice(0, -1), name.slice(0, -2)].find((region) => surfaces.has(region)) ?? name;
  return name;
}

/** The type and name of a cluster: a country by its code, else by vote. */
export const typeAndName = (cluster: Item[]): { type: ActorType; name: string } => summaryTypeAndName(clusterSummary(cluster));

function summaryTypeAndName(summary: ClusterSummary): { type: ActorType; name: string } {
  if (summary.country) return { type: "place", name: summary.country };
  const type = votedType(summary);
  return { type, name: type === "person" ? summaryPersonName(summary) : summaryOtherName(summary, type) };
}

/** Whether x is named before y (article id, then offset). */
const namedBefore = (x: Item, y: Item) => x.article < y.article || (x.article === y.article && x.mention.start < y.mention.start);

/** Where a cluster is first named: its first mention by article id, then offset. */
const firstNamed = (cluster: Item[]): Item => cluster.reduce((a, b) => (namedBefore(b, a) ? b : a));

/**
 * Ids unique in the folder, from what each cluster is, not where it is first named: of the clusters
 * sharing a slug, the one whose name sorts first (code points; of equal names, the one named first:
 * article id, then offset) takes it bare; any other the slug and a short hash of its name, or, where
 * another cluster of the slug has the same name, of where it is first named; never a rank ("-2",
 * "-3") nor a size. An added or deleted article then renames only actors whose name it changes or
 * that it makes or ends, not those it merely names first ("Haider Al Abadi" and "Haider al-Abadi"
 * keep their ids when the article first naming one goes), nor same-named ones whose sizes it
 * reorders, so the pages of the others keep their data and links. `named`: each cluster's slug,
 * name and first mention.
 */
function uniqueIds(named: Map<Item[], { slug: string; name: string; first: Item }>): (cluster: Item[]) => string {
  type Named = { name: string; first: Item };
  const before = (x: Named, y: Named) => x.name < y.name || (x.name === y.name && namedBefore(x.first, y.first));
  const owner = new Map<string, Named>(); // per slug, the cluster whose name sorts first
  const bearers = new Map<string, number>(); // per slug and name, how many clusters bear it
  for (const { slug, name, first } of named.values()) {
    const held = owner.get(slug);
    if (!held || before({ name, first }, held)) owner.set(slug, { name, first });
    const key = `${slug}\0${name}`;
    bearers.set(key, (bearers.get(key) ?? 0) + 1);
  }
  const used = new Set<string>();
  const take = (id: string) => (used.add(id), id);
  return (cluster) => {
    const { slug, name, first } = named.get(cluster)!;
    // a slug is taken bare only by its owner, and no hashed id takes a slug some cluster owns
    if (owner.get(slug)!.first === first) return take(slug);
    const own = bearers.get(`${slug}\0${name}`) === 1 ? name : `${first.article}\0${first.mention.start}`;
    const digest = sha256(own);
    for (let length = 4; length <= digest.length; length++) {
      const id = `${slug}-${digest.slice(0, length)}`;
      if (!used.has(id) && !owner.has(id)) return take(id);
    }
    let n = 2;
    while (used.has(`${slug}-${digest}-${n}`)) n++;
    return take(`${slug}-${digest}-${n}`);
  };
}

/** A cluster as one pass over its mentions gathers it: its summary, where it is first named, its aliases, roles and articles. */
interface GatheredCluster {
  summary: ClusterSummary;
  first: Item;
  written: Set<string>;
  roles: Set<string>;
  articles: Set<string>;
}

/**
 * One pass over a cluster's mentions: its summary, first mention, aliases (its name among them,
 * taken out later), roles and articles (in the order written). A surface is made an alias once, an
 * article added once per run of its mentions.
 */
function gather(cluster: Item[]): GatheredCluster {
  const summary = emptySummary(cluster);
  const isFull = fullNameTest();
  const written = new Set<string>();
  const roles = new Set<string>();
  const articles = new Set<string>();
  const bare = new Set<string>(); // surfaces whose form without "the" is written: the cluster writes few of them
  let first = cluster[0];
  let article: string | undefined;
  for (const i of cluster) {
    addToSummary(summary, i, isFull);
    if (namedBefore(i, first)) first = i;
    // a nickname mention ("The Chin") is its nickname, else the surface without "the"
    if (i.nickname) written.add(i.nickname);
    if ((!i.nickname || foldName(i.surface) !== foldName(i.nickname)) && !bare.has(i.surface)) {
      bare.add(i.surface);
      written.add(i.surface.replace(/^the\s+/i, ""));
    }
    if (i.mention.role) roles.add(i.mention.role);
    if (i.article !== article) articles.add((article = i.article));
  }
  return { summary, first, written, roles, articles };
}

/**
 * A gathered cluster's actor row; its mention rows added to their articles' in `mentionsOf` (in
 * the clusters' order), each article's looked up once per run of its mentions.
 */
function clusterRow(
  cluster: GatheredCluster,
  { id, name, type }: Pick<ActorRow, "id" | "name" | "type">,
  mentionsOf: Map<string, MentionRow[]>,
): ActorRow {
  let article: string | undefined;
  let rows: MentionRow[] = [];
  for (const i of cluster.summary.items) {
    if (i.article !== article) {
      article = i.article;
      const known = mentionsOf.get(article);
      if (known) rows = known;
      else mentionsOf.set(article, (rows = []));
    }
    rows.push({ actor: id, article: i.article, start: i.mention.start, end: i.mention.end, text: i.mention.text });
  }
  const { written, roles, articles } = cluster;
  written.delete(name);
  const mentionCount = cluster.summary.items.length;
  return { id, name, type, aliases: [...written].sort(), articles: [...articles], roles: [...roles], mentionCount };
}

/** Actor rows of the clusters (largest first) with unique ids, and their mention rows by article and offset. */
export function actorRows(clusters: Item[][]): { actors: ActorRow[]; mentions: MentionRow[] } {
  const mentionsOf = new Map<string, MentionRow[]>(); // article → its mention rows, in the clusters' order
  const ordered = [...clusters].sort((a, b) => b.length - a.length || a[0].surface.localeCompare(b[0].surface));
  const gathered = ordered.map(gather);
  const typed = gathered.map((g) => summaryTypeAndName(g.summary));
  const uniqueId = uniqueIds(
    new Map(ordered.map((c, k) => [c, { slug: slugify(typed[k].name), name: typed[k].name, first: gathered[k].first }])),
  );
  const actors = ordered.map((cluster, k) => clusterRow(gathered[k], { ...typed[k], id: uniqueId(cluster) }, mentionsOf));
  return { actors, mentions: byArticleAndOffset(mentionsOf) };
}

/**
 * Mention rows by article, then offset, rows at one offset in the order given (as a stable sort of
 * them all): the articles sorted, then each article's rows (`byArticle`), a few dozen, not the
 * folder's hundreds of thousands compared by article.
 */
function byArticleAndOffset(byArticle: ReadonlyMap<string, MentionRow[]>): MentionRow[] {
  const articles = [...byArticle.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return articles.flatMap((article) => byArticle.get(article)!.sort((a, b) => a.start - b.start));
}
