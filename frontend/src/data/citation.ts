// Ready citations for the downloads: what, where, under which licence, when it was fetched.

export interface Licence {
  title: string;
  url: string;
}

/** The project's own data (the trade table, route metrics, and the layers it compiled) is CC BY 4.0, as README states. */
export const projectLicence: Licence = {
  title: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function datasetCitation(title: string, url: string, licence: Licence, attribution: string, accessed = new Date()): string {
  return `Corridor Atlas. ${title} [data set]. ${url} (accessed ${dateFormat.format(accessed)}). `
    + `Licence: ${licence.title}, ${licence.url}. Attribution: ${attribution}.`;
}
