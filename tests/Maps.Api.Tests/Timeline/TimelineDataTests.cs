using System.Text.Json;
using System.Text.RegularExpressions;
using Maps.Api.Storage;

namespace Maps.Api.Tests.Timeline;

/// <summary>
/// geodata/events.json and the "as of" dates of the network against the seeded layers: every feature an event names
/// exists, every event is dated and sourced, and every segment, section and hub says when it opened or began (or why no
/// source gives it), each date with its sources.
/// </summary>
public sealed partial class TimelineDataTests
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "geodata");
    private static readonly GeodataSnapshot Snapshot = Maps.Api.Tests.Storage.ShippedGeodata.Load(Shipped);

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
    private static partial Regex IsoDate();

    private static JsonElement[] Events() =>
        JsonDocument.Parse(Snapshot.Documents["events"]).RootElement.GetProperty("events").EnumerateArray().ToArray();

    [Fact]
    public void Every_feature_an_event_names_exists_in_the_layer_it_names()
    {
        var features = Snapshot.Features.Select(f => (f.LayerId, f.FeatureId)).ToHashSet();
        var named = 0;
        foreach (var e in Events())
            foreach (var layer in e.GetProperty("features").EnumerateObject())
                foreach (var id in layer.Value.EnumerateArray())
                {
                    Assert.True(features.Contains((layer.Name, id.GetString()!)), $"{e.GetProperty("id")}: {layer.Name} has no feature '{id}'");
                    named++;
                }
        Assert.True(named > 50, $"only {named} features named");
    }

    [Theory]
    [InlineData("pipelines", "cacgp-line-a", "2009-12-14")]
    [InlineData("pipelines", "atasu-alashankou", "2006-05-25")]
    [InlineData("pipelines", "kenkiyak-kumkol", "2009-07")]
    [InlineData("pipelines", "beineu-bozoi-shymkent", "2013-09")]
    [InlineData("crossings", "bedel", "2024-09-03")]
    [InlineData("crossings", "irkeshtam", "1998-01-26")]
    public void Pipelines_and_crossings_dated_in_the_data_have_their_event(string layer, string id, string date)
    {
        var e = Assert.Single(Events(), e => e.GetProperty("date").GetString() == date
            && e.GetProperty("features").TryGetProperty(layer, out var ids) && ids.EnumerateArray().Any(i => i.GetString() == id));
        Assert.All(new[] { "en", "ru", "zh" }, lang => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("title").GetProperty(lang).GetString())));
    }

    [Fact]
    public void Every_event_is_dated_as_precisely_as_it_says_and_cites_sources_with_an_address()
    {
        var events = Events();
        Assert.True(events.Length >= 30, $"only {events.Length} events");
        Assert.Equal(events.Length, events.Select(e => e.GetProperty("id").GetString()).Distinct().Count());
        foreach (var e in events)
        {
            var id = e.GetProperty("id").GetString();
            var dates = e.GetProperty("date").GetString()!.Split('/');
            Assert.All(dates, d => Assert.Matches(IsoDate(), d));
            var precision = e.GetProperty("precision").GetString();
            Assert.Equal(precision, dates[0].Length switch { 4 => "year", 7 => "month", _ => "day" });
            // Resolved at seeding: an unknown key would have stopped the load.
            Assert.NotEmpty(e.GetProperty("sources").EnumerateArray());
            Assert.All(e.GetProperty("sources").EnumerateArray(), s => Assert.StartsWith("http", s.GetProperty("url").GetString()));
            foreach (var field in new[] { "title", "summary" })
                foreach (var lang in new[] { "en", "ru", "zh" })
                    Assert.False(string.IsNullOrWhiteSpace(e.GetProperty(field).GetProperty(lang).GetString()), $"{id}: no {lang} {field}");
        }
    }

    [Fact]
    public void The_events_the_issue_asks_for_are_there()
    {
        var dates = Events().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("date").GetString());
        Assert.Equal("2013-09-07", dates["bri-announced-astana-2013"]);
        Assert.Equal("2014-08-22", dates["zhezkazgan-beyneu-2014"]);
        Assert.Equal("2017-10-30", dates["btk-opened-2017"]);
        Assert.Equal("2022-01-25", dates["c5-virtual-summit-2022"]);
        Assert.Equal("2023-05-18/2023-05-19", dates["xian-summit-2023"]);
        Assert.Equal("2024-06-06", dates["cku-agreement-2024"]);
        Assert.Equal("2024-12-27", dates["cku-construction-launched-2024"]);
        Assert.Equal("2025-06-17", dates["astana-summit-2025"]);
        Assert.Equal("2023-11-10", dates["kz-cn-visa-free-2023"]);
        Assert.Equal("2025-06-01", dates["uz-cn-visa-free-2025"]);
        Assert.Contains("khorgos-gateway-first-train-2015", dates.Keys);
    }

    public static TheoryData<string> DatedLayers() => ["railways", "corridors", "hubs", "network"];

    [Theory]
    [MemberData(nameof(DatedLayers))]
    public void Every_line_and_hub_says_when_it_opened_or_began_each_date_with_its_sources(string layer)
    {
        var features = Snapshot.Features.Where(f => f.LayerId == layer).ToList();
        Assert.NotEmpty(features);
        foreach (var feature in features)
        {
            var p = JsonDocument.Parse(feature.PropertiesJson).RootElement;
            if (p.TryGetProperty("featureType", out var type) && type.GetString() == "node") continue;
            var dated = new[] { "plannedSince", "constructionStart", "opened" }.Where(k => p.TryGetProperty(k, out _)).ToList();
            Assert.True(dated.Contains("opened") || dated.Contains("constructionStart") || p.TryGetProperty("datesNote", out _),
                $"{layer}/{feature.FeatureId} says neither when it opened or began nor why not");
            foreach (var key in dated)
            {
                var value = p.GetProperty(key);
                Assert.Matches(IsoDate(), value.GetProperty("date").GetString()!);
                Assert.NotEmpty(value.GetProperty("sources").EnumerateArray());
            }
            if (p.GetProperty("status").GetString() == "under-construction")
                Assert.True(dated.Contains("constructionStart") && !dated.Contains("opened"), $"{layer}/{feature.FeatureId}");
        }
    }

    [Fact]
    public void The_cku_railway_began_in_december_2024_and_the_baku_tbilisi_kars_railway_opened_in_october_2017()
    {
        string Date(string layer, string id, string key) => JsonDocument.Parse(Snapshot.Features.Single(f => f.LayerId == layer && f.FeatureId == id).PropertiesJson)
            .RootElement.GetProperty(key).GetProperty("date").GetString()!;
        foreach (var id in new[] { "kashgar-torugart", "torugart-jalal-abad" })
            Assert.Equal("2024-12-27", Date("railways", id, "constructionStart"));
        // Jalal-Abad – Khanabad – Andijan is the line already in service that the CKU's route ends on.
        foreach (var id in new[] { "jalal-abad-khanabad", "khanabad-andijan" })
        {
            var p = JsonDocument.Parse(Snapshot.Features.Single(f => f.LayerId == "railways" && f.FeatureId == id).PropertiesJson).RootElement;
            Assert.Equal("operational", p.GetProperty("status").GetString());
            Assert.False(p.TryGetProperty("constructionStart", out _) || p.TryGetProperty("plannedSince", out _), id);
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("datesNote").GetString()));
        }
        Assert.Equal("2017-10-30", Date("corridors", "akhalkalaki-kars", "opened"));
        Assert.Equal("2012-12-22", Date("corridors", "port-of-khorgos-altynkol", "opened"));
    }
}
