namespace Maps.Api.Routes;

/// <summary>
/// The brief's fixed words in English, Russian and Chinese (this project's own translations). Route and place names
/// come from the data in the language asked for, and so do the data's notes (their texts); source titles stay as their
/// sources wrote them.
/// </summary>
public static class BriefText
{
    public sealed record Words(
        string Title, string Made, string Permalink, string Route, string Length, string Days, string BorderHours,
        string BorderTotal, string Cost, string Co2, string Countries, string Notes, string Sources, string NoFigure,
        string Km, string DaysUnit, string Hours, string UsdPerFeu, string KgPerTeu, string Map, string Licence,
        string Tightest, string Print);

    public static readonly IReadOnlyDictionary<string, Words> ByLanguage = new Dictionary<string, Words>
    {
        ["en"] = new("Route comparison brief", "Made", "Permalink", "Route", "Length", "Transit time",
            "Hours at borders (range)", "Hours at borders (total)", "Cost per 40-ft container", "CO2e per TEU",
            "Countries", "Notes on comparability", "Sources", "no published figure", "km", "days", "h", "USD/FEU", "kg",
            "Map of the routes compared",
            "Map data: Natural Earth (public domain); route lines © OpenStreetMap contributors (ODbL 1.0) " +
            "where drawn from OSM.",
            "Tightest link", "Print or save as PDF"),
        ["ru"] = new("Справка: сравнение маршрутов", "Составлено", "Постоянная ссылка", "Маршрут", "Протяжённость",
            "Время в пути", "Часы на границах (диапазон)", "Часы на границах (сумма)",
            "Стоимость 40-футового контейнера", "CO2e на TEU", "Страны",
            "Замечания о сопоставимости", "Источники", "опубликованных данных нет", "км", "сут.", "ч", "USD/FEU", "кг",
            "Карта сравниваемых маршрутов",
            "Картографические данные: Natural Earth (общественное достояние); линии маршрутов © участники " +
            "OpenStreetMap (ODbL 1.0), где взяты из OSM.",
            "Самое узкое звено", "Печать или PDF"),
        ["zh"] = new("线路比较简报", "制作日期", "永久链接", "线路", "长度", "运输时间", "过境时间（范围）", "过境时间（合计）",
            "每个40英尺集装箱的费用", "每TEU二氧化碳当量", "途经国家", "可比性说明", "资料来源", "无公开数据", "公里", "天", "小时",
            "美元/FEU", "千克", "所比较线路的地图",
            "地图数据：Natural Earth（公有领域）；取自OSM的线路 © OpenStreetMap 贡献者（ODbL 1.0）。",
            "最紧张环节", "打印或另存为PDF"),
    };

    /// <summary>The project's own notes on comparability; in English exactly as the API's answers give them.</summary>
    public sealed record NoteWords(
        string Indicative, string NoneComparable, string SomeComparable, string CostScope, string BorderHours);

    public static readonly IReadOnlyDictionary<string, NoteWords> Notes = new Dictionary<string, NoteWords>
    {
        ["en"] = new(RouteTransit.IndicativeNote, RouteCost.NoneComparable, RouteCost.SomeComparable,
            "Cost figures differ in scope (door-to-door, station-to-station, port-to-port, border-to-border); "
            + "those marked ≠ are not comparable and stay out of the range.",
            "Hours at borders are CAREC CPMM averages per border point, year and direction; "
            + "a crossing takes the time on both sides."),
        ["ru"] = new(
            "Опубликованного времени в пути для этого маршрута нет: это его протяжённость по видам транспорта, "
            + "делённая на ориентировочные суточные расстояния, без простоя на границах и в портах.",
            "Ни одна опубликованная цифра не даёт стоимости всего маршрута за FEU; приведённые — за часть пути или в "
            + "других единицах.",
            "Диапазон — по цифрам за FEU на весь маршрут; остальные — за часть пути, в другом направлении или в других "
            + "единицах.",
            "Цифры стоимости различаются по охвату (от двери до двери, от станции до станции, от порта до порта, "
            + "от границы до границы); отмеченные ≠ несопоставимы и в диапазон не входят.",
            "Часы на границах — средние CAREC CPMM по пункту пропуска, году и направлению; переход границы включает "
            + "время по обе стороны."),
        ["zh"] = new(
            "该线路没有公开的运输时间：按各运输方式的距离除以参考日行距离估算，不含口岸和港口停留时间。",
            "没有公开数据给出整条线路每FEU的价格；所列数字只涵盖其中一段或采用其他单位。",
            "范围涵盖给出整条线路每FEU价格的数字；其余数字只涵盖其中一段、另一方向或采用其他单位。",
            "费用数字的统计范围不同（门到门、站到站、港到港、边境到边境）；标有≠的数字不可比，不计入范围。",
            "过境时间为CAREC CPMM按口岸、年份和方向统计的平均值；一次过境包括边境两侧所用的时间。"),
    };

    public static string HtmlLang(string language) => language == "zh" ? "zh-Hans" : language;
}
