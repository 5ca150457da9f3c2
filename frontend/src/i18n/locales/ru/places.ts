// Russian: the Places tab.
// The project's own translation.
import type { Catalogue } from '../../messages';

export default {
  "places.heading": "Места",
  "places.intro": "Все места и линии карты по слоям. Выберите одно, чтобы показать его на карте вместе с фактами.",
  "places.none": "Ни один слой не показан.",
} satisfies Catalogue;
