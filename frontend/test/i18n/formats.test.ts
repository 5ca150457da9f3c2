import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatNumber } from '../../src/i18n/formats';
import { setCatalogue } from '../../src/i18n/messages';

describe('formats follow the language', () => {
  it('numbers', () => {
    setCatalogue('en', {});
    expect(formatNumber(94820.5)).toBe('94,820.5');
    setCatalogue('ru', {});
    expect(formatNumber(94820.5)).toBe('94\u00a0820,5');
    setCatalogue('zh', {});
    expect(formatNumber(94820.5)).toBe('94,820.5');
  });

  it('dates as precise as they are given, never shifted by a time zone', () => {
    setCatalogue('en', {});
    expect([formatDate('2023-05-19'), formatDate('2024-06'), formatDate('2013')]).toEqual([
      '19 May 2023',
      'June 2024',
      '2013',
    ]);
    setCatalogue('ru', {});
    expect(formatDate('2023-05-19')).toBe('19 мая 2023 г.');
    setCatalogue('zh', {});
    expect(formatDate('2023-05-19')).toBe('2023年5月19日');
  });

  it('lists', () => {
    setCatalogue('ru', {});
    expect(formatList(['Казахстан', 'Китай'])).toBe('Казахстан и Китай');
  });
});
