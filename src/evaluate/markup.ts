// Reads hand-labelled text written with inline marks, "[[Pavel Durov|P]] founded [[Telegram|O]]",
// into a gold document in the re3d shape (P/O/L/N → Person/Organisation/Location/Nationality),
// so it can be scored like re3d. Pure: marked-up text in, document out.
import type { GoldDocument, GoldEntity } from "./re3d.js";

const TYPES: Record<string, string> = { P: "Person", O: "Organisation", L: "Location", N: "Nationality" };

/** Parses marked-up text; throws naming `id` when a mark is malformed or its type unknown. */
export function parseMarkup(marked: string, id: string, source = id): GoldDocument {
  const entities: GoldEntity[] = [];
  let text = "";
  let last = 0;
  const re = /\[\[([^\]|]+)\|([A-Z])\]\]/g;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    const type = TYPES[m[2]];
    if (!type) throw new Error(`${id}: unknown type "${m[2]}" in mark "${m[0]}" (use P, O, L or N)`);
    text += marked.slice(last, m.index);
    entities.push({ begin: text.length, end: text.length + m[1].length, type, value: m[1] });
    text += m[1];
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  if (/\[\[|\]\]/.test(text)) throw new Error(`${id}: a "[[" or "]]" is left unmatched`);
  return { id, source, title: id, text, entities };
}
