// What every part of the bench reads: the re3d-dev documents it times and draws its corpora from,
// how many rounds to take medians of, the threads ours may use, and where progress goes.
import type { GoldDocument } from "../evaluate/re3d.js";

export interface BenchSettings {
  docs: GoldDocument[];
  rounds: number;
  workers: number;
  log: (line: string) => void;
}

export const utf8 = (s: string) => Buffer.byteLength(s, "utf8");
