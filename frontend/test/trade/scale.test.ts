import { describe, expect, it } from 'vitest';
import { classes, classOf } from '../../src/trade/scale';

describe('classOf', () => {
  it('puts totals in fixed classes, the same in every year', () => {
    expect(classOf(0.67e9)?.label).toBe('under 2');
    expect(classOf(3.86e9)?.label).toBe('2–5');
    expect(classOf(10.65e9)?.label).toBe('10–20');
    expect(classOf(43.82e9)?.label).toBe('35 and more');
  });
  it('treats a break as the start of the next class', () => {
    expect(classOf(20e9)?.label).toBe('20–35');
  });
  it('keeps no data as no data', () => {
    expect(classOf(null)).toBeNull();
  });
  it('runs from light to dark', () => {
    expect(classes.map((c) => c.colour)).toEqual(['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494']);
  });
});
