import { formatNumber } from '../i18n/formats';
import { currentLanguage, t } from '../i18n/messages';
import type { MirrorGap, TradePoint, TradeSeries } from '../contract';

/** Whose figures the map shows: China's or each partner's (the API's reporter field, a string, takes these two). */
export type Reporter = 'china' | 'partner';

export function mirrorFor(mirror: MirrorGap[], iso3: string, year: number): MirrorGap | null {
  return mirror.find((m) => m.iso3 === iso3 && m.year === year) ?? null;
}

/** "+$17.41bn (China's figure 328.5% above Kyrgyzstan's)": the gap in words a reader can quote. */
export function formatGap(m: MirrorGap, partner = m.name): string {
  const sign = m.gap >= 0 ? '+' : '−';
  const percent = formatNumber(Math.abs(m.gapPercentOfPartner));
  const words = t(m.gap >= 0 ? 'trade.gapAbove' : 'trade.gapBelow', { percent, partner });
  return `${sign}${formatBillions(Math.abs(m.gap))} (${words})`;
}

/** What the map shows for one partner in one year: a value with its sources, or nothing. */
export interface PartnerValue {
  iso3: string;
  name: string;
  point: TradePoint | null;
  /** China's figure against the partner's, where both report the year. */
  mirror?: MirrorGap | null;
}

export const partnerOrder = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] as const;

export function valuesFor(
  series: TradeSeries[],
  year: number,
  reporter: Reporter,
  mirror: MirrorGap[] = [],
): PartnerValue[] {
  return partnerOrder.map((iso3) => {
    const s = series.find((x) => x.iso3 === iso3 && x.reporter === reporter);
    const name = series.find((x) => x.iso3 === iso3)?.name ?? iso3;
    return { iso3, name, point: s?.points.find((p) => p.year === year) ?? null, mirror: mirrorFor(mirror, iso3, year) };
  });
}

/** The years the slider offers: every year from the first to the last that has any value for this reporter. */
export function yearRange(series: TradeSeries[], reporter: Reporter): number[] {
  const years = series.filter((s) => s.reporter === reporter).flatMap((s) => s.points.map((p) => p.year));
  if (!years.length) return [];
  const [min, max] = [Math.min(...years), Math.max(...years)];
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

export const billions = (usd: number): number => usd / 1e9;

/** US dollars as each language writes large sums: $43.82bn, 43,82 млрд долл., 438.2亿美元 (Chinese counts in 亿, 10⁸). */
export function formatBillions(usd: number | null): string {
  if (usd === null) return t('trade.noData');
  const bn = billions(usd);
  const digits = { minimumFractionDigits: bn < 10 ? 2 : 1, maximumFractionDigits: 2 };
  if (currentLanguage() === 'zh')
    return t('trade.billions', {
      value: formatNumber(bn * 10, { minimumFractionDigits: bn < 10 ? 1 : 0, maximumFractionDigits: 1 }),
    });
  return t('trade.billions', { value: formatNumber(bn, digits) });
}
