// The shared CSV writer against fixed texts written out by hand from RFC 4180 and OWASP's CSV-injection advice,
// never against a second copy of the quoting rules.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/csv';

describe('toCsv (RFC 4180)', () => {
  it('ends every line, the last too, with CRLF and leaves plain cells bare', () => {
    expect(toCsv(['a', 'b'], [['x', 1], ['y', 2]])).toBe('a,b\r\nx,1\r\ny,2\r\n');
  });

  it('quotes a cell holding a comma, a quote, a CR or a LF, and doubles its quotes', () => {
    expect(toCsv(['v'], [['a,b'], ['say "hi"'], ['one\rtwo'], ['one\ntwo'], ['one\r\ntwo']]))
      .toBe('v\r\n"a,b"\r\n"say ""hi"""\r\n"one\rtwo"\r\n"one\ntwo"\r\n"one\r\ntwo"\r\n');
  });

  it('writes null and undefined as empty cells and booleans as true / false', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, true, false]])).toBe('a,b,c,d\r\n,,true,false\r\n');
  });

  it('writes the header alone when there are no rows', () => {
    expect(toCsv(['id', 'wkt'], [])).toBe('id,wkt\r\n');
  });
});

describe('toCsv against formula injection', () => {
  it("defuses text a spreadsheet would run: a leading ' and quotes", () => {
    expect(toCsv(['v'], [['=1+1'], ['@SUM(A1:A2)'], ['+1'], ['-x'], ['\tTAB'], ['\rCR']]))
      .toBe(`v\r\n"'=1+1"\r\n"'@SUM(A1:A2)"\r\n"'+1"\r\n"'-x"\r\n"'\tTAB"\r\n"'\rCR"\r\n`);
  });

  it('defuses a formula that goes on over several lines', () => {
    expect(toCsv(['v'], [['=HYPERLINK("http://x")\nmore']])).toBe('v\r\n"\'=HYPERLINK(""http://x"")\nmore"\r\n');
  });

  it('leaves numbers, negative ones too, as plain numbers, and text with a sign inside alone', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[-5.1, 0, 1e21, 'a-b=c']])).toBe('a,b,c,d\r\n-5.1,0,1e+21,a-b=c\r\n');
  });
});
