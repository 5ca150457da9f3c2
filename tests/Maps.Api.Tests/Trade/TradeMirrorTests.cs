using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Maps.Api.Tests.Trade;

/// <summary>Mirror statistics: the gap between China's and the partner's figures, computed from the two sourced values.</summary>
public sealed class TradeMirrorTests : IDisposable
{
    private readonly AtlasApp app = new();
    private readonly HttpClient client;

    public TradeMirrorTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    private static readonly List<string[]> FileRows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "geodata", "trade.csv"))
        .Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();

    private static long Usd(string billions) => (long)(decimal.Parse(billions, CultureInfo.InvariantCulture) * 1_000_000_000m);

    private static string Total(string iso3, string year, string reporter) =>
        FileRows.Single(r => r[0] == year && r[1] == iso3 && r[2] == reporter)[3];

    private async Task<JsonElement> GetJson(string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Kyrgyzstan_2024_gap_is_the_difference_of_the_two_sourced_values()
    {
        Assert.Equal("22.71", Total("KGZ", "2024", "china"));
        Assert.Equal("5.3", Total("KGZ", "2024", "partner"));
        var series = await GetJson("/api/trade/series");
        var kyrgyzstan = Assert.Single(series.GetProperty("mirror").EnumerateArray(),
            m => m.GetProperty("iso3").GetString() == "KGZ" && m.GetProperty("year").GetInt32() == 2024);
        Assert.Equal(Usd("22.71"), kyrgyzstan.GetProperty("china").GetInt64());
        Assert.Equal(Usd("5.3"), kyrgyzstan.GetProperty("partner").GetInt64());
        Assert.Equal(17_410_000_000L, kyrgyzstan.GetProperty("gap").GetInt64());
        Assert.Equal(328.5, kyrgyzstan.GetProperty("gapPercentOfPartner").GetDouble());
        Assert.NotEmpty(kyrgyzstan.GetProperty("chinaSources").EnumerateArray());
        Assert.NotEmpty(kyrgyzstan.GetProperty("partnerSources").EnumerateArray());
        var reasons = kyrgyzstan.GetProperty("reasons").EnumerateArray().ToList();
        Assert.Contains(reasons, r => r.GetProperty("text").GetString()!.Contains("transit"));
        Assert.All(reasons, r => Assert.NotEmpty(r.GetProperty("sources").EnumerateArray()));

        // The year's answer carries the same gap beside the value, for either reporter.
        foreach (var reporter in new[] { "china", "partner" })
        {
            var year = await GetJson($"/api/trade?year=2024&reporter={reporter}");
            var partner = Assert.Single(year.GetProperty("partners").EnumerateArray(), p => p.GetProperty("iso3").GetString() == "KGZ");
            Assert.Equal(17_410_000_000L, partner.GetProperty("mirror").GetProperty("gap").GetInt64());
        }
    }

    [Fact]
    public async Task There_is_a_gap_exactly_where_both_sides_report_a_year()
    {
        var both = FileRows.GroupBy(r => (Year: int.Parse(r[0]), Iso3: r[1])).Where(g => g.Select(r => r[2]).Distinct().Count() == 2)
            .Select(g => g.Key).ToHashSet();
        var mirror = (await GetJson("/api/trade/series")).GetProperty("mirror").EnumerateArray().ToList();
        Assert.Equal(both, mirror.Select(m => (m.GetProperty("year").GetInt32(), m.GetProperty("iso3").GetString()!)).ToHashSet());
        foreach (var m in mirror)
            Assert.Equal(m.GetProperty("china").GetInt64() - m.GetProperty("partner").GetInt64(), m.GetProperty("gap").GetInt64());

        var year2013 = await GetJson("/api/trade?year=2013");
        var uzbekistan = Assert.Single(year2013.GetProperty("partners").EnumerateArray(), p => p.GetProperty("iso3").GetString() == "UZB");
        Assert.Equal(JsonValueKind.Null, uzbekistan.GetProperty("mirror").ValueKind);
    }
}
