import { describe, expect, it } from 'vitest';
import { classes, classLabel, classOf } from '../../src/trade/scale';

const label = (usd: number) => classLabel(classOf(usd)!);

describe('classOf', () => {
  it('puts totals in fixed classes, the same in every year', () => {
    expect(label(0.67e9)).toBe('under 2');
    expect(label(3.86e9)).toBe('2–5');
    expect(label(10.65e9)).toBe('10–20');
    expect(label(43.82e9)).toBe('35 and more');
  });
  it('treats a break as the start of the next class', () => {
    expect(label(20e9)).toBe('20–35');
  });
  it('keeps no data as no data', () => {
    expect(classOf(null)).toBeNull();
  });
  it('runs from light to dark', () => {
    expect(classes.map((c) => c.colour)).toEqual(['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494']);
  });
});
