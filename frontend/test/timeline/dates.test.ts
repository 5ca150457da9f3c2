import { describe, expect, it } from 'vitest';
import { setCatalogue } from '../../src/i18n/messages';
import { datetimeOf, formatEventDate } from '../../src/timeline/dates';

describe('formatEventDate', () => {
  it('gives a date as precise as the data, and an interval as its two days, in the reader’s language', () => {
    setCatalogue('en', {});
    expect(['2022', '2016-06', '2024-12-27', '2023-05-18/2023-05-19'].map(formatEventDate)).toEqual([
      '2022',
      'June 2016',
      '27 December 2024',
      '18 May 2023 – 19 May 2023',
    ]);
    setCatalogue('ru', {});
    expect(formatEventDate('2023-05-18/2023-05-19')).toBe('18 мая 2023 г. – 19 мая 2023 г.');
    setCatalogue('zh', {});
    expect(formatEventDate('2024-12-27')).toBe('2024年12月27日');
    expect(formatEventDate('2016-06')).toBe('2016年6月');
  });

  it('dates a <time> element by the start of an interval', () => {
    expect(datetimeOf('2023-05-18/2023-05-19')).toBe('2023-05-18');
    expect(datetimeOf('2014-12')).toBe('2014-12');
  });
});
