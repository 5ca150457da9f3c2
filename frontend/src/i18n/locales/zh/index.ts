// Every part of the page's words in this language, as one catalogue: the page fetches this one module. The handout's
// words (print.ts) load with the handout (messages.ts: loadLaterWords).
import type { Catalogue } from '../../messages';
import common from './common';
import data from './data';
import map from './map';
import places from './places';
import popups from './popups';
import routes from './routes';
import timeline from './timeline';
import tour from './tour';
import trade from './trade';
import widgets from './widgets';

export default { ...common, ...data, ...map, ...places, ...popups, ...routes, ...timeline, ...tour, ...trade, ...widgets } satisfies Catalogue;
