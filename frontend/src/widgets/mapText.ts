import { t } from '../i18n/messages';
import { boundaryNote } from '../map/legend';
import type { SnapshotText } from '../map/snapshot';
import { legendEntries } from '../layers/styles';
import { classes, classLabel, noDataColour } from '../trade/scale';
import type { Source } from '../contract';

/**
 * The words that go with a picture or a citation of the map, in the page's language: what is shown, and where the data
 * comes from.
 */
export function snapshotText(
  view: { lat: number; lon: number; zoom: number },
  title: string,
  shown: string[],
  year: number | null,
  reporter: string,
  licences: string[] = [],
): SnapshotText {
  const legend: SnapshotText['legend'] = [];
  for (const { layerId, entries } of legendEntries) {
    if (!shown.includes(layerId)) continue;
    for (const entry of entries) {
      const s = entry.symbol;
      legend.push({
        label: t(entry.label),
        colour:
          s.type === 'line' || s.type === 'hatch' ? s.colour : s.type === 'area' ? s.fill : markerColour(s.className),
      });
    }
  }
  if (shown.includes('trade') && year !== null)
    legend.push(
      ...classes.map((c) => ({ label: t('snapshot.tradeClass', { label: classLabel(c) }), colour: c.colour })),
      { label: t('snapshot.tradeNoData'), colour: noDataColour },
    );
  const trade =
    year !== null && shown.includes('trade')
      ? `${t(reporter === 'partner' ? 'snapshot.tradePartner' : 'snapshot.tradeChina', { year })} `
      : '';
  const centre = t('snapshot.centre', { lat: view.lat.toFixed(2), lon: view.lon.toFixed(2), zoom: view.zoom });
  return {
    title,
    subtitle: `${trade}${centre}`,
    legend,
    attribution: [t('snapshot.attribution'), ...licences].join(' · '),
    note: boundaryNote(),
  };
}

function markerColour(className: string): string {
  if (className.includes('summit')) return '#c62828';
  if (className.includes('dry-port')) return '#e65100';
  if (className.includes('seaport')) return '#00838f';
  if (className.includes('break-of-gauge')) return '#6a1b9a';
  return '#37474f';
}

/** The words OpenStreetMap's licence requires wherever its data is shown or passed on. */
export const osmAttribution = '© OpenStreetMap contributors, ODbL 1.0';

/**
 * The licence notices the layers shown require beside the map's own attribution: the ODbL's for every layer built on
 * OpenStreetMap (the layer catalogue says which), once.
 */
export function licenceNotes(layers: { id: string; licence?: { url: string } }[], shown: string[]): string[] {
  return layers.some((l) => shown.includes(l.id) && /odbl/i.test(l.licence?.url ?? '')) ? [osmAttribution] : [];
}

/** Sources of the layers shown, as the layer catalogue gives them. */
export function layerSources(layers: { id: string; sources: Source[] }[], shown: string[]): Source[] {
  return layers.filter((l) => shown.includes(l.id)).flatMap((l) => l.sources);
}
