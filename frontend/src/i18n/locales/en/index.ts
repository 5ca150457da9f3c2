// Every part of the page's words in this language, as one catalogue: the page fetches this one module.
import type { Catalogue } from '../../messages';
import common from './common';
import data from './data';
import map from './map';
import places from './places';
import popups from './popups';
import print from './print';
import routes from './routes';
import timeline from './timeline';
import tour from './tour';
import trade from './trade';
import widgets from './widgets';

export default { ...common, ...data, ...map, ...places, ...popups, ...print, ...routes, ...timeline, ...tour, ...trade, ...widgets } satisfies Catalogue;
