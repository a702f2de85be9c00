import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { csvLine } from "@/server/csv/csv-line";
import { readCsv, type CsvReadError, type CsvRow } from "@/server/csv/read-csv";

/** Reads `text` fed in chunks of `chunkBytes`, so that BOMs, CRLFs and quotes get split. */
async function read(text: string, { chunkBytes = 3, delimiter = "," as const } = {}): Promise<Array<CsvRow | CsvReadError>> {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkBytes) chunks.push(bytes.subarray(i, i + chunkBytes));
  const out: Array<CsvRow | CsvReadError> = [];
  for await (const record of readCsv(Readable.from(chunks), { delimiter })) out.push(record);
  return out;
}

describe("readCsv", () => {
  it("drops a UTF-8 BOM and reads CRLF files", async () => {
    expect(await read("\uFEFFname,city\r\nNoma,Polis\r\n")).toEqual([
      { line: 1, cells: ["name", "city"] },
      { line: 2, cells: ["Noma", "Polis"] },
    ]);
  });

  it("keeps line breaks, delimiters and quotes inside quoted cells, and counts lines from where a record starts", async () => {
    const text = 'name,note\r\n"Noma","two\r\nlines, and ""quotes"""\r\nParea,x\r\n';
    expect(await read(text)).toEqual([
      { line: 1, cells: ["name", "note"] },
      { line: 2, cells: ["Noma", 'two\nlines, and "quotes"'] },
      { line: 4, cells: ["Parea", "x"] },
    ]);
  });

  it("reads JSON inside cells", async () => {
    const [, row] = await read('name,complete_address\nNoma,"{""city"":""Poli Crysochous"",""country"":""CY""}"\n');
    expect(JSON.parse((row as CsvRow).cells[1])).toEqual({ city: "Poli Crysochous", country: "CY" });
  });

  it("skips blank lines but counts them, and reads LF, CR and a last line without a break", async () => {
    expect(await read("a,b\n\n1,2\r\r3,4\n , \n5,6")).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 3, cells: ["1", "2"] },
      { line: 5, cells: ["3", "4"] },
      { line: 7, cells: ["5", "6"] },
    ]);
  });

  it("returns rows with too many or too few cells as they are, and stray quotes as text", async () => {
    expect(await read('a,b\n1,2,3\n4\n5" tv,"x"y\n')).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", "2", "3"] },
      { line: 3, cells: ["4"] },
      { line: 4, cells: ['5" tv', '"x"y'] },
    ]);
  });

  it("reports a quote that is never closed after the records before it", async () => {
    const records = await read('a,b\n1,2\n3,"never closed\n4,5\n', { chunkBytes: 1000 });
    expect(records).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", "2"] },
      { line: 3, error: expect.stringContaining("never closed") },
    ]);
  });

  it("reads other delimiters", async () => {
    expect(await read("name;rating\nNoma;4,8\n", { delimiter: ";" as never })).toEqual([
      { line: 1, cells: ["name", "rating"] },
      { line: 2, cells: ["Noma", "4,8"] },
    ]);
  });
});

describe("csvLine", () => {
  it("writes cells back as one CSV record, quoting where needed", () => {
    expect(csvLine(["Noma", 'say "hi"', "a,b", "two\nlines"], ",")).toBe('Noma,"say ""hi""","a,b","two\nlines"');
    expect(csvLine(["a;b", "c"], ";")).toBe('"a;b";c');
  });
});
