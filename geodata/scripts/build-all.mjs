// Rebuilds every derived file in geodata/ from its packaged source (npm run geodata).
import { buildBorders } from './build-borders.mjs';
import { buildBasemap } from './build-basemap.mjs';
import { buildDisputed } from './build-disputed.mjs';
import { buildConnectivity } from './build-connectivity.mjs';
import { buildNetwork } from './build-network.mjs';
import { buildVisa } from './build-visa.mjs';
import { checkTimeline } from './check-timeline.mjs';

console.log('borders:', buildBorders(), 'countries');
console.log('basemap (land, boundaries):', buildBasemap());
console.log('disputed areas:', buildDisputed());
console.log('network:', buildNetwork());
console.log('connectivity:', buildConnectivity());
// After the borders: the visa layer takes the five states' outlines from them.
console.log('visa-free countries:', buildVisa());
// Last: the timeline names features of the layers built above.
console.log('timeline (checked):', checkTimeline());
