// Rebuilds every derived file in geodata/ from its packaged source (npm run geodata).
import { buildBorders } from './build-borders.mjs';
import { buildBasemap } from './build-basemap.mjs';
import { buildDisputed } from './build-disputed.mjs';
import { buildNetwork } from './build-network.mjs';

console.log('borders:', buildBorders(), 'countries');
console.log('basemap (land, boundaries):', buildBasemap());
console.log('disputed areas:', buildDisputed());
console.log('network:', buildNetwork());
