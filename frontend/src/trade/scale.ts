// The choropleth's classes, fixed over the whole series so that a colour means the same amount in every year.
import { t } from '../i18n/messages';

// Colours: ColorBrewer YlGnBu, a sequential scheme that stays readable with common colour-vision deficiencies.

export const breaksBn = [2, 5, 10, 20, 35] as const;
export const classColours = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'] as const;
export const noDataColour = '#bdbdbd';

export interface TradeClass {
  index: number;
  colour: string;
}

export const classes: TradeClass[] = classColours.map((colour, index) => ({ index, colour }));

/** A class in words, in the page's language: under 2, 2–5, …, 35 and more (US$ bn). */
export function classLabel(cls: TradeClass): string {
  const i = cls.index;
  return i === 0
    ? t('trade.classUnder', { value: breaksBn[0] })
    : i === breaksBn.length
      ? t('trade.classOver', { value: breaksBn[i - 1]! })
      : `${breaksBn[i - 1]}–${breaksBn[i]}`;
}

/** The class of a total in US dollars; null (no data) stays null. */
export function classOf(totalUsd: number | null): TradeClass | null {
  if (totalUsd === null) return null;
  const bn = totalUsd / 1e9;
  const index = breaksBn.findIndex((b) => bn < b);
  return classes[index === -1 ? breaksBn.length : index] ?? null;
}
