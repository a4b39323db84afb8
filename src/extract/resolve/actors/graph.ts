// The keys the actor resolver joins, as a union-find over one node per key: every pass adds the
// joins it finds, and the actors are the clusters at the end.

class UnionFind {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
}

/** Keys joined into clusters; a key's surface is the first mention text seen with it. */
export class KeyGraph {
  private readonly sets = new UnionFind();
  private readonly nodes = new Map<string, number>(); // key → node
  private readonly surfaces = new Map<string, string>();

  /** The node of `key`, added when new. */
  node(key: string): number {
    let n = this.nodes.get(key);
    if (n === undefined) this.nodes.set(key, (n = this.sets.add()));
    return n;
  }
  /** Adds `key` with the surface it was first written with. */
  add(key: string, surface: string): void {
    this.node(key);
    if (!this.surfaces.has(key)) this.surfaces.set(key, surface);
  }
  has(key: string): boolean {
    return this.nodes.has(key);
  }
  keys(): IterableIterator<string> {
    return this.nodes.keys();
  }
  surfaceOf(key: string): string | undefined {
    return this.surfaces.get(key);
  }
  /** The cluster (its root node) `key` belongs to. */
  root(key: string): number {
    return this.sets.find(this.node(key));
  }
  /** Joins the clusters of `key` and of a root node or another key. */
  join(key: string, other: string | number): void {
    this.sets.union(this.node(key), typeof other === "number" ? other : this.node(other));
  }
  /** Joins two nodes. */
  joinNodes(a: number, b: number): void {
    this.sets.union(a, b);
  }
}
