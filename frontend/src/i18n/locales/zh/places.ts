// Chinese (Simplified): the Places tab.
// The project's own translation.
import type { Catalogue } from '../../messages';

export default {
  "places.heading": "地点",
  "places.intro": "按图层列出地图上的所有地点和线路。选择其中一项，即可在地图上显示并查看相关事实。",
  "places.none": "当前没有显示任何图层。",
} satisfies Catalogue;
