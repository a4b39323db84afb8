// The actor model in a binary form that loads in a fraction of the time its JSON takes: every
// process and worker thread that extracts loads the model, and parsing 1.3 MB of JSON (15,000
// features, each a list of [tag, weight] pairs) and laying its weights out took most of that.
// The binary form holds the same model: a small JSON header (the tags, transitions, lexicons and
// the features' names, joined) and then every feature's scores as 64-bit floats, the very numbers
// the JSON parsed to (so the tagger's sums are the same to the last bit). Pure: bytes in, bytes out.
import { endianness } from "node:os";
import type { ActorModel, ActorModelJSON } from "./tagger.js";
import { buildLexicons, type LexiconsJSON } from "./lexicons.js";
import { byTemplate, flatWeights, fromFlat, type Perceptron } from "./perceptron.js";

/** The layout's name: change it whenever the layout below changes. */
export const BINARY_FORMAT = "actor-model-binary/1";

interface Header {
  format: typeof BINARY_FORMAT;
  /** The byte order the floats were written in (this machine's). */
  endian: "LE" | "BE";
  tags: string[];
  transitions: number[][];
  /** The features' names in the JSON's order, joined by NAME_SEPARATOR. */
  names: string;
  commonLower: string[];
  lexicons: LexiconsJSON;
}

const NAME_SEPARATOR = "\n";
const FLOAT = Float64Array.BYTES_PER_ELEMENT;

/** The usable model of a perceptron and the lexicons stored with it (the JSON and the binary form alike). */
export function assembleModel(perceptron: Perceptron, commonLower: string[], lexicons: LexiconsJSON): ActorModel {
  return { perceptron, templates: byTemplate(perceptron.weights), commonLower: new Set(commonLower), lexicons: buildLexicons(lexicons) };
}

/**
 * The binary form of a model's JSON (already checked: modelFromJSON); null when a feature's name
 * holds the separator the names are joined by (the model then loads from its JSON).
 */
export function encodeModel(json: ActorModelJSON): Uint8Array | null {
  const { names, values } = flatWeights(json.perceptron);
  if (names.some((name) => name.includes(NAME_SEPARATOR))) return null;
  const header: Header = {
    format: BINARY_FORMAT,
    endian: endianness(),
    tags: json.perceptron.tags,
    transitions: json.perceptron.transitions,
    names: names.join(NAME_SEPARATOR),
    commonLower: json.commonLower,
    lexicons: json.lexicons,
  };
  const head = new TextEncoder().encode(JSON.stringify(header));
  // the floats start at a multiple of 8 (4 bytes of header length, the header, padding)
  const at = Math.ceil((4 + head.length) / FLOAT) * FLOAT;
  const out = new Uint8Array(at + values.byteLength);
  new DataView(out.buffer).setUint32(0, head.length, true);
  out.set(head, 4);
  out.set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength), at);
  return out;
}

/** The header of a binary form, or null when it is not one of this layout and byte order. */
function headerOf(bytes: Uint8Array): { header: Header; at: number } | null {
  if (bytes.length < 4) return null;
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  if (4 + length > bytes.length) return null;
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length)));
  } catch {
    return null;
  }
  if (header?.format !== BINARY_FORMAT || header.endian !== endianness() || !Array.isArray(header.tags)) return null;
  if (typeof header.names !== "string" || !Array.isArray(header.transitions) || !Array.isArray(header.commonLower)) return null;
  if (!Array.isArray(header.lexicons?.places) || !Array.isArray(header.lexicons.givenNames) || !Array.isArray(header.lexicons.commonWords))
    return null;
  return { header, at: Math.ceil((4 + length) / FLOAT) * FLOAT };
}

/** The model of a binary form (encodeModel), or null when the bytes are not a whole one of this layout. */
export function decodeModel(bytes: Uint8Array): ActorModel | null {
  const found = headerOf(bytes);
  if (!found) return null;
  const { header, at } = found;
  const names = header.names ? header.names.split(NAME_SEPARATOR) : [];
  if (bytes.length - at !== names.length * header.tags.length * FLOAT) return null;
  // a copy: the floats of a Float64Array must start at a multiple of 8 in their buffer
  const values = new Float64Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + bytes.length));
  const perceptron = fromFlat(header.tags, header.transitions, { names, values });
  return assembleModel(perceptron, header.commonLower, header.lexicons);
}
