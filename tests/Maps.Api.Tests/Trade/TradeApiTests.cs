using System.Globalization;
using System.Net;
using System.Text.Json;
using Maps.Api.Tests.Layers;

namespace Maps.Api.Tests.Trade;

public sealed class TradeApiTests : IDisposable
{
    private readonly AtlasApp app = new();
    private readonly HttpClient client;

    public TradeApiTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    /// <summary>geodata/trade.csv read plainly, independent of the app's reader (the file has no quoted fields).</summary>
    private static readonly List<string[]> FileRows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "geodata", "trade.csv"))
        .Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();

    private static long? Usd(string billions) =>
        billions.Length == 0 ? null : (long)(decimal.Parse(billions, CultureInfo.InvariantCulture) * 1_000_000_000m);

    private async Task<JsonElement> GetJson(string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static long? Value(JsonElement point, string name) =>
        point.GetProperty(name).ValueKind == JsonValueKind.Null ? null : point.GetProperty(name).GetInt64();

    [Fact]
    public async Task Every_value_the_api_gives_equals_the_data_file_and_carries_a_source()
    {
        Assert.DoesNotContain(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "geodata", "trade.csv")), "\"");
        var series = await GetJson("/api/trade/series");
        Assert.Equal("USD", series.GetProperty("unit").GetString());
        var points = series.GetProperty("series").EnumerateArray().SelectMany(s => s.GetProperty("points").EnumerateArray()
            .Select(p => (Iso3: s.GetProperty("iso3").GetString(), Reporter: s.GetProperty("reporter").GetString(), Point: p))).ToList();

        Assert.Equal(FileRows.Count, points.Count);
        foreach (var row in FileRows)
        {
            var match = Assert.Single(points, p => p.Iso3 == row[1] && p.Reporter == row[2] && p.Point.GetProperty("year").GetInt32() == int.Parse(row[0]));
            Assert.Equal(Usd(row[3]), Value(match.Point, "total"));
            Assert.Equal(Usd(row[4]), Value(match.Point, "exports"));
            Assert.Equal(Usd(row[5]), Value(match.Point, "imports"));
            Assert.Equal(bool.Parse(row[6]), match.Point.GetProperty("derived").GetBoolean());
            Assert.False(string.IsNullOrWhiteSpace(match.Point.GetProperty("source").GetProperty("title").GetString()));
            Assert.Equal(row[8].Split(';').Length, match.Point.GetProperty("sources").GetArrayLength());
        }
    }

    [Fact]
    public async Task A_year_lists_all_five_partners_with_missing_values_left_null()
    {
        var year = await GetJson("/api/trade?year=2013");
        Assert.Equal("china", year.GetProperty("reporter").GetString());
        var partners = year.GetProperty("partners").EnumerateArray().ToDictionary(p => p.GetProperty("iso3").GetString()!);
        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB"], partners.Keys);
        Assert.Equal(28_500_000_000, partners["KAZ"].GetProperty("total").GetInt64());
        Assert.Equal(JsonValueKind.Null, partners["UZB"].GetProperty("total").ValueKind);
        Assert.Equal(JsonValueKind.Null, partners["UZB"].GetProperty("source").ValueKind);
    }

    [Fact]
    public async Task China_and_partner_reported_figures_stay_apart()
    {
        var china = await GetJson("/api/trade?year=2024&reporter=china");
        var partner = await GetJson("/api/trade?year=2024&reporter=partner");
        long Kaz(JsonElement y) => y.GetProperty("partners")[0].GetProperty("total").GetInt64();
        Assert.Equal(43_820_000_000, Kaz(china));
        Assert.Equal(30_100_000_000, Kaz(partner));
        Assert.Equal("partner", partner.GetProperty("reporter").GetString());
    }

    [Fact]
    public async Task Derived_values_say_so_and_how()
    {
        var year = await GetJson("/api/trade?year=2021");
        var kyrgyzstan = year.GetProperty("partners").EnumerateArray().Single(p => p.GetProperty("iso3").GetString() == "KGZ");
        Assert.True(kyrgyzstan.GetProperty("derived").GetBoolean());
        Assert.Contains("derived", kyrgyzstan.GetProperty("note").GetString());
    }

    [Theory]
    [InlineData("/api/trade")]
    [InlineData("/api/trade?year=")]
    [InlineData("/api/trade?year=abc")]
    [InlineData("/api/trade?year=20233")]
    [InlineData("/api/trade?year=-202")]
    [InlineData("/api/trade?year=2023&reporter=both")]
    public async Task Malformed_year_or_reporter_is_400(string path) =>
        await LayersApiTests.AssertProblem(await client.GetAsync(path), HttpStatusCode.BadRequest);

    [Theory]
    [InlineData("/api/trade?year=2017")]
    [InlineData("/api/trade?year=1990")]
    [InlineData("/api/trade?year=2021&reporter=partner")]
    public async Task A_year_without_data_is_404(string path) =>
        await LayersApiTests.AssertProblem(await client.GetAsync(path), HttpStatusCode.NotFound);

    [Fact]
    public async Task The_regional_context_figures_come_with_sources()
    {
        var context = await GetJson("/api/trade/context");
        Assert.Equal(5, context.GetProperty("partners").GetArrayLength());
        foreach (var figure in context.GetProperty("figures").EnumerateArray())
            foreach (var value in figure.TryGetProperty("values", out var values) ? values.EnumerateArray().ToList() : [figure])
                Assert.NotEmpty(value.GetProperty("sources").EnumerateArray());
        var compare = Assert.Single(context.GetProperty("figures").EnumerateArray(), f => f.GetProperty("id").GetString() == "compare-partners");
        Assert.False(compare.GetProperty("comparable").GetBoolean());
    }
}
