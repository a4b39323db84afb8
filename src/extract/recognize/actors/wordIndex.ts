// Where each word of a document stands, built once per document (the passes ask about the same
// document's words over and over): word → positions in reading order, each a sentence number and
// a word index packed in one number (positionOf unpacks it). Pure.

const INDEXES = new WeakMap<readonly string[][], Map<string, number[]>>();
/** Room for a sentence's word indexes in a packed position. */
const SPAN = 1 << 20;

/** The sentence number and word index of a packed position. */
export const positionOf = (packed: number): [number, number] => [Math.floor(packed / SPAN), packed % SPAN];

/** The packed positions of `word` in the document. */
export function positionsOf(doc: readonly string[][], word: string): readonly number[] {
  let index = INDEXES.get(doc);
  if (!index) {
    index = new Map();
    for (let s = 0; s < doc.length; s++) {
      const words = doc[s];
      for (let i = 0; i < words.length; i++) {
        const list = index.get(words[i]);
        if (list) list.push(s * SPAN + i);
        else index.set(words[i], [s * SPAN + i]);
      }
    }
    INDEXES.set(doc, index);
  }
  return index.get(word) ?? [];
}
