// Scores the engine's actors against cross-document entity chains (../shared/corpora/meantime-en/README.md):
// gold entities of classes PER, ORG, LOC; gold mentions that hold a capital letter and are not
// pronouns; a gold mention is found when a predicted mention of the same article overlaps it, and
// then carries that mention's actor id. Mention recall, and the B-cubed precision, recall and F1 of
// the found mentions grouped by actor against their grouping by gold entity: within each topic
// (each topic's mentions scored apart) and over the whole folder (where a join across topics costs
// precision). Pure: documents and predictions in, numbers out.
import type { CorefDocument, CorefMention } from "./meantime.js";

export const SCORED_CLASSES = new Set(["PER", "ORG", "LOC"]);
const PRONOUNS = new Set(
  "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs this that these those who whom which what itself himself herself themselves ourselves".split(
    " ",
  ),
);

export interface PredictedActorMention {
  start: number;
  end: number;
  actor: string;
}

/** One gold mention that counts, and the actor of the predicted mention that found it (null when missed). */
export interface ScoredMention {
  doc: string;
  topic: string;
  gold: CorefMention;
  actor: string | null;
  /** Whether the predicted mention that found it has its extent (a leading article or a possessive aside), not a part of it. */
  sameExtent?: boolean;
}

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  mentions: number;
}

export interface CorefScore {
  goldMentions: number;
  found: number;
  recall: number;
  /** Each topic's found mentions scored apart, pooled (each mention weighs the same). */
  withinTopics: BCubed;
  byTopic: Array<{ topic: string; score: BCubed }>;
  /** All found mentions scored together: an actor that joins topics loses precision here. */
  folder: BCubed;
  /** Actors that join different gold entities of different topics: wrong joins across topics. */
  actorsAcrossTopics: string[];
  /** Found mentions of those actors. */
  joinsAcrossTopics: number;
}

/** Whether a gold mention is scored: an entity of a scored class, a capital letter, not a pronoun. */
export function countsForCoref(m: CorefMention): boolean {
  return SCORED_CLASSES.has(m.entityClass) && /\p{Lu}/u.test(m.text) && !PRONOUNS.has(m.text.trim().toLowerCase());
}

