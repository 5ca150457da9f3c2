using System.Text.Json;
using System.Text.RegularExpressions;

namespace Maps.Api.Tests.Routes;

/// <summary>
/// geodata/route-costs.json, border-hours.json and volumes.json: every figure with its reporter, date, scope and
/// sources; every route, node and feature they name exists (sea-cape is the one route id allowed ahead of its route).
/// </summary>
public sealed partial class RouteEconomicsDataTests
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "geodata");

    private static JsonElement Read(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Shipped, file))).RootElement;

    private static readonly HashSet<string> Sources = Read("sources.json").EnumerateObject().Select(p => p.Name).ToHashSet();

    private static readonly HashSet<string> RouteIds =
        Read("routes.json").GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).Append("sea-cape").ToHashSet();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex IsoDate();

    private static void Cited(JsonElement item, string where)
    {
        var keys = item.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.True(keys.Count > 0, $"{where} cites nothing");
        Assert.All(keys, k => Assert.True(Sources.Contains(k), $"{where}: unknown source {k}"));
    }

    [Fact]
    public void Every_cost_figure_names_reporter_date_scope_and_comparability()
    {
        var costs = Read("route-costs.json");
        var series = costs.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();
        foreach (var figure in costs.GetProperty("figures").EnumerateArray())
        {
            var where = $"{figure.GetProperty("reporter").GetString()} {figure.GetProperty("value")}";
            Assert.Contains(figure.GetProperty("unit").GetString(), new[] { "USD/FEU", "USD/TEU" });
            Assert.Contains(figure.GetProperty("covers").GetString(), new[] { "door-to-door", "station-to-station", "port-to-port", "border-to-border" });
            Assert.True(figure.TryGetProperty("year", out _) || IsoDate().IsMatch(figure.GetProperty("asOf").GetString()!), $"{where} is undated");
            Assert.Contains(figure.GetProperty("comparable").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            // A per-TEU figure or a part of the route is never in the range.
            if (figure.GetProperty("unit").GetString() != "USD/FEU" || figure.GetProperty("covers").GetString() == "border-to-border")
                Assert.False(figure.GetProperty("comparable").GetBoolean(), $"{where} differs in scope but is marked comparable");
            Assert.All(figure.GetProperty("routes").EnumerateArray(), r => Assert.True(RouteIds.Contains(r.GetString()!), $"{where}: no route {r}"));
            if (figure.TryGetProperty("series", out var s)) Assert.True(series.Contains(s.GetString()), $"{where}: no series {s}");
            Cited(figure, where);
        }
        foreach (var surcharge in costs.GetProperty("surcharges").EnumerateArray()) Cited(surcharge, "surcharge");
    }

    [Fact]
    public void Every_note_the_brief_prints_from_the_data_reads_in_russian_and_chinese()
    {
        var notes = Read("route-costs.json").GetProperty("surcharges").EnumerateArray().Select(s => ("surcharge", s))
            .Concat(Read("routes.json").GetProperty("routes").EnumerateArray()
                .Where(r => r.TryGetProperty("transitNote", out _))
                .Select(r => ($"{r.GetProperty("id").GetString()} transitNote", r.GetProperty("transitNote"))))
            .ToList();
        Assert.NotEmpty(notes);
        foreach (var (where, note) in notes)
        {
            Assert.False(string.IsNullOrWhiteSpace(note.GetProperty("text").GetString()), $"{where} has no English text");
            foreach (var lang in new[] { "ru", "zh" })
                Assert.True(note.TryGetProperty("texts", out var texts) && texts.TryGetProperty(lang, out var text)
                    && !string.IsNullOrWhiteSpace(text.GetString()), $"{where} has no {lang} text");
        }
    }

    [Fact]
    public void Every_border_figure_is_a_cpmm_measure_at_a_known_place()
    {
        var network = JsonDocument.Parse(File.ReadAllText(Path.Combine(Shipped, "network.geojson"))).RootElement.GetProperty("features")
            .EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToHashSet();
        var features = new[] { "hubs", "crossings" }.SelectMany(layer => Read($"{layer}.geojson").GetProperty("features").EnumerateArray()
            .Select(f => $"{layer}/{f.GetProperty("id").GetString()}")).ToHashSet();
        foreach (var figure in Read("border-hours.json").GetProperty("figures").EnumerateArray())
        {
            var where = $"{figure.GetProperty("place").GetString()} {figure.GetProperty("year")}";
            Assert.InRange(figure.GetProperty("hours").GetDouble(), 0.1, 500);
            Assert.Contains(figure.GetProperty("mode").GetString(), new[] { "rail", "road" });
            Assert.Contains(figure.GetProperty("direction").GetString(), new[] { "inbound", "outbound", "both", "not stated" });
            Assert.All(figure.GetProperty("nodes").EnumerateArray(), n => Assert.True(network.Contains(n.GetString()!), $"{where}: no node {n}"));
            Assert.All(figure.GetProperty("features").EnumerateArray(), f =>
                Assert.Contains($"{f.GetProperty("layer").GetString()}/{f.GetProperty("id").GetString()}", features));
            Cited(figure, where);
        }
    }

    [Fact]
    public void Every_volume_point_is_sourced_and_every_link_reads_a_point_that_exists()
    {
        var volumes = Read("volumes.json");
        var points = new Dictionary<(string, int), JsonElement>();
        foreach (var series in volumes.GetProperty("series").EnumerateArray())
        {
            Assert.False(string.IsNullOrWhiteSpace(series.GetProperty("reporter").GetString()));
            foreach (var point in series.GetProperty("points").EnumerateArray())
            {
                Cited(point, series.GetProperty("id").GetString()!);
                points[(series.GetProperty("id").GetString()!, point.GetProperty("year").GetInt32())] = point;
            }
        }
        foreach (var link in volumes.GetProperty("links").EnumerateArray())
        {
            var throughput = link.GetProperty("throughput");
            Assert.True(points.ContainsKey((throughput.GetProperty("series").GetString()!, throughput.GetProperty("year").GetInt32())),
                $"{link.GetProperty("id").GetString()} reads a point that does not exist");
            Cited(link.GetProperty("capacity"), link.GetProperty("id").GetString()!);
            Assert.Matches(IsoDate(), link.GetProperty("capacity").GetProperty("asOf").GetString()!);
        }
    }
}
