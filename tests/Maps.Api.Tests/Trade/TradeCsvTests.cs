using System.Text.Json.Nodes;
using Maps.Api.Trade;

namespace Maps.Api.Tests.Trade;

public sealed class TradeCsvTests : IDisposable
{
    private const string Header = "year,iso3,reporter,total_usd_bn,exports_usd_bn,imports_usd_bn,derived,note,sources";
    private readonly string path = Path.GetTempFileName();

    public void Dispose() => File.Delete(path);

    private IReadOnlyList<TradeRecord> Read(params string[] rows)
    {
        File.WriteAllLines(path, [Header, .. rows]);
        return TradeCsv.Read(path, (keys, _) => new JsonArray(keys.Select(k => (JsonNode)new JsonObject { ["title"] = k!.GetValue<string>() }).ToArray()));
    }

    [Fact]
    public void Quoted_notes_may_hold_commas_and_quotes()
    {
        var record = Assert.Single(Read("2023,KAZ,china,41.0,24.7,16.3,false,\"+32%, \"\"record\"\"\",a;b"));
        Assert.Equal("+32%, \"record\"", record.Note);
        Assert.Equal((41.0, 24.7, 16.3), (record.Total, record.Exports, record.Imports));
    }

    [Fact]
    public void A_quoted_note_may_run_over_two_lines_and_the_next_row_keeps_its_line_number()
    {
        var records = Read("2023,KAZ,china,41.0,,,false,\"first line\r\nsecond line\",a", "2024,KAZ,china,43.8,,,false,,a");
        Assert.Equal("first line\r\nsecond line", records[0].Note);
        Assert.Equal(2024, records[1].Year);
        var error = Assert.Throws<InvalidDataException>(() => Read("2023,KAZ,china,41.0,,,false,\"one\ntwo\",a", "2024,CHN,china,1,,,false,,a"));
        Assert.Contains("line 4", error.Message);
    }

    [Theory]
    [InlineData("2023,CHN,china,41.0,,,false,,a", "five partners")]
    [InlineData("2023,KAZ,both,41.0,,,false,,a", "reporter")]
    [InlineData("2023,KAZ,china,-1,,,false,,a", "non-negative")]
    [InlineData("2023,KAZ,china,,,,false,,a", "no total")]
    [InlineData("2023,KAZ,china,41.0,,,false,,", "source")]
    [InlineData("2023,KAZ,china,41.0,,false,,a", "fields")]
    public void Rows_it_cannot_trust_stop_the_load(string row, string reason)
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(row));
        Assert.Contains(reason, error.Message);
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void The_same_year_partner_and_reporter_twice_is_an_error() =>
        Assert.Contains("twice", Assert.Throws<InvalidDataException>(() =>
            Read("2023,KAZ,china,41.0,,,false,,a", "2023,KAZ,china,41.1,,,false,,a")).Message);
}
