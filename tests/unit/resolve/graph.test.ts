import { describe, expect, it } from "vitest";
import { KeyGraph } from "../../../src/extract/resolve/actors/graph.js";

describe("KeyGraph", () => {
  it("joins keys into clusters and keeps the first surface", () => {
    const graph = new KeyGraph();
    graph.add("person:a", "A");
    graph.add("person:a", "A again");
    graph.add("person:b", "B");
    graph.add("person:c", "C");
    graph.join("person:a", "person:b");
    expect(graph.root("person:a")).toBe(graph.root("person:b"));
    expect(graph.root("person:c")).not.toBe(graph.root("person:a"));
    expect(graph.surfaceOf("person:a")).toBe("A");
    graph.join("person:c", graph.root("person:b"));
    expect(graph.root("person:c")).toBe(graph.root("person:a"));
    expect(graph.has("person:d")).toBe(false);
  });
});
