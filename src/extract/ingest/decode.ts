// Bytes → text. UTF-8 (BOM stripped) first; UTF-16 when a UTF-16 BOM says so; otherwise
// Windows-1252 (a superset of Latin-1's printable range). Binary content is refused with the kind
// of file it looks like. Line ends are normalized to LF: every offset downstream indexes that text.
import iconv from "iconv-lite";

export type Decoded = { ok: true; text: string; encoding: string; warning: string | null } | { ok: false; reason: string };

/** Known binary signatures, checked at the start of the file. */
const MAGIC: Array<{ bytes: number[]; offset?: number; kind: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: "PNG image" },
  { bytes: [0xff, 0xd8, 0xff], kind: "JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: "GIF image" },
  { bytes: [0x57, 0x45, 0x42, 0x50], offset: 8, kind: "WebP image" },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: "PDF document" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: "ZIP archive, e.g. .docx" },
  { bytes: [0x1f, 0x8b], kind: "gzip archive" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: "Microsoft Office document" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: "executable" },
  { bytes: [0x49, 0x44, 0x33], kind: "MP3 audio" },
];

/** The kind of binary file `bytes` looks like, or null when it may be text. */
export function detectBinary(bytes: Uint8Array): string | null {
  for (const m of MAGIC) {
    const at = m.offset ?? 0;
    if (bytes.length >= at + m.bytes.length && m.bytes.every((b, i) => bytes[at + i] === b)) return m.kind;
  }
  if (hasUtf16Bom(bytes)) return null;
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return "binary data";
    // C0 controls other than tab, LF, VT, FF, CR, and ESC (seen in some terminal logs), plus DEL.
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) return "binary data";
  return null;
}

function hasUtf16Bom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** CRLF and lone CR become LF. */
export function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Decodes a file's bytes. `declaredCharset` (from an HTML `<meta charset>`) is used when the bytes are
 * not valid UTF-8 and iconv-lite knows the charset.
 */
export function decodeBytes(bytes: Uint8Array, declaredCharset?: string | null): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  const binary = detectBinary(bytes);
  if (binary) return { ok: false, reason: `binary file (${binary}), not text` };
  let text: string;
  let encoding = "UTF-8";
  let warning: string | null = null;
  const utf16 = hasUtf16Bom(bytes);
  if (utf16) {
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), utf16, { stripBOM: true });
    encoding = utf16.toUpperCase();
    warning = `decoded as ${encoding} (byte-order mark)`;
  } else {
    try {
      text = utf8.decode(bytes); // strips a UTF-8 BOM
    } catch {
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const declared = declaredCharset?.trim().toLowerCase();
      if (declared && !/^utf-?8$/.test(declared) && iconv.encodingExists(declared)) {
        encoding = declared;
      } else {
        encoding = "windows-1252";
      }
      text = iconv.decode(buffer, encoding);
      warning = `not valid UTF-8; decoded as ${encoding === "windows-1252" ? "Windows-1252 (Latin-1)" : encoding}`;
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = normalizeLineEnds(text);
  if (text.trim() === "") return { ok: false, reason: bytes.length > 0 && text.length > 0 ? "empty file (only whitespace)" : "empty file" };
  return { ok: true, text, encoding, warning };
}
