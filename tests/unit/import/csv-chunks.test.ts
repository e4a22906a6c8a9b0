import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type CsvRow, streamCsv } from "../../../src/import/csv.js";
import { csvPieces, parsePiece, UncuttableCsvError } from "../../../src/import/csv-chunks.js";

const dir = mkdtempSync(join(tmpdir(), "csv-pieces-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function both(
  file: string,
  pieceBytes: number,
): Promise<{ streamed: CsvRow[]; pieced: CsvRow[]; pieces: number }> {
  const csv = await streamCsv(dir, file, []);
  const streamed: CsvRow[] = [];
  if (csv) for await (const chunk of csv.chunks) streamed.push(...chunk);
  const cut = await csvPieces(join(dir, file), pieceBytes);
  const pieced: CsvRow[] = [];
  let pieces = 0;
  for await (const piece of cut.pieces) {
    pieces++;
    pieced.push(...parsePiece(piece, cut.header));
  }
  expect(cut.header).toEqual(csv?.header);
  expect(cut.digest()).toBe(csv?.digest());
  return { streamed, pieced, pieces };
}

describe("csvPieces", () => {
  it("cuts only between records, so quoted line breaks, commas and quotes keep their rows and lines", async () => {
    const lines = ["\uFEFFid,name,note"];
    for (let i = 0; i < 400; i++) {
      if (i % 5 === 0) lines.push(`r-${i},"Name ${i}, ""quoted""","a note\nover\ntwo line breaks"`);
      else if (i % 11 === 0) lines.push("");
      else lines.push(`r-${i},Name ${i},  padded  `);
    }
    writeFileSync(join(dir, "quoted.csv"), lines.join("\n"));
    for (const pieceBytes of [32, 100, 1000, 1 << 20]) {
      const { streamed, pieced, pieces } = await both("quoted.csv", pieceBytes);
      expect(pieced).toEqual(streamed);
      if (pieceBytes < 1000) expect(pieces).toBeGreaterThan(10);
    }
    const { pieced } = await both("quoted.csv", 64);
    expect(pieced.at(-1)?.line).toBe(lines.length + 2 * 80);
    expect(pieced[0]?.cells).toEqual({
      id: "r-0",
      name: 'Name 0, "quoted"',
      note: "a note\nover\ntwo line breaks",
    });
  });

  it("parses a piece without quotes by splitting, with the same rows as csv-parse", async () => {
    const lines = ["id,name"];
    for (let i = 0; i < 300; i++) lines.push(i % 50 === 0 ? "" : `p-${i}, Name ${i} `);
    writeFileSync(join(dir, "plain.csv"), `${lines.join("\n")}\n`);
    const { streamed, pieced } = await both("plain.csv", 200);
    expect(pieced).toEqual(streamed);
    expect(pieced[0]).toEqual({ line: 3, cells: { id: "p-1", name: "Name 1" } });
    // Empty cells, blank lines in a row, no final line break; and a file of one column.
    const wide = ["id,a,b"];
    for (let i = 0; i < 300; i++)
      wide.push(i % 7 === 0 ? `w-${i},,` : i % 13 === 0 ? "\n" : `w-${i}, ${i},x`);
    writeFileSync(join(dir, "wide.csv"), wide.join("\n"));
    const w = await both("wide.csv", 150);
    expect(w.pieced).toEqual(w.streamed);
    expect(w.pieced[0]).toEqual({ line: 2, cells: { id: "w-0", a: "", b: "" } });
    writeFileSync(
      join(dir, "one.csv"),
      `id\n${Array.from({ length: 500 }, (_, i) => `o-${i}`).join("\n")}\n`,
    );
    const o = await both("one.csv", 300);
    expect(o.pieced).toEqual(o.streamed);
    expect(o.pieced).toHaveLength(500);
  });

  it("refuses what only the streaming parser reports exactly: a wrong record length, carriage returns", async () => {
    writeFileSync(join(dir, "long.csv"), "id,name\na,b\nc,d,e\n");
    const cut = await csvPieces(join(dir, "long.csv"));
    const pieces: unknown[] = [];
    for await (const piece of cut.pieces) pieces.push(piece);
    expect(() => parsePiece(pieces[0] as never, cut.header)).toThrow(UncuttableCsvError);
    writeFileSync(join(dir, "short.csv"), "id,name,note\na,b,c\nd,e\nf,g,h\n");
    const shortCut = await csvPieces(join(dir, "short.csv"));
    for await (const piece of shortCut.pieces)
      expect(() => parsePiece(piece, shortCut.header)).toThrow(UncuttableCsvError);
    writeFileSync(join(dir, "crlf.csv"), "id,name\r\na,b\r\n");
    await expect(csvPieces(join(dir, "crlf.csv"))).rejects.toThrow(UncuttableCsvError);
  });
});
