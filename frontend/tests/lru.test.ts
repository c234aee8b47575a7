import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Lru } from "@/lib/lru";

describe("LRU", () => {
  it("drops the least recently used entry past its size", () => {
    const lru = new Lru<string, number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    assert.equal(lru.get("a"), 1); // "a" is now the most recent
    lru.set("c", 3);
    assert.equal(lru.has("b"), false);
    assert.equal(lru.get("a"), 1);
    assert.equal(lru.get("c"), 3);
    assert.equal(lru.size, 2);
  });

  it("replaces a value in place and forgets on delete", () => {
    const lru = new Lru<string, number>(2);
    lru.set("a", 1);
    lru.set("a", 2);
    assert.equal(lru.size, 1);
    assert.equal(lru.get("a"), 2);
    lru.delete("a");
    assert.equal(lru.get("a"), undefined);
  });
});
