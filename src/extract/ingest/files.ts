// File names: which extensions are articles, and the id an article gets from its path.
import { createHash } from "node:crypto";

export const SUPPORTED_EXTENSIONS = [".txt", ".text", ".md", ".markdown", ".html", ".htm"] as const;
export type ArticleFormat = "txt" | "markdown" | "html";

/**
 * The lowercased extension of a path (".txt"), or "" when it has none. An all-digit "extension"
 * ("Niger 26.07.2023") is part of the name, not a type, so it counts as none.
 */
export function extensionOf(file: string): string {
  const base = file.split("/").pop() ?? file;
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return "";
  const ext = base.slice(dot).toLowerCase();
  if (/^\.\d+$/.test(ext) || /\s/.test(ext)) return "";
  return ext;
}

/** The format of a file by extension; files with no extension are sniffed as text. Null: unsupported. */
export function formatOf(file: string): ArticleFormat | null {
  const ext = extensionOf(file);
  if (ext === "" || ext === ".txt" || ext === ".text") return "txt";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  if (ext === ".html" || ext === ".htm") return "html";
  return null;
}

export function unsupportedReason(file: string): string {
  return `unsupported file type '${extensionOf(file)}' (supported: ${SUPPORTED_EXTENSIONS.join(", ")})`;
}

/**
 * A readable, URL-safe id from a relative path: lowercase [a-z0-9-_], extension dropped, folders
 * joined with "-": "003_fada45a71caf5c24.txt" → "003_fada45a71caf5c24", "Sahel/Niger Coup.md" →
 * "sahel-niger-coup". Names with no usable characters get "article-" and a hash of the path.
 */
export function articleId(file: string): string {
  const ext = extensionOf(file);
  const stem = ext ? file.slice(0, -ext.length) : file;
  const slug = stem
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "")
    .slice(0, 80)
    .replace(/[-_]+$/, "");
  return slug || `article-${shortHash(file, 8)}`;
}

export function shortHash(s: string, length: number): string {
  return createHash("sha1").update(s).digest("hex").slice(0, length);
}

/**
 * Ids for a sorted list of files, unique: when two paths slug alike ("a.txt", "a.md"), the first keeps
 * the slug and the others get "-" and six hex digits of the path's sha1.
 */
export function uniqueIds(files: string[]): string[] {
  const seen = new Set<string>();
  return files.map((file) => {
    let id = articleId(file);
    if (seen.has(id)) {
      id = `${id}-${shortHash(file, 6)}`;
      let n = 2;
      while (seen.has(id)) id = `${articleId(file)}-${shortHash(file, 6)}-${n++}`;
    }
    seen.add(id);
    return id;
  });
}
