import { CSV_DELIMITERS, type CsvDelimiter } from "@/lib/validation/import";

/** Complete records of the sample looked at. */
const RECORDS_EXAMINED = 10;

/**
 * Guesses the cell delimiter of a CSV file from its first characters: the candidate (comma,
 * semicolon, tab, |) that appears most often outside quotes in every one of the first complete
 * records (blank lines ignored). Spreadsheet exports in many European locales use ";" because
 * "," is their decimal mark.
 * @returns "," when nothing else is clearly used.
 */
export function detectDelimiter(sample: string): CsvDelimiter {
  const records: number[][] = [];
  let current = CSV_DELIMITERS.map(() => 0);
  let blank = true;
  let quoted = false;
  for (let i = 0; i < sample.length && records.length < RECORDS_EXAMINED; i++) {
    const ch = sample[i];
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === "\n" || ch === "\r")) {
      if (!blank) records.push(current);
      current = CSV_DELIMITERS.map(() => 0);
      blank = true;
      continue;
    }
    blank = false;
    const index = quoted ? -1 : CSV_DELIMITERS.indexOf(ch as CsvDelimiter);
    if (index >= 0) current[index]++;
  }
  // A file of one line without a line break has no complete record; judge on what there is.
  if (records.length === 0) records.push(current);
  let best: CsvDelimiter = ",";
  let bestScore = 0;
  CSV_DELIMITERS.forEach((delimiter, index) => {
    const score = Math.min(...records.map((record) => record[index]));
    if (score > bestScore) [best, bestScore] = [delimiter, score];
  });
  return best;
}
