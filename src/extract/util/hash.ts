// The content hash the caches and the published file names use.
import { createHash } from "node:crypto";

/** The sha256 (hex) of `content`. */
export const sha256 = (content: Uint8Array | string): string => createHash("sha256").update(content).digest("hex");
