import { describe, expect, it } from 'vitest';
import { drawnAsOf, statusAsOf } from '../../src/timeline/asOf';

const source = [{ title: 'S', url: 'https://example.org' }];
const cku = {
  status: 'under-construction',
  plannedSince: { date: '2022-09-14', sources: source },
  constructionStart: { date: '2024-12-27', sources: source },
  expectedOpening: { year: 2030 },
};
const btk = {
  status: 'operational',
  constructionStart: { date: '2007-11-21', sources: source },
  opened: { date: '2017-10-30', sources: source },
};
const turksib = { status: 'operational', opened: { date: '1930', sources: source } };

describe('statusAsOf: the network at the end of a year', () => {
  it('hides what had not been begun, even where it was planned', () => {
    expect(statusAsOf(cku, 2015)).toBeNull();
    expect(statusAsOf(cku, 2023)).toBeNull();
    expect(drawnAsOf(cku, 2015)).toBe(false);
  });

  it('draws a line under construction from the year its construction began, to the end of that year included', () => {
    expect(statusAsOf(cku, 2024)).toBe('under-construction');
    expect(statusAsOf(cku, 2031)).toBe('under-construction');
    expect(statusAsOf(btk, 2007)).toBe('under-construction');
    expect(statusAsOf(btk, 2016)).toBe('under-construction');
    expect(statusAsOf(btk, 2006)).toBeNull();
  });

  it('draws a line as built from the year it opened, whatever the precision of the date', () => {
    expect(statusAsOf(btk, 2017)).toBe('operational');
    expect(statusAsOf(turksib, 1930)).toBe('operational');
    expect(statusAsOf(turksib, 1929)).toBeNull();
    expect(statusAsOf({ opened: { date: '2016-12', sources: source } }, 2016)).toBe('operational');
  });

  it('without a year gives today’s status, and keeps it for a feature no source dates', () => {
    expect(statusAsOf(cku, null)).toBe('under-construction');
    expect(statusAsOf(btk, null)).toBe('operational');
    const undated = { status: 'operational', datesNote: 'Opening date not found' };
    expect(statusAsOf(undated, 1990)).toBe('operational');
    expect(statusAsOf({}, 2000)).toBe('operational');
  });
});
