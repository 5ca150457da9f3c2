// The words of the first view in this language, as one catalogue: the page fetches this one module. The words of parts
// loaded later (the Data tab, the handout, the Routes tab, the tour, the embed builder and page: data.ts, print.ts,
// routes.ts, tour.ts, widgets.ts) load with those parts (messages.ts: loadLaterWords).
import type { Catalogue } from '../../messages';
import common from './common';
import map from './map';
import places from './places';
import popups from './popups';
import timeline from './timeline';
import trade from './trade';

export default { ...common, ...map, ...places, ...popups, ...timeline, ...trade } satisfies Catalogue;
