using System.Net;
using System.Text.Json;
using Maps.Api.Geo;
using NetTopologySuite.Geometries;

namespace Maps.Api.Tests.Routes;

/// <summary>
/// The planners' totals recomputed here from the published section lengths, written out in this test with their
/// sources (not read from the data the app uses), plus the drawn length of the stretches no published figure covers.
/// A change to a published figure, to the app's rule or to a route's nodes that moves a total shows up here.
/// </summary>
public sealed class PlannerLengthTests : IDisposable
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "geodata");
    private readonly AtlasApp app = new();
    private readonly HttpClient client;

    public PlannerLengthTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    /// <summary>Published lengths of the stretches the three routes run whole, keyed by the network segments they cover.</summary>
    private static readonly (string[] Segments, double Km, string Source)[] Published =
    [
        (["xian-lanzhou"], 676, "Longhai railway station kilometres, Xi'an 1083 to Lanzhou 1759 (Wikipedia)"),
        (["lanzhou-turpan", "turpan-urumqi"], 1904, "Lanzhou–Xinjiang railway (Wikipedia)"),
        (["dostyk-aktogay", "aktogay-moyinty"], 836, "Dostyk–Moyinty, Kazakhstan Temir Zholy via Trend, 1 Jul 2024"),
        (["kars-ankara"], 1310, "Eastern Express, Ankara–Kars (Daily Sabah 2022; DHA 2021)"),
        (["ankara-istanbul"], 576.6, "Istanbul–Ankara railway (Wikipedia)"),
        // The CKU railway by section, the middle of each section's figures: China 155–213, Kyrgyzstan 260–304.94,
        // Uzbekistan 50–63 (Chinese plan; Kyrgyz authorities and government).
        (["kashgar-torugart"], (155 + 213) / 2.0, "CKU China section"),
        (["torugart-jalal-abad", "jalal-abad-khanabad"], (260 + 304.94) / 2, "CKU Kyrgyz section"),
        (["khanabad-andijan"], (50 + 63) / 2.0, "CKU Uzbek section"),
        // The Trans-Caspian railway by section, from the station kilometres of the German Wikipedia's route map:
        // Türkmenbaşy 0, Aşgabat 557, Türkmenabat 1171.
        (["ashgabat-turkmenbashi"], 557, "Trans-Caspian, Türkmenbaşy – Ashgabat"),
        (["turkmenabat-ashgabat"], 1171 - 557, "Trans-Caspian, Ashgabat – Türkmenabat"),
    ];

    private static readonly Dictionary<string, (string From, string To, double Km)> Drawn =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Shipped, "network.geojson"))).RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("featureType").GetString() == "segment")
            .ToDictionary(f => f.GetProperty("id").GetString()!, f => (
                f.GetProperty("properties").GetProperty("from").GetString()!, f.GetProperty("properties").GetProperty("to").GetString()!,
                Length(f.GetProperty("geometry").GetProperty("coordinates"))));

    private static double Length(JsonElement coordinates)
    {
        var points = coordinates.EnumerateArray().Select(c => new Coordinate(c[0].GetDouble(), c[1].GetDouble())).ToList();
        return points.Zip(points.Skip(1), Geodesic.DistanceKm).Sum();
    }

    private static double Expected(string[] nodes)
    {
        var segments = nodes.Zip(nodes.Skip(1), (a, b) => Drawn.Single(d => (d.Value.From, d.Value.To) == (a, b) || (d.Value.From, d.Value.To) == (b, a)).Key).ToList();
        var covered = Published.Where(p => p.Segments.All(segments.Contains)).ToList();
        var byPublished = covered.SelectMany(p => p.Segments).ToHashSet();
        return covered.Sum(p => p.Km) + segments.Where(s => !byPublished.Contains(s)).Sum(s => Drawn[s].Km);
    }

    public static TheoryData<string, string[], string[]> Routes() => new()
    {
        { "middle-corridor", ["xian", "lanzhou", "turpan", "urumqi", "port-of-khorgos", "altynkol", "almaty", "shu", "arys", "saksaulskaya", "shalkar",
            "beyneu", "aktau", "alat", "aghstafa", "gardabani", "tbilisi", "akhalkalaki", "kars", "ankara", "istanbul"], ["xian-lanzhou", "lanxin", "kars-ankara", "ankara-istanbul"] },
        { "northern-corridor", ["xian", "lanzhou", "turpan", "urumqi", "alashankou", "dostyk", "aktogay", "moyinty", "zharyk", "karagandy", "astana",
            "petropavl", "petukhovo", "moscow", "smolensk", "orsha", "brest", "malaszewicze"], ["xian-lanzhou", "lanxin", "dostyk-moyinty"] },
        { "cku-to-europe", ["xian", "lanzhou", "turpan", "kashgar", "torugart", "jalal-abad", "khanabad", "andijan", "tashkent", "samarkand", "bukhara",
            "turkmenabat", "ashgabat", "turkmenbashi", "alat", "aghstafa", "gardabani", "tbilisi", "akhalkalaki", "kars", "ankara", "istanbul"],
            ["xian-lanzhou", "cku", "trans-caspian", "kars-ankara", "ankara-istanbul"] },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_planners_total_is_the_published_sections_plus_the_drawing_elsewhere(string id, string[] nodes, string[] publishedLines)
    {
        using var response = await client.GetAsync($"/api/routes/compare?ids={id},sea-suez");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var route = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("routes").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == id);
        var expected = Expected(nodes);
        Assert.InRange(route.GetProperty("lengthKm").GetDouble(), expected - 2, expected + 2);
        var lines = route.GetProperty("sections").EnumerateArray().Where(s => s.TryGetProperty("published", out _))
            .Select(s => s.GetProperty("published").GetProperty("line").GetString()!).ToHashSet();
        Assert.All(publishedLines, l => Assert.Contains(lines, x => x.StartsWith(l.Replace("xian-lanzhou", "longhai-xian-lanzhou"))));
    }
}
