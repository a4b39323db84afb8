// The bytes of one table's snapshot file as the snapshot makes them (tableSnapshot.ts): text made
// now, and ranges of the last file copied (runIndex.ts), hashed as they come and either kept in
// memory a megabyte at a time or written to a file the same way. Consecutive ranges of the last file
// (with the "," between them, which the last file has too) are copied as one, through one block.
import { createHash } from "node:crypto";
import { readSync, writeSync } from "node:fs";
import { BLOCK } from "./runIndex.js";

/** Text is encoded and passed on a megabyte at a time, so that a table of a million rows is never one string. */
const CHUNK = 1 << 20;

export class SnapshotBytes {
  private readonly hash = createHash("sha256");
  /** The bytes, when kept in memory (no `fd`). */
  readonly chunks: Buffer[] = [];
  size = 0;
  private text: string[] = [];
  private textLength = 0;
  private comma = false;
  private range: { fd: number; from: number; to: number } | null = null;
  private block: Buffer | null = null;

  /** `fd`: the file the bytes are written to (else they are kept in `chunks`). */
  constructor(private readonly fd?: number) {}

  /** Text made now. */
  write(text: string): void {
    this.endRange();
    this.text.push(text);
    this.textLength += text.length;
    if (this.textLength >= CHUNK) this.endText();
  }

  /** The "," before a run: kept back, so that it joins two ranges of the last file that it joins there too. */
  separator(): void {
    this.comma = true;
  }

  /** `length` bytes of the last file (open as `fd`) from `from`. */
  copy(fd: number, from: number, length: number): void {
    const range = this.range;
    if (this.comma && range?.fd === fd && range.to + 1 === from) {
      range.to = from + length;
      this.comma = false;
      return;
    }
    this.endRange();
    this.endText();
    this.range = { fd, from, to: from + length };
  }

  /** The bytes' SHA-256 (hex), once every byte is in. */
  end(): string {
    this.endRange();
    this.endText();
    return this.hash.digest("hex");
  }

  private pendingComma(): void {
    if (!this.comma) return;
    this.comma = false;
    this.text.push(",");
    this.textLength++;
  }

  private endText(): void {
    this.pendingComma();
    if (!this.text.length) return;
    this.put(Buffer.from(this.text.join("")), true);
    this.text = [];
    this.textLength = 0;
  }

  private endRange(): void {
    const range = this.range;
    if (range) {
      this.range = null;
      const block = (this.block ??= Buffer.allocUnsafe(BLOCK));
      for (let pos = range.from; pos < range.to;) {
        const n = readSync(range.fd, block, 0, Math.min(block.length, range.to - pos), pos);
        if (n <= 0) throw new Error(`the last snapshot ended at byte ${pos}, before ${range.to}`);
        this.put(block.subarray(0, n), false);
        pos += n;
      }
    }
    this.pendingComma();
  }

  /** Hashes and passes on `bytes` (`owned`: not a view of the reused block, so it may be kept). */
  private put(bytes: Buffer, owned: boolean): void {
    this.hash.update(bytes);
    this.size += bytes.length;
    if (this.fd !== undefined) writeSync(this.fd, bytes);
    else this.chunks.push(owned ? bytes : Buffer.from(bytes));
  }
}
