// English: the Places tab.
import type { Catalogue } from '../../messages';

export default {
  "places.heading": "Places",
  "places.intro": "Every place and line on the map, by layer. Choose one to show it on the map with its facts.",
  "places.none": "No layer is shown.",
} satisfies Catalogue;
