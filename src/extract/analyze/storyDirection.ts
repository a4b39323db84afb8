// Which way an article's lead says something moved, for the stories table when no date tells two events of
// one kind apart: "the bank cut its key rate" and "the bank raised its key rate" share the bank, its
// governor and every word but one, yet report two decisions; so do "stocks plunged" and "stocks soared"
// (two market days). An article's direction is read from its lead, the first sentence of its opening
// (storyOpening.ts's first): up when it says something rose (raised, hiked, increased, rose, jumped,
// soared, surged) and nothing fell, down when it says something fell (cut, lowered, reduced, fell,
// dropped, decreased, slashed, plunged, tumbled) and nothing rose; neither when it says both or neither
// ("rates rose as stocks fell" says no one direction). A word that says nothing moved ("raised concerns",
// "rose to power", "fell ill", "dropped the charges", "cut ties") counts for neither. Two articles whose
// leads go opposite ways report different events: their link is weakened to OPPOSED (stories.ts). Pure.

/** The factor of a link between two articles whose leads go opposite ways. */
export const OPPOSED = 0.3;

const UP =
  /\b(?:rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose|jump(?:s|ed|ing)?|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing))\b/gi;
const DOWN =
  /\b(?:cut(?:s|ting)?|lower(?:s|ed|ing)|reduc(?:e|es|ed|ing|tion)|fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?|decreas(?:e|es|ed|ing)|slash(?:es|ed|ing)?|plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing))\b/gi;

/**
 * What a direction word says nothing moved when followed by: "raised concerns", "rose to power",
 * "fell ill", "dropped the charges", "cut ties".
 */
const NOT_A_MOVE =
  /^\s+(?:the\s+|its\s+|their\s+)?(?:concerns?|questions?|fears?|doubts?|alarm|hopes?|objections?|issues?|money|funds|flags?|ill|silent|asleep|charges?|bids?|case|out|off|ties|short|(?:to|into)\s+(?:power|prominence|fame))\b/i;

/** Whether a direction word (a global regex) is written in `text` as a move of something. */
function moves(words: RegExp, text: string): boolean {
  words.lastIndex = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) if (!NOT_A_MOVE.test(text.slice(m.index + m[0].length))) return true;
  return false;
}

/** A sentence's direction: 1 up, -1 down, 0 neither or both. */
export function direction(text: string): -1 | 0 | 1 {
  const up = moves(UP, text);
  const down = moves(DOWN, text);
  return up === down ? 0 : up ? 1 : -1;
}

/** How far two articles' lead directions allow them to be one story: OPPOSED when they go opposite ways, else 1. */
export function directionFactor(a: number, b: number): number {
  return a * b < 0 ? OPPOSED : 1;
}
