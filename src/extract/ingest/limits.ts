// The per-file size limit: default 5 MB, or the `maxBytes` option, or env BRIEFING_MAX_BYTES.

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const MB = 1024 * 1024;

/** Parses "5000000", "5MB", "512 KB", "1.5mb" into bytes. */
export function parseByteSize(value: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(value);
  if (!m) return null;
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const factor = unit === "k" ? 1024 : unit === "m" ? MB : unit === "g" ? 1024 * MB : 1;
  const bytes = Math.floor(Number(m[1]) * factor);
  return bytes > 0 ? bytes : null;
}

/** The limit to apply: the option, else the environment, else the default. Throws on a bad env value. */
export function resolveMaxBytes(option?: number, env: NodeJS.ProcessEnv = process.env): number {
  if (option !== undefined) {
    if (!(option > 0)) throw new Error(`maxBytes must be a positive number of bytes, got ${option}`);
    return option;
  }
  const raw = env.BRIEFING_MAX_BYTES;
  if (raw !== undefined && raw.trim() !== "") {
    const parsed = parseByteSize(raw);
    if (parsed === null) throw new Error(`BRIEFING_MAX_BYTES must be a size in bytes (e.g. 5242880 or 5MB), got '${raw}'`);
    return parsed;
  }
  return DEFAULT_MAX_BYTES;
}

/** "20.0 MB", "512.0 KB", "900 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** A limit as people write it: "5 MB", "1.5 MB", "100 KB". */
export function formatLimit(bytes: number): string {
  const trim = (n: number) => String(Number(n.toFixed(2)));
  if (bytes >= MB) return `${trim(bytes / MB)} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function tooLargeReason(size: number, limit: number): string {
  return `file is ${formatSize(size)}, over the ${formatLimit(limit)} limit (raise it with BRIEFING_MAX_BYTES)`;
}
