import { getJson } from '../api';
import { downloadText } from '../download';
import type { components } from '../apiSchema';
import { datasetCitation, type Licence } from './citation';
import { featuresToCsv, type CsvFeature } from './csv';

type Collection = components['schemas']['OgcCollectionInfo'];
type FeatureCollection = components['schemas']['OgcFeatureCollection'];

/** A download that is not a map layer: the trade table, the route comparison. Its CSV is made on demand. */
export interface TableDownload {
  id: string;
  title: string;
  description: string;
  jsonPath: string;
  csv: () => Promise<string>;
  licence: Licence;
  attribution: string;
}

/** The OGC items of a collection in one GeoJSON document (every layer here is far below the 10,000 page limit). */
export const geoJsonPath = (id: string) => `/ogc/collections/${encodeURIComponent(id)}/items?f=json&limit=10000`;

/**
 * Downloads: every layer as GeoJSON (full resolution, from the OGC API) and CSV, and the tables, each with its
 * licence, attribution and a ready citation; and where GIS tools and notebooks connect.
 */
export function dataPanel(collections: Collection[], tables: TableDownload[], origin: string): HTMLElement {
  const panel = document.createElement('section');
  panel.className = 'data-panel';
  panel.setAttribute('aria-labelledby', 'data-heading');
  const heading = element('h2', 'Open data');
  heading.id = 'data-heading';
  const intro = element('p', 'Every layer and table, with its licence and a citation. GIS tools connect to ');
  intro.append(link(`${origin}/ogc`, `${origin}/ogc`), ' (OGC API – Features); the API is described at ', link('/api/docs', '/api/docs'), '.');
  panel.append(heading, intro);

  for (const c of collections) {
    panel.append(entry({
      id: c.id,
      title: c.title,
      description: c.description,
      jsonPath: geoJsonPath(c.id),
      licence: c.license,
      attribution: c.attribution,
      csv: async () => featuresToCsv((await getJson<FeatureCollection>(geoJsonPath(c.id))).features as unknown as CsvFeature[]),
    }, 'GeoJSON', origin));
  }
  for (const t of tables) panel.append(entry(t, 'JSON', origin));
  return panel;
}

function entry(item: TableDownload, jsonLabel: string, origin: string): HTMLElement {
  const box = document.createElement('article');
  box.className = 'data-entry';
  box.dataset.download = item.id;
  const title = element('h3', item.title);
  const description = element('p', item.description);
  const actions = document.createElement('p');
  actions.className = 'data-actions';
  const json = link(item.jsonPath, jsonLabel);
  json.download = `corridor-atlas-${item.id}.${jsonLabel === 'GeoJSON' ? 'geojson' : 'json'}`;
  const csv = document.createElement('button');
  csv.type = 'button';
  csv.textContent = 'CSV';
  csv.setAttribute('aria-label', `${item.title} as CSV`);
  json.setAttribute('aria-label', `${item.title} as ${jsonLabel}`);
  csv.addEventListener('click', async () => {
    csv.disabled = true;
    try {
      downloadText(await item.csv(), `corridor-atlas-${item.id}.csv`);
    } finally {
      csv.disabled = false;
    }
  });
  actions.append(json, ' ', csv);
  const licence = element('p', 'Licence: ');
  licence.className = 'data-licence';
  licence.append(link(item.licence.url, item.licence.title), `. ${item.attribution}.`);
  const cite = document.createElement('details');
  cite.append(element('summary', 'Citation'));
  const text = document.createElement('textarea');
  text.readOnly = true;
  text.rows = 4;
  text.value = datasetCitation(item.title, `${origin}${item.jsonPath}`, item.licence, item.attribution);
  text.setAttribute('aria-label', `Citation for ${item.title}`);
  cite.append(text);
  box.append(title, description, actions, licence, cite);
  return box;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}