/** The gold mentions of a document that count, each with the actor of the predicted mention overlapping it most. */
export function matchMentions(doc: CorefDocument, predicted: PredictedActorMention[]): ScoredMention[] {
  const seen = new Set<string>();
  const out: ScoredMention[] = [];
  for (const gold of doc.mentions) {
    if (!countsForCoref(gold)) continue;
    const key = `${gold.start}:${gold.end}:${gold.entity}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let best: PredictedActorMention | null = null;
    let bestOverlap = 0;
    for (const p of predicted) {
      const overlap = Math.min(p.end, gold.end) - Math.max(p.start, gold.start);
      // the longest overlap; of equal ones the later, the head of a name phrase ("Boeing's rival Airbus")
      if (overlap > 0 && overlap >= bestOverlap) [best, bestOverlap] = [p, overlap];
    }
    out.push({
      doc: doc.id,
      topic: doc.topic,
      gold,
      actor: best?.actor ?? null,
      sameExtent: best ? sameExtent(doc.text, gold, best) : false,
    });
  }
  return out;
}

/** Whether a predicted span covers a gold mention as written, but for a leading article and a possessive ("the U.S.", "Apple's"). */
function sameExtent(text: string, gold: CorefMention, p: PredictedActorMention): boolean {
  const trim = (s: string) =>
    s
      .replace(/^(?:the|a|an)\s+/i, "")
      .replace(/\s*[’']\s*s$/i, "")
      .trim();
  return trim(text.slice(p.start, p.end)) === trim(gold.text);
}

/** B-cubed of the found mentions' grouping by actor against their grouping by gold entity. */
export function bCubed(found: Array<{ entity: string; actor: string }>): BCubed {
  const byActor = new Map<string, number>();
  const byEntity = new Map<string, number>();
  const byBoth = new Map<string, number>();
  for (const m of found) {
    byActor.set(m.actor, (byActor.get(m.actor) ?? 0) + 1);
    byEntity.set(m.entity, (byEntity.get(m.entity) ?? 0) + 1);
    const both = `${m.actor}\u0000${m.entity}`;
    byBoth.set(both, (byBoth.get(both) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (const m of found) {
    const both = byBoth.get(`${m.actor}\u0000${m.entity}`)!;
    p += both / byActor.get(m.actor)!;
    r += both / byEntity.get(m.entity)!;
  }
  const n = found.length;
  const precision = n ? p / n : 0;
  const recall = n ? r / n : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, mentions: n };
}

export function scoreCoref(scored: ScoredMention[]): CorefScore {
  const found = scored.filter((m): m is ScoredMention & { actor: string } => m.actor !== null);
  const pairs = (list: typeof found) => list.map((m) => ({ entity: m.gold.entity, actor: m.actor }));
  const topics = [...new Set(scored.map((m) => m.topic))].sort();
  const byTopic = topics.map((topic) => ({ topic, score: bCubed(pairs(found.filter((m) => m.topic === topic))) }));
  const total = byTopic.reduce((n, t) => n + t.score.mentions, 0);
  const pooled = (k: "precision" | "recall") => (total ? byTopic.reduce((s, t) => s + t.score[k] * t.score.mentions, 0) / total : 0);
  const wp = pooled("precision");
  const wr = pooled("recall");
  // an actor in several topics is right when it is one entity annotated across them ("the United States")
  const ofActor = new Map<string, Array<{ topic: string; entity: string }>>();
  for (const m of found) (ofActor.get(m.actor) ?? ofActor.set(m.actor, []).get(m.actor)!).push({ topic: m.topic, entity: m.gold.entity });
  const across = [...ofActor.entries()]
    .filter(([, list]) => list.some((a) => list.some((b) => a.topic !== b.topic && a.entity !== b.entity)))
    .map(([actor]) => actor)
    .sort();
  const acrossSet = new Set(across);
  return {
    goldMentions: scored.length,
    found: found.length,
    recall: scored.length ? found.length / scored.length : 0,
    withinTopics: { precision: wp, recall: wr, f1: wp + wr ? (2 * wp * wr) / (wp + wr) : 0, mentions: total },
    byTopic,
    folder: bCubed(pairs(found)),
    joinsAcrossTopics: found.filter((m) => acrossSet.has(m.actor)).length,
    actorsAcrossTopics: across,
  };
}

// A second view, closer to the words ("a named entity the engine found in several texts"):
// the measure above scores every gold mention with a capital letter, descriptions too ("US
// automaker", "Apple CEO", "the Prime Minister of Singapore"), which a name's actor cannot hold
// and which the overlap match gives to the place or company named inside them. This view keeps
// only name mentions (every word a capitalized name word or a particle, no role word, no comma)
// of entities named so in two texts or more. Approximate: the corpus does not mark names apart.

/** Role and description words: a mention holding one describes its entity rather than names it. */
const DESCRIPTION_WORDS = new Set(
  `ceo c.e.o. cfo coo officer executive executives chief president minister secretary chairman chairwoman director
  analyst spokesman spokeswoman founder co-founder manager official officials government governments authorities
  users employees staff board administration leader head`.split(/\s+/),
);
const PARTICLES = new Set("of the and & de du la von van der for 's ’s - .".split(" "));

/** Whether a gold mention is a name ("Ford Motor Co.", "the U.S.", "Apple's"), not a description ("Apple CEO", "US automaker"). */
export function isNameMention(m: CorefMention): boolean {
  if (/[,()]/.test(m.text)) return false;
  const words = m.text
    .replace(/^(?:the|a|an)\s+/i, "")
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length) return false;
  return words.every((w) => !DESCRIPTION_WORDS.has(w.toLowerCase()) && (/^[\p{Lu}\p{N}]/u.test(w) || PARTICLES.has(w.toLowerCase())));
}

/** The scored mentions of the second view: name mentions of entities named in two or more texts. */
export function namedInSeveralTexts(scored: ScoredMention[]): ScoredMention[] {
  const names = scored.filter((m) => isNameMention(m.gold));
  const docsOf = new Map<string, Set<string>>();
  for (const m of names) (docsOf.get(m.gold.entity) ?? docsOf.set(m.gold.entity, new Set()).get(m.gold.entity)!).add(m.doc);
  return names.filter((m) => docsOf.get(m.gold.entity)!.size >= 2);
}
