namespace Maps.Api.Routes;

/// <summary>
/// The brief's fixed words in English, Russian and Chinese (this project's own translations). Route and place names
/// come from the data in the language asked for; notes and source titles stay as their sources wrote them.
/// </summary>
public static class BriefText
{
    public sealed record Words(
        string Title, string Made, string Permalink, string Route, string Length, string Days, string BorderHours, string BorderTotal,
        string Cost, string Co2, string Countries, string Notes, string Sources, string NoFigure, string Km, string DaysUnit,
        string Hours, string UsdPerFeu, string KgPerTeu, string Map, string Licence, string Tightest, string Print);

    public static readonly IReadOnlyDictionary<string, Words> ByLanguage = new Dictionary<string, Words>
    {
        ["en"] = new("Route comparison brief", "Made", "Permalink", "Route", "Length", "Transit time", "Hours at borders (range)",
            "Hours at borders (total)", "Cost per 40-ft container", "CO2e per TEU", "Countries", "Notes on comparability", "Sources",
            "no published figure", "km", "days", "h", "USD/FEU", "kg", "Map of the routes compared",
            "Map data: Natural Earth (public domain); route lines © OpenStreetMap contributors (ODbL 1.0) where drawn from OSM.",
            "Tightest link", "Print or save as PDF"),
        ["ru"] = new("Справка: сравнение маршрутов", "Составлено", "Постоянная ссылка", "Маршрут", "Протяжённость", "Время в пути",
            "Часы на границах (диапазон)", "Часы на границах (сумма)", "Стоимость 40-футового контейнера", "CO2e на TEU", "Страны",
            "Замечания о сопоставимости", "Источники", "опубликованных данных нет", "км", "сут.", "ч", "USD/FEU", "кг",
            "Карта сравниваемых маршрутов",
            "Картографические данные: Natural Earth (общественное достояние); линии маршрутов © участники OpenStreetMap (ODbL 1.0), где взяты из OSM.",
            "Самое узкое звено", "Печать или PDF"),
        ["zh"] = new("线路比较简报", "制作日期", "永久链接", "线路", "长度", "运输时间", "过境时间（范围）", "过境时间（合计）",
            "每个40英尺集装箱的费用", "每TEU二氧化碳当量", "途经国家", "可比性说明", "资料来源", "无公开数据", "公里", "天", "小时",
            "美元/FEU", "千克", "所比较线路的地图",
            "地图数据：Natural Earth（公有领域）；取自OSM的线路 © OpenStreetMap 贡献者（ODbL 1.0）。",
            "最紧张环节", "打印或另存为PDF"),
    };

    public static string HtmlLang(string language) => language == "zh" ? "zh-Hans" : language;
}
