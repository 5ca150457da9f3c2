import { getJson } from '../api';
import { html } from '../dom';
import { t } from '../i18n/messages';
import { originalText } from '../i18n/names';
import { downloadText } from '../download';
import type { OgcCollection as Collection, OgcFeatureCollection as FeatureCollection } from '../contract';
import { datasetCitation, type Licence } from './citation';
import type { CsvFeature } from './csv';
import './data.css';

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
export function dataPanel(
  collections: Collection[],
  tables: TableDownload[],
  origin: string,
  titles = new Map<string, { title: string; description: string }>(),
): HTMLElement {
  const panel = document.createElement('section');
  panel.className = 'data-panel';
  panel.setAttribute('aria-labelledby', 'data-heading');
  const heading = html('h2', { text: t('data.heading') });
  heading.id = 'data-heading';
  const intro = html('p', { text: `${t('data.intro')} ` });
  intro.append(link(`${origin}/ogc`, `${origin}/ogc`), ` ${t('data.ogc')} `, link('/api/docs', '/api/docs'), '.');
  panel.append(heading, intro);

  for (const c of collections) {
    panel.append(
      entry(
        {
          id: c.id,
          title:
            titles.get(c.id)?.title ??
            (t(`data.collection.${c.id}`) !== `data.collection.${c.id}` ? t(`data.collection.${c.id}`) : c.title),
          description: titles.get(c.id)?.description ?? c.description,
          jsonPath: geoJsonPath(c.id),
          licence: c.license,
          attribution: c.attribution,
          csv: async () =>
            (await import('./csv')).featuresToCsv(
              (await getJson<FeatureCollection>(geoJsonPath(c.id))).features as unknown as CsvFeature[],
            ),
        },
        'GeoJSON',
        origin,
      ),
    );
  }
  for (const t of tables) panel.append(entry(t, 'JSON', origin));
  return panel;
}

function entry(item: TableDownload, jsonLabel: string, origin: string): HTMLElement {
  const box = document.createElement('article');
  box.className = 'data-entry';
  box.dataset.download = item.id;
  const title = html('h3', { text: item.title });
  const description = originalText(html('p', { text: '' }), item.description);
  const actions = document.createElement('p');
  actions.className = 'data-actions';
  const json = link(item.jsonPath, jsonLabel);
  json.download = `corridor-atlas-${item.id}.${jsonLabel === 'GeoJSON' ? 'geojson' : 'json'}`;
  const csv = document.createElement('button');
  csv.type = 'button';
  csv.textContent = 'CSV';
  csv.setAttribute('aria-label', t('data.as', { title: item.title, format: 'CSV' }));
  json.setAttribute('aria-label', t('data.as', { title: item.title, format: jsonLabel }));
  csv.addEventListener('click', async () => {
    csv.disabled = true;
    try {
      downloadText(await item.csv(), `corridor-atlas-${item.id}.csv`);
    } finally {
      csv.disabled = false;
    }
  });
  actions.append(json, ' ', csv);
  const licence = html('p', { text: `${t('data.licence')} ` });
  licence.className = 'data-licence';
  const licenceLink = link(item.licence.url, item.licence.title);
  originalText(licenceLink, item.licence.title);
  licence.append(licenceLink, '. ', originalText(document.createElement('span'), `${item.attribution}.`));
  const cite = document.createElement('details');
  cite.append(html('summary', { text: t('data.citation') }));
  const text = document.createElement('textarea');
  text.readOnly = true;
  text.rows = 4;
  text.value = datasetCitation(item.title, `${origin}${item.jsonPath}`, item.licence, item.attribution);
  text.setAttribute('aria-label', t('data.citationFor', { title: item.title }));
  cite.append(text);
  box.append(title, description, actions, licence, cite);
  return box;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}
