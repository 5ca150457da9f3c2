import type { Source } from '../types';

export type Reporter = 'china' | 'partner';

export interface TradePoint {
  year: number;
  total: number;
  exports: number | null;
  imports: number | null;
  source: Source;
  sources: Source[];
  derived: boolean;
  note: string | null;
}

export interface TradeSeries {
  iso3: string;
  name: string;
  reporter: Reporter;
  points: TradePoint[];
}

export interface TradeSeriesResponse {
  unit: string;
  years: number[];
  series: TradeSeries[];
}

export interface TradeYearPartner {
  iso3: string;
  name: string;
  total: number | null;
  exports: number | null;
  imports: number | null;
  source: Source | null;
}

export interface TradeContext {
  origin: { name: string; lon: number; lat: number };
  partners: { iso3: string; name: string; capital: string; lon: number; lat: number }[];
  figures: { id: string; label: string; value?: number; values?: Record<string, number>; unit: string; year: number; note?: string; sources: Source[] }[];
}

/** What the map shows for one partner in one year: a value with its sources, or nothing. */
export interface PartnerValue {
  iso3: string;
  name: string;
  point: TradePoint | null;
}

export const partnerOrder = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] as const;

export function valuesFor(series: TradeSeries[], year: number, reporter: Reporter): PartnerValue[] {
  return partnerOrder.map((iso3) => {
    const s = series.find((x) => x.iso3 === iso3 && x.reporter === reporter);
    const name = series.find((x) => x.iso3 === iso3)?.name ?? iso3;
    return { iso3, name, point: s?.points.find((p) => p.year === year) ?? null };
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

export function formatBillions(usd: number | null): string {
  if (usd === null) return 'no data';
  const bn = billions(usd);
  return `$${bn.toLocaleString('en-GB', { minimumFractionDigits: bn < 10 ? 2 : 1, maximumFractionDigits: 2 })}bn`;
}
