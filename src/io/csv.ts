import { stringify, type Options } from 'csv-stringify/sync';

/**
 * Every CSV medbitext writes goes through here: RFC 4180 through
 * `csv-stringify` (CRLF records, quotes only where needed), with its
 * `escape_formulas` on — the OWASP rule against formula injection: a text
 * cell beginning with `=`, `+`, `-`, `@`, tab or carriage return (or their
 * full-width forms) gets a leading `'`, so a spreadsheet shows it as text
 * instead of running it. Numbers are passed as numbers and never prefixed: a
 * score of `-2` is a number a spreadsheet should read as one.
 */

export interface CsvColumn {
  /** Header and record key. */
  key: string;
  /** A number column written with this many decimals (`0.500`). */
  digits?: number;
}

export type CsvRecord = Record<string, string | number>;

export interface CsvWriter {
  /** The header line. */
  header(): string;
  /** The records' lines (a batch costs csv-stringify's set-up once, not once a row). */
  rows(records: readonly CsvRecord[]): string;
}

/**
 * A cell as the formula guard leaves it: `'`s before a character a spreadsheet
 * starts a formula with. The writer adds one `'` to every value of that shape
 * (csv-stringify to those with none, the cast below to those with some), the
 * reader takes one off, so every value reads back exactly.
 */
const NEUTRALISED = /^'+[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function csvWriter(columns: readonly CsvColumn[]): CsvWriter {
  const digits = new Map(columns.flatMap((c) => (c.digits === undefined ? [] : [[c.key, c.digits] as const])));
  const options: Options = {
    columns: columns.map((c) => c.key),
    record_delimiter: 'windows',
    // Off by default once a record delimiter is set: a cell with a lone line feed would then go unquoted.
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: {
      string: (value) => (NEUTRALISED.test(value) ? `'${value}` : value),
      number: (value, context) => {
        const d = digits.get(String(context.column));
        return d === undefined ? String(value) : value.toFixed(d);
      },
    },
  };
  return {
    header: () => stringify([], { ...options, header: true }),
    rows: (records) => stringify(records as CsvRecord[], options),
  };
}

/**
 * A cell read back from a CSV medbitext (or a tool following the same OWASP
 * rule) wrote: the leading `'` added against formula injection comes off.
 */
export function unneutralise(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
