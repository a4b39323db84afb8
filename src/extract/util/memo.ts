// A memo of a pure function of one string, bounded: past `max` entries it starts again (a bound on
// memory over a very long run). For name helpers asked about the same few thousand names over and over.

/** `fn` memoized by its argument; at most `max` results kept at once. */
export function boundedMemo<T>(fn: (key: string) => T, max = 100_000): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    let out = made.get(key);
    if (out === undefined) {
      if (made.size >= max) made.clear();
      made.set(key, (out = fn(key)));
    }
    return out;
  };
}
