import { describe, expect, it } from "vitest";
import { RelationshipKeys } from "../../../src/import/validate.js";

// RelationshipKeys packs (from, to, identity) into numbers while it can, and switches to exact
// string keys once a file has more identity values than the packing holds (or node indexes too
// large for it). A repeat must be caught wherever each of its two rows was stored.
describe("RelationshipKeys", () => {
  it("finds repeats while the keys are packed", () => {
    const keys = new RelationshipKeys();
    keys.add(1, 2, "a", 2);
    keys.add(2, 1, "a", 3);
    keys.add(1, 2, "a", 4);
    expect(keys.finish()).toEqual([{ line: 4, firstLine: 2 }]);
  });

  it("finds a repeat of a packed row after the switch to exact keys (more than 32 identities)", () => {
    const keys = new RelationshipKeys();
    keys.add(1, 2, "source-0", 2);
    keys.add(1, 2, "source-0", 3);
    for (let i = 1; i <= 40; i++) keys.add(5, 6, `source-${i}`, 3 + i);
    keys.add(1, 2, "source-0", 100);
    keys.add(5, 6, "source-35", 101);
    keys.add(5, 6, "source-7", 102);
    expect(keys.finish()).toEqual([
      { line: 3, firstLine: 2 },
      { line: 100, firstLine: 2 },
      { line: 101, firstLine: 38 },
      { line: 102, firstLine: 10 },
    ]);
  });

  it("finds a repeat of a packed row after a node index too large to pack", () => {
    const keys = new RelationshipKeys();
    keys.add(7, 8, "", 2);
    keys.add(2 ** 24 + 1, 8, "", 3);
    keys.add(7, 8, "", 4);
    keys.add(2 ** 24 + 1, 8, "", 5);
    expect(keys.finish()).toEqual([
      { line: 4, firstLine: 2 },
      { line: 5, firstLine: 3 },
    ]);
  });
});
