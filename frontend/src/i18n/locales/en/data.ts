// English: the Data tab and the downloads' citations.
import type { Catalogue } from '../../messages';

export default {
  "data.heading": "Open data",
  "data.intro": "Every layer and table, with its licence and a citation. GIS tools connect to",
  "data.ogc": "(OGC API – Features); the API is described at",
  "data.as": "{title} as {format}",
  "data.licence": "Licence:",
  "data.citation": "Citation",
  "data.citationFor": "Citation for {title}",
  "data.citationText": "Corridor Atlas. {title} [data set]. {url} (accessed {date}). Licence: {licence}. Attribution: "
    + "{attribution}.",
  "data.collection.network-nodes": "Network nodes",
  "data.collection.network-sections": "Network sections",
  "data.tradeTitle": "China–Central Asia trade by year",
  "data.tradeDescription": "China-reported and partner-reported merchandise trade, one row per value, each with its "
    + "sources; no value estimated.",
  "data.routesTitle": "Route comparison",
  "data.routesTitlePart": "Route comparison, {part} of {parts}",
  "data.routesDescription": "{routes}: length by basis, mode and country, countries, border crossings, gauge breaks, "
    + "transshipments, transit days and CO2e of each route.",
  "data.volumesTitle": "Freight volumes by year",
  "data.volumesDescription": "How much moves on the corridors, year by year: one series per reporter (figures counted "
    + "differently are kept apart), one row per figure with its sources. The JSON also gives the bottlenecks’ "
    + "capacity against their throughput.",
} satisfies Catalogue;
