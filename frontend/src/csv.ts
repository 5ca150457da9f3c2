// The one CSV writer every download uses, built on Papa Parse: RFC 4180 (CRLF line ends; a field holding a quote,
// comma, CR or LF is quoted, its quotes doubled) and safe to open in a spreadsheet. Import it on demand (import('…')),
// never from the first view: Papa Parse is not needed until someone asks for a CSV.
import * as Papa from 'papaparse';

/** A cell as the writer takes it: numbers and booleans as themselves (never as text), null and undefined empty. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets a leading ' and quotes
 * (OWASP's advice for CSV injection). Matched at the start only, so a cell that continues over several lines is
 * caught too; Papa Parse's own pattern (/^[=+\-@\t\r].*$/) misses those. Numbers are never touched: -5.1 stays -5.1.
 */
const formula = /^[=+\-@\t\r]/;

/** The header and the rows as one CSV text, every line (the last too) ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  // As plain rows, header first: given { fields, data } with no data, Papa Parse would write one empty row.
  return (
    Papa.unparse([[...header], ...rows.map((row) => [...row])], { newline: '\r\n', escapeFormulae: formula }) + '\r\n'
  );
}
