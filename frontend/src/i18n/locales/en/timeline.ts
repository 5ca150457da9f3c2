// English: the Timeline tab, the "as of" control and the dates and events in feature popups.
import type { Catalogue } from '../../messages';

export default {
  'timeline.tab': 'Timeline',
  'timeline.heading': 'Timeline',
  'timeline.intro': 'Events that shaped the corridors, oldest first. Select one to see on the map what it concerns, '
    + 'with the network as it stood that year.',
  'timeline.translationNote': 'The events are written in English; their Russian and Chinese texts are the atlas’s own '
    + 'translations.',
  'timeline.clear': 'Show no event',
  'timeline.list': 'Events in date order',
  'timeline.shown': '{title}: shown on the map as of {year}',
  'timeline.sources': 'Sources: {count}',
  'timeline.accessed': 'accessed {date}',
  'timeline.loading': 'Loading the timeline…',
  'timeline.error': 'The timeline could not be loaded ({message}).',
  'timeline.asOf.label': 'Network as of',
  'timeline.asOf.today': 'Today',
  'timeline.asOf.now': 'today',
  'timeline.asOf.note': 'End of the year shown: lines built by then as usual, under construction dashed, not yet begun '
    + 'not drawn.',
  'timeline.popup.dates': 'Dates',
  'timeline.popup.events': 'Events',
  'timeline.popup.opened': 'Opened',
  'timeline.popup.constructionStart': 'Construction began',
  'timeline.popup.plannedSince': 'Planned since',
} satisfies Catalogue;
