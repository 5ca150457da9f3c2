// Checks the timeline (events.json) and the "as of" dates of the network and hubs against the other files: every
// feature an event names exists in the layer it names, every source key is in sources.json, every date is ISO 8601,
// and every text is there in English, Russian and Chinese. A failure names the event or feature.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (file) => fileURLToPath(new URL(`../${file}`, import.meta.url));
const readJson = (file) => JSON.parse(readFileSync(here(file), 'utf8'));

const isoDate = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const precisionOf = (date) => ['year', 'month', 'day'][date.split('-').length - 1];
const scripts = { ru: /\p{Script=Cyrillic}/u, zh: /\p{Script=Han}/u };
export const languages = ['en', 'ru', 'zh'];

/** Feature ids by layer: every overlay's file and the network (its nodes and segments). */
function featureIds() {
  const catalogue = readJson('layers.json');
  const ids = new Map();
  for (const entry of [...catalogue.overlays, ...catalogue.network]) {
    ids.set(entry.id, new Set(readJson(entry.file).features.map((f) => f.id)));
  }
  return ids;
}

function checkText(text, where) {
  for (const lang of languages) {
    const value = text?.[lang];
    if (typeof value !== 'string' || !value.trim()) throw new Error(`${where}: no ${lang} text`);
    if (scripts[lang] && !scripts[lang].test(value)) throw new Error(`${where}: the ${lang} text is not in its script`);
  }
}

function checkSources(keys, sources, where) {
  if (!Array.isArray(keys) || keys.length === 0) throw new Error(`${where}: no sources`);
  for (const key of keys) if (!sources[key]) throw new Error(`${where}: unknown source '${key}'`);
}

/** A date the "as of" control reads: { date, sources, note? }. */
function checkDated(value, sources, where) {
  if (value === undefined) return;
  if (!isoDate.test(value.date ?? '')) throw new Error(`${where}: '${value.date}' is not an ISO 8601 date`);
  checkSources(value.sources, sources, where);
}

export function checkTimeline() {
  const sources = readJson('sources.json');
  const layers = featureIds();
  const { events } = readJson('events.json');
  const seen = new Set();
  let previous = '';
  for (const event of events) {
    const where = `events.json ${event.id}`;
    if (seen.has(event.id)) throw new Error(`${where}: the id appears twice`);
    seen.add(event.id);
    const [start, end] = event.date.split('/');
    if (!isoDate.test(start) || (end !== undefined && !isoDate.test(end))) throw new Error(`${where}: '${event.date}' is not an ISO 8601 date or interval`);
    if (event.precision !== precisionOf(start)) throw new Error(`${where}: precision '${event.precision}' does not match '${event.date}'`);
    if (start < previous) throw new Error(`${where}: not in date order`);
    previous = start;
    checkText(event.title, `${where} title`);
    checkText(event.summary, `${where} summary`);
    checkSources(event.sources, sources, where);
    for (const note of event.notes ?? []) {
      checkText(note.text, `${where} note`);
      checkSources(note.sources, sources, `${where} note`);
    }
    const refs = Object.entries(event.features ?? {});
    if (refs.length === 0) throw new Error(`${where}: concerns no feature`);
    for (const [layer, ids] of refs) {
      const known = layers.get(layer);
      if (!known) throw new Error(`${where}: unknown layer '${layer}'`);
      for (const id of ids) if (!known.has(id)) throw new Error(`${where}: ${layer} has no feature '${id}'`);
    }
  }

  // The "as of" dates: each segment and hub says when it opened, or began, or why no date is given.
  const network = readJson('network-source.json');
  const hubs = readJson('hubs.geojson').features.map((f) => ({ id: f.id, ...f.properties }));
  let dated = 0;
  for (const [file, items] of [['network-source.json', network.segments], ['hubs.geojson', hubs]]) {
    for (const item of items) {
      const where = `${file} ${item.id}`;
      for (const key of ['plannedSince', 'constructionStart', 'opened']) checkDated(item[key], sources, `${where} ${key}`);
      if (!item.opened && !item.constructionStart && !item.datesNote) throw new Error(`${where}: no opening or construction date, and no datesNote saying why`);
      if (item.status === 'under-construction' && (!item.constructionStart || !item.expectedOpening)) throw new Error(`${where}: under construction without its start and expected opening`);
      if (item.opened || item.constructionStart) dated++;
    }
  }
  return { events: events.length, datedFeatures: dated };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log('timeline:', checkTimeline());
