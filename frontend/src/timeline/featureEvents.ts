// A feature's popup lists the events that concern it and the dates the network's "as of" view reads (opened, begun,
// planned), each with its sources cited into the popup's own numbered list. map/overlay.ts calls this through its
// popupExtras parameter, so the map knows nothing of the timeline.
import { factText, type Description } from '../format';
import { formatDate } from '../i18n/formats';
import { currentLanguage, t } from '../i18n/messages';
import type { FeatureProperties } from '../types';
import { formatEventDate } from './dates';
import type { Source, TimelineEvent } from '../contract';

/** Segment ids are shared by the network and the railway and corridor layers drawn from it. */
const segmentLayers = new Set(['network', 'railways', 'corridors']);

const dateKeys = [
  ['plannedSince', 'timeline.popup.plannedSince'],
  ['constructionStart', 'timeline.popup.constructionStart'],
  ['opened', 'timeline.popup.opened'],
] as const;

interface Dated {
  date: string;
  note?: string;
  sources: Source[];
}

export class FeatureEvents {
  private events: TimelineEvent[] = [];

  set(events: TimelineEvent[]): void {
    this.events = events;
  }

  /** The events that name the feature, in date order. */
  of(layerId: string, featureId: string): TimelineEvent[] {
    return this.events.filter((e) =>
      e.features.some(
        (f) =>
          f.id === featureId && (f.layer === layerId || (segmentLayers.has(f.layer) && segmentLayers.has(layerId))),
      ),
    );
  }

  /** The lists for map/overlay.ts's popupExtras. */
  readonly extras = (
    layerId: string,
    featureId: string,
    props: FeatureProperties,
    sources: Source[],
  ): Description['lists'] => {
    const lists: Description['lists'] = [];
    const dates = dateKeys.flatMap(([key, label]) => {
      const value = props[key] as Dated | undefined;
      if (!value?.date) return [];
      // The notes are the data's English; shown where the page is English.
      const note = value.note && currentLanguage() === 'en' ? ` (${value.note})` : '';
      return [factText({ text: `${t(label)}: ${formatDate(value.date)}${note}`, sources: value.sources }, sources)];
    });
    if (dates.length) lists.push({ label: t('timeline.popup.dates'), items: dates });
    const events = this.of(layerId, featureId);
    if (events.length)
      lists.push({
        label: t('timeline.popup.events'),
        items: events.map((e) =>
          factText({ text: `${formatEventDate(e.date)}: ${e.title}`, sources: e.sources }, sources),
        ),
      });
    return lists;
  };
}
