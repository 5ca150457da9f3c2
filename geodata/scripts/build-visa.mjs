// Rebuilds visa-free.geojson: each Central Asian state's outline (from borders.geojson) with the visa-free rules
// between it and China (visa-free.json) and the dates its class changed, so the map only looks a year up.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeFeatureCollection } from './geojson-tools.mjs';

const here = (file) => fileURLToPath(new URL(`../${file}`, import.meta.url));
const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const kinds = new Set(['general', 'partial', 'local', 'talks', 'none']);
const directions = new Set(['to-china', 'from-china', 'both']);

/** A rule is in force on a day from its start until its end; dates may be a year or a month only. */
const inForce = (rule, day) => rule.effective !== null && rule.effective <= day && (rule.end === null || rule.end > day);

/**
 * mutual: ordinary citizens travel visa-free both ways; partial: visa-free one way, or for some travellers or routes;
 * none: neither. Rules for one zone or port only (local) do not change a country's class.
 */
export function classOn(rules, day) {
  const active = rules.filter((r) => inForce(r, day));
  if (active.some((r) => r.kind === 'general' && r.direction === 'both')) return 'mutual';
  if (active.some((r) => r.kind === 'general' || r.kind === 'partial')) return 'partial';
  return 'none';
}

function check(rule) {
  const where = `visa-free.json rule ${rule.id}`;
  if (!kinds.has(rule.kind) || !directions.has(rule.direction)) throw new Error(`${where}: unknown kind or direction`);
  for (const key of ['signed', 'decided', 'effective', 'end', 'asOf'])
    if (rule[key] !== undefined && rule[key] !== null && !isoDate.test(rule[key])) throw new Error(`${where}: ${key} is not an ISO date`);
  if (rule.end && rule.effective && rule.end <= rule.effective) throw new Error(`${where}: ends before it starts`);
  if (!rule.sources?.length) throw new Error(`${where}: no sources`);
}

export function buildVisa() {
  const table = JSON.parse(readFileSync(here('visa-free.json'), 'utf8'));
  const borders = JSON.parse(readFileSync(here('borders.geojson'), 'utf8'));
  table.rules.forEach(check);
  const features = table.countries.map((iso3) => {
    const border = borders.features.find((f) => f.properties.iso3 === iso3);
    if (!border) throw new Error(`borders.geojson has no ${iso3}`);
    const rules = table.rules.filter((r) => r.country === iso3).map(({ country, ...rule }) => rule);
    // Each date a rule starts or ends, in order; the class is kept where it changes.
    const days = [...new Set(rules.flatMap((r) => [r.effective, r.end]).filter(Boolean))].sort();
    const classSince = [];
    for (const day of days) {
      const cls = classOn(rules, day);
      if (cls !== (classSince.at(-1)?.class ?? 'none')) classSince.push({ from: day, class: cls });
    }
    const asOf = rules.flatMap((r) => [r.effective, r.end, r.asOf, r.decided, r.signed]).filter(Boolean).sort().at(-1);
    const nameSources = border.properties.sources.filter((key) => key !== 'natural-earth');
    const sources = [...new Set([...[...rules, ...table.notCovered].flatMap((r) => r.sources), ...nameSources])];
    return {
      type: 'Feature', id: iso3,
      properties: {
        iso3, name: border.properties.name, names: border.properties.names, status: classSince.at(-1)?.class ?? 'none', asOf,
        classSince, rules, notCovered: table.notCovered, sources,
      },
      geometry: border.geometry,
    };
  });
  writeFeatureCollection(here('visa-free.geojson'), features);
  return features.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log('visa-free countries:', buildVisa());
