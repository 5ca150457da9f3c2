// English: the map's own words: legend, drawing a route.
import type { Catalogue } from '../../messages';

export default {
  "legend.heading": "Legend",
  "legend.note": "Lines are drawn through the named stations and places; each popup gives the sources.",
  "legend.boundaries": "Boundaries as Natural Earth draws them: where a state administers territory another claims, "
    + "the line follows the administering state (Crimea, Aksai Chin, Gilgit-Baltistan); self-declared breakaway "
    + "regions stay inside the state that claims them (Abkhazia, South Ossetia). Hatched areas are disputed. The map "
    + "takes no position on sovereignty.",
  "draw.group": "Drawing a route",
  "draw.hint": "Click the map to add points.",
  "draw.finish": "Finish",
  "draw.cancel": "Cancel",
  "draw.points.one": "{count} point. Finish when done.",
  "draw.points.other": "{count} points. Finish when done.",
  "legend.summit": "Summit city",
  "legend.dryPort": "Dry port (gauge change)",
  "legend.borderCrossing": "Border crossing",
  "legend.seaport": "Seaport",
  "legend.breakOfGauge": "Break of gauge",
  "legend.ckuRailway": "China–Kyrgyzstan–Uzbekistan railway (under construction)",
  "legend.corridorRail": "Middle Corridor by rail",
  "legend.corridorSea": "Middle Corridor by sea (Caspian)",
  "legend.disputed": "Disputed or breakaway area (Natural Earth)",
  "legend.gasPipeline": "Gas pipeline (Central Asia–China, Lines A–C)",
  "legend.gasPipelineD": "Gas pipeline Line D (stalled)",
  "legend.oilPipeline": "Oil pipeline (Kazakhstan–China)",
  "legend.road": "Road to a border crossing",
  "legend.roadCrossing": "Road border crossing",
  "legend.visaMutual": "Visa-free with China both ways (year chosen)",
  "legend.visaPartial": "Visa-free one way or for some travellers",
  "legend.visaNone": "No visa-free travel with China",
  "legend.missionCountry": "China and Central Asia",
  "legend.otherCountry": "Other countries on the routes",
  "map.zoomIn": "Zoom in",
  "map.zoomOut": "Zoom out",
  "map.closePopup": "Close the facts",
} satisfies Catalogue;
