// Ready citations for the downloads: what, where, under which licence, when it was fetched.
import { formatDate } from '../i18n/formats';
import { t } from '../i18n/messages';

export interface Licence {
  title: string;
  url: string;
}

/**
 * The project's own data (the trade table, route metrics, and the layers it compiled) is CC BY 4.0, as README states.
 */
export const projectLicence: Licence = {
  title: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

/** OpenStreetMap's licence, for data built on it (route geometry drawn through OSM station nodes). */
export const odbl: Licence = {
  title: 'Open Database License 1.0 (ODbL 1.0)',
  url: 'https://opendatacommons.org/licenses/odbl/1-0/',
};

/** A data set's citation in the page's language; the licence and attribution as their owners write them. */
export function datasetCitation(
  title: string,
  url: string,
  licence: Licence,
  attribution: string,
  accessed = new Date(),
): string {
  return t('data.citationText', {
    title,
    url,
    date: formatDate(accessed.toISOString().slice(0, 10)),
    licence: `${licence.title}, ${licence.url}`,
    attribution,
  });
}
