// Visa-free travel between China and a Central Asian state, read for a year: the class that colours the state and
// the popup's account of what was in force, what changed and when. No Leaflet here, so it is tested on its own.
import { countryName, factText, formatDate, type Description } from './format';
import type { FeatureProperties, Source } from './types';

export type VisaClass = 'mutual' | 'partial' | 'none';

export const visaClassLabels: Record<VisaClass, string> = {
  mutual: 'Visa-free both ways',
  partial: 'Visa-free one way, or for some travellers',
  none: 'No visa-free travel',
};

interface VisaRule {
  id: string;
  direction: 'to-china' | 'from-china' | 'both';
  kind: 'general' | 'partial' | 'local' | 'talks' | 'none';
  who: string;
  maxStay?: string;
  signed?: string;
  decided?: string;
  effective: string | null;
  end: string | null;
  effectiveNote?: string;
  status: string;
  scope?: string;
  asOf?: string;
  sources: Source[];
}

const endOf = (year: number) => `${year}-12-31`;
const isClass = (value: unknown): value is VisaClass => value === 'mutual' || value === 'partial' || value === 'none';

function changes(props: FeatureProperties): { from: string; class: VisaClass }[] {
  return Array.isArray(props.classSince) ? props.classSince.filter((c) => isClass(c?.class) && typeof c?.from === 'string') : [];
}

/** The class in force at the end of the year; without a year, the latest. */
export function visaClassAt(props: FeatureProperties, year: number | null): VisaClass {
  const list = changes(props);
  const applying = year === null ? list : list.filter((c) => c.from <= endOf(year));
  return applying.at(-1)?.class ?? 'none';
}

function rules(props: FeatureProperties): VisaRule[] {
  return Array.isArray(props.rules) ? (props.rules as VisaRule[]) : [];
}

function ruleText(rule: VisaRule, country: string, sources: Source[]): string {
  const way = rule.direction === 'both' ? 'both ways' : rule.direction === 'to-china' ? 'into China' : `into ${country}`;
  const dates = [
    rule.effective ? `from ${formatDate(rule.effective)}` : null,
    rule.end ? `until ${formatDate(rule.end)}` : null,
    rule.signed ? `signed ${formatDate(rule.signed)}` : null,
    rule.decided ? `decided ${formatDate(rule.decided)}` : null,
    rule.asOf ? `as of ${formatDate(rule.asOf)}` : null,
  ].filter(Boolean).join(', ');
  const sentence = (part: string) => part.charAt(0).toUpperCase() + part.slice(1);
  const head = `${rule.who}, ${way}${rule.maxStay ? `: ${rule.maxStay}` : ''}`;
  const text = [head, rule.scope, dates, rule.effectiveNote].filter((p): p is string => Boolean(p)).map(sentence).join('. ');
  return factText({ text, sources: rule.sources }, sources);
}

/** The popup for a state and the year chosen: its class, the rules in force, the changes with their dates. */
export function describeVisa(props: FeatureProperties, year: number | null): Description {
  const country = typeof props.name === 'string' ? props.name : countryName(String(props.iso3));
  const sources = Array.isArray(props.sources) ? [...(props.sources as Source[])] : [];
  const cls = visaClassAt(props, year);
  const day = year === null ? null : endOf(year);
  const dated = rules(props).filter((r) => r.effective !== null);
  const inForce = dated.filter((r) => day === null || (r.effective! <= day && (r.end === null || r.end > day)));
  const later = day === null ? [] : dated.filter((r) => r.effective! > day);
  const undated = rules(props).filter((r) => r.effective === null);
  const lists: Description['lists'] = [];
  const add = (label: string, items: string[]) => items.length && lists.push({ label, items });
  add(year === null ? 'In force' : `In force at the end of ${year}`, inForce.map((r) => ruleText(r, country, sources)));
  add('What changed and when', changes(props).map((c) => `${formatDate(c.from)}: ${visaClassLabels[c.class].toLowerCase()}`));
  add('Later', later.map((r) => ruleText(r, country, sources)));
  add('Not in force', undated.map((r) => `${r.status.replace(/-/g, ' ')}: ${ruleText(r, country, sources)}`));
  const notes = Array.isArray(props.notCovered) ? props.notCovered.map((n) => factText(n, sources)) : [];
  return {
    title: `${country}: visa-free travel with China`,
    subtitle: `${year === null ? 'Now' : `End of ${year}`}: ${visaClassLabels[cls]}`,
    rows: typeof props.asOf === 'string' ? [{ label: 'Facts as of', value: formatDate(props.asOf) }] : [],
    lists,
    notes,
    sources,
  };
}
