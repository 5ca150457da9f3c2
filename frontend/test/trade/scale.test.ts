import { describe, expect, it } from 'vitest';
import { classes, classLabel, classOf, noDataColour } from '../../src/trade/scale';

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
    // Each class darker than the one below it, by WCAG 2's relative luminance, so a higher total reads as darker.
    const luminances = classes.map((c) => luminance(c.colour));
    luminances.slice(1).forEach((l, i) => expect(l).toBeLessThan(luminances[i]!));
  });
  it('keeps neighbouring classes and no data apart', () => {
    // One colour per class, and no data a neutral grey that no class uses, so missing figures never pass for a class.
    expect(new Set(classes.map((c) => c.colour.toLowerCase())).size).toBe(classes.length);
    expect(isGrey(noDataColour)).toBe(true);
    classes.forEach((c) => expect(isGrey(c.colour), c.colour).toBe(false));
    // Neighbouring classes at least 1.2 : 1 apart in WCAG contrast, the lightest and the darkest at least 7 : 1.
    classes
      .slice(1)
      .forEach((c, i) =>
        expect(contrast(c.colour, classes[i]!.colour), `${classes[i]!.colour} → ${c.colour}`).toBeGreaterThanOrEqual(
          1.2,
        ),
      );
    expect(contrast(classes[0]!.colour, classes.at(-1)!.colour)).toBeGreaterThanOrEqual(7);
  });
  it('takes the ends of its scale from ColorBrewer YlGnBu', () => {
    // The design's scheme: ColorBrewer's 6-class YlGnBu (Brewer, colorbrewer2.org) starts at #ffffcc and ends at
    // #253494.
    expect(classOf(0.67e9)!.colour.toLowerCase()).toBe('#ffffcc');
    expect(classOf(43.82e9)!.colour.toLowerCase()).toBe('#253494');
  });
});

/** Relative luminance as WCAG 2.x defines it, from an sRGB hex colour. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2.x contrast ratio between two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

function channels(hex: string): number[] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return m.slice(1).map((h) => parseInt(h, 16));
}

const isGrey = (hex: string) => new Set(channels(hex)).size === 1;
