// Russian: the Data tab and the downloads' citations.
// The project's own translation.
import type { Catalogue } from '../../messages';

export default {
  "data.heading": "Открытые данные",
  "data.intro": "Все слои и таблицы с лицензией и готовой ссылкой. ГИС-программы подключаются к",
  "data.ogc": "(OGC API – Features); описание API —",
  "data.as": "{title} в формате {format}",
  "data.licence": "Лицензия:",
  "data.citation": "Ссылка для цитирования",
  "data.citationFor": "Ссылка для цитирования: {title}",
  "data.citationText": "Corridor Atlas. {title} [набор данных]. {url} (дата обращения: {date}). Лицензия: {licence}. "
    + "Указание авторства: {attribution}.",
  "data.collection.network-nodes": "Узлы сети",
  "data.collection.network-sections": "Участки сети",
  "data.tradeTitle": "Торговля Китая и Центральной Азии по годам",
  "data.tradeDescription": "Товарная торговля по данным Китая и по данным партнёров, по строке на значение, у каждого "
    + "— источники; ничего не оценено.",
  "data.routesTitle": "Сравнение маршрутов",
  "data.routesTitlePart": "Сравнение маршрутов, часть {part} из {parts}",
  "data.routesDescription": "{routes}: длина по основе, виду транспорта и стране, страны, пересечения границ, смены "
    + "колеи, перевалки, время в пути и CO2e каждого маршрута.",
  "data.volumesTitle": "Объёмы перевозок по годам",
  "data.volumesDescription": "Сколько грузов идёт по коридорам, год за годом: по ряду на каждый источник (цифры, "
    + "посчитанные по-разному, не смешиваются), по строке на значение, у каждого — источники. В JSON также пропускная "
    + "способность узких мест и её загрузка.",
} satisfies Catalogue;
