import { once } from "node:events";
import type { Writable } from "node:stream";

/**
 * Writes a value as indented JSON, streaming the elements of its top-level arrays one by one: the
 * analytics of a million organizations is far longer than the longest string V8 can build, so
 * JSON.stringify of the whole result fails ("Invalid string length"). Same text as
 * JSON.stringify(value, null, 2) would give.
 */
export async function writeJson(out: Writable, value: Record<string, unknown>): Promise<void> {
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  await write("{");
  for (const [index, [key, item]] of entries.entries()) {
    await write(`${index === 0 ? "" : ","}\n  ${JSON.stringify(key)}: `);
    if (Array.isArray(item) && item.length > 0) {
      await write("[");
      for (const [i, element] of item.entries()) {
        const text = JSON.stringify(element ?? null, null, 2).replaceAll("\n", "\n    ");
        await write(`${i === 0 ? "" : ","}\n    ${text}`);
      }
      await write("\n  ]");
    } else {
      await write(JSON.stringify(item, null, 2).replaceAll("\n", "\n  "));
    }
  }
  await write(entries.length === 0 ? "}\n" : "\n}\n");
}
