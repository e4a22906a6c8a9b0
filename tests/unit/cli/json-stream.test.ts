import { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { writeJson } from "../../../src/cli/json-stream.js";

async function written(value: Record<string, unknown>, highWaterMark = 16): Promise<string> {
  const chunks: string[] = [];
  const out = new Writable({
    highWaterMark, // small, so backpressure (drain) is exercised
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      setImmediate(done);
    },
  });
  await writeJson(out, value);
  out.end();
  await finished(out);
  return chunks.join("");
}

describe("writeJson", () => {
  it("writes what JSON.stringify(value, null, 2) writes", async () => {
    const value = {
      engine: "typescript",
      network: { nodeCount: 3, articulationPoints: ["b"], bridges: [["a", "b"]] },
      organizations: [
        { id: "a", degree: 1, tags: ["x", "y"], nested: { deep: [1, { z: null }] } },
        { id: "b", degree: 2, tags: [] },
      ],
      empty: [],
      text: 'quote " and \n newline',
      missing: undefined,
      zero: 0,
    };
    expect(await written(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(await written({})).toBe(`${JSON.stringify({}, null, 2)}\n`);
  });

  it("streams an array longer than one string could hold in pieces, and it parses back", async () => {
    const organizations = Array.from({ length: 5_000 }, (_, i) => ({ id: `o${i}`, score: i / 7 }));
    const text = await written({ organizations }, 1024);
    expect(JSON.parse(text)).toEqual({ organizations });
  });
});
