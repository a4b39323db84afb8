// A file's stamp: what its metadata says of it (size, modification and change times, inode, device),
// the way git's index knows a file without reading it. A file whose stamp is the one it had when
// its content was last hashed is taken to hold that content, unless the stamp was "racy": taken
// within RACY_MS of the file's last modification or change, when a later write in the same tick of
// the file system's clock could leave the same stamp on other content. Times are in ms as Node
// gives them (a double: to about a quarter of a microsecond); the change time moves with every
// write, rename or change of times, so a file rewritten with its size and modification time put
// back still has another stamp. A file the project wrote itself and later hard-links (a build links
// its item and data files into the next output, then removes the old one) is known by its identity:
// the stamp without the change time, which every link made or removed moves. Pure.
import type { Stats } from "node:fs";

export type FileStamp = Pick<Stats, "size" | "mtimeMs" | "ctimeMs" | "ino" | "dev">;

/** How close to a file's last modification a stamp taken is racy: FAT keeps times to 2 s; ext4 and xfs to a clock tick. */
export const RACY_MS = 2000;

/** The stamp of `stats` (a file's, as stat or lstat give it). */
export const stampOf = ({ size, mtimeMs, ctimeMs, ino, dev }: FileStamp): FileStamp => ({ size, mtimeMs, ctimeMs, ino, dev });

/** The stamp as one string: two files' stamps are the same when these are. */
export const stampKey = (s: FileStamp): string => `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}:${s.dev}`;

/** Whether a stamp taken at `takenAt` (ms since 1970) is settled: the file was last modified or changed RACY_MS before it. */
export const settledAt = (s: FileStamp, takenAt: number): boolean => Math.max(s.mtimeMs, s.ctimeMs) < takenAt - RACY_MS;

/** Which file holds which content, for files the project wrote itself: the stamp without the change time, which a hard link made or removed also moves. */
export type FileIdentity = Omit<FileStamp, "ctimeMs">;

/** The identity of `stats` (a file's, as stat gives it). */
export const identityOf = ({ size, mtimeMs, ino, dev }: FileIdentity): FileIdentity => ({ size, mtimeMs, ino, dev });

/** Whether two identities are of the same file with the same size and modification time. */
export const sameIdentity = (a: FileIdentity, b: FileIdentity): boolean =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino && a.dev === b.dev;
