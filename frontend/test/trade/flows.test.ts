import { describe, expect, it } from 'vitest';
import { arc, flowWidth, pixelsPerBillion } from '../../src/trade/flows';

describe('flowWidth', () => {
  it('is proportional to the total', () => {
    expect(flowWidth(40e9)).toBeCloseTo(2 * flowWidth(20e9));
    expect(flowWidth(40e9)).toBeCloseTo(40 * pixelsPerBillion);
  });
  it('never vanishes', () => {
    expect(flowWidth(0.5e9)).toBe(1);
  });
});

describe('arc', () => {
  it('starts and ends at the two places and bows away from the straight line', () => {
    const points = arc([39.9, 116.4], [51.1, 71.4], 10);
    expect(points[0]).toEqual([39.9, 116.4]);
    expect(points[10]![0]).toBeCloseTo(51.1);
    expect(points[10]![1]).toBeCloseTo(71.4);
    const [midLat] = points[5]!;
    expect(Math.abs(midLat - (39.9 + 51.1) / 2)).toBeGreaterThan(1);
  });
});
