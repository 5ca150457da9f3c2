// Visa-free travel between China and a Central Asian state, read for a year: the class that colours the state and
// the popup's account of what was in force, what changed and when. No Leaflet here, so it is tested on its own.
import { countryName, factText, formatDate, type Description } from '../format';
import { t } from '../i18n/messages';
import { localName } from '../i18n/names';
import type { FeatureProperties } from '../types';
import type { Source } from '../contract';

export type VisaClass = 'mutual' | 'partial' | 'none';

/** A class in words (popups.ts: visa.class.*). */
export const visaClassLabel = (cls: VisaClass): string => t(`visa.class.${cls}`);

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
  return Array.isArray(props.classSince)
    ? props.classSince.filter((c) => isClass(c?.class) && typeof c?.from === 'string')
    : [];
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
  const way =
    rule.direction === 'both'
      ? t('visa.both')
      : rule.direction === 'to-china'
        ? t('visa.intoChina')
        : t('visa.into', { country });
  const dates = [
    rule.effective ? t('visa.from', { date: formatDate(rule.effective) }) : null,
    rule.end ? t('visa.until', { date: formatDate(rule.end) }) : null,
    rule.signed ? t('visa.signed', { date: formatDate(rule.signed) }) : null,
    rule.decided ? t('visa.decided', { date: formatDate(rule.decided) }) : null,
    rule.asOf ? t('visa.asOf', { date: formatDate(rule.asOf) }) : null,
  ].filter(Boolean).join(', ');
  const sentence = (part: string) => part.charAt(0).toUpperCase() + part.slice(1);
  const head = `${rule.who}, ${way}${rule.maxStay ? `: ${rule.maxStay}` : ''}`;
  const text = [head, rule.scope, dates, rule.effectiveNote]
    .filter((p): p is string => Boolean(p))
    .map(sentence)
    .join('. ');
  return factText({ text, sources: rule.sources }, sources);
}

/** The popup for a state and the year chosen: its class, the rules in force, the changes with their dates. */
export function describeVisa(props: FeatureProperties, year: number | null): Description {
  const country = localName(props) || countryName(String(props.iso3));
  const sources = Array.isArray(props.sources) ? [...(props.sources as Source[])] : [];
  const cls = visaClassAt(props, year);
  const day = year === null ? null : endOf(year);
  const dated = rules(props).filter((r) => r.effective !== null);
  const inForce = dated.filter((r) => day === null || (r.effective! <= day && (r.end === null || r.end > day)));
  const later = day === null ? [] : dated.filter((r) => r.effective! > day);
  const undated = rules(props).filter((r) => r.effective === null);
  const lists: Description['lists'] = [];
  const add = (label: string, items: string[]) => items.length && lists.push({ label, items });
  add(
    year === null ? t('visa.inForce') : t('visa.inForceAt', { year }),
    inForce.map((r) => ruleText(r, country, sources)),
  );
  add(t('visa.changes'), changes(props).map((c) => `${formatDate(c.from)}: ${visaClassLabel(c.class).toLowerCase()}`));
  add(t('visa.later'), later.map((r) => ruleText(r, country, sources)));
  add(t('visa.notInForce'), undated.map((r) => `${statusWord(r.status)}: ${ruleText(r, country, sources)}`));
  const notes = Array.isArray(props.notCovered) ? props.notCovered.map((n) => factText(n, sources)) : [];
  return {
    title: t('visa.title', { country }),
    subtitle: `${year === null ? t('visa.now') : t('visa.endOf', { year })}: ${visaClassLabel(cls)}`,
    rows: typeof props.asOf === 'string' ? [{ label: t('prop.asOf'), value: formatDate(props.asOf) }] : [],
    lists,
    notes,
    sources,
  };
}

/** A rule's status in words where the catalogue has one (visa.status.*), else as the data writes it. */
function statusWord(status: string): string {
  const key = `visa.status.${status}`;
  const text = t(key);
  return text === key ? status.replace(/-/g, ' ') : text;
}
