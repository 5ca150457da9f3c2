using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using System.Text.Json;
using System.Text.Json.Nodes;
using Maps.Api.Storage;

namespace Maps.Api.Trade;

/// <summary>
/// Reads geodata/trade.csv (RFC 4180, header row). Any row it cannot trust stops the load with its line number.
/// </summary>
public static class TradeCsv
{
    /// <summary>The store keeps the values as one document: a few dozen rows, always read together.</summary>
    public static readonly GeodataDocument Document = new(TradeData.DocumentKey, "trade.csv",
        (path, sources) => JsonSerializer.SerializeToNode(Read(path, sources.Resolve), JsonSerializerOptions.Web)!);

    private static readonly string[] Header =
        ["year", "iso3", "reporter", "total_usd_bn", "exports_usd_bn", "imports_usd_bn", "derived", "note", "sources"];

    public static IReadOnlyList<TradeRecord> Read(string path, Func<JsonArray, string, JsonArray> resolveSources)
    {
        using var file = new StreamReader(path);
        // CsvHelper's parser reads RFC 4180 (quoted commas, doubled quotes, line breaks inside quotes); the rules of
        // what a row must hold are this file's own, each broken one named with its line.
        using var parser = new CsvParser(file,
            new CsvConfiguration(CultureInfo.InvariantCulture) { IgnoreBlankLines = true });
        if (!parser.Read() || !parser.Record!.SequenceEqual(Header))
            throw new InvalidDataException($"{path}: the header must be {string.Join(',', Header)}");
        var records = new List<TradeRecord>();
        var seen = new HashSet<(int, string, string)>();
        while (parser.Read())
        {
            var where = $"{path} line {parser.RawRow}";
            var f = parser.Record!;
            if (f.Length != Header.Length)
                throw new InvalidDataException($"{where}: expected {Header.Length} fields, found {f.Length}");
            var year = int.Parse(f[0], CultureInfo.InvariantCulture);
            if (!TradePartners.Names.ContainsKey(f[1]))
                throw new InvalidDataException($"{where}: '{f[1]}' is not one of the five partners");
            if (!TradePartners.Reporters.Contains(f[2]))
                throw new InvalidDataException($"{where}: reporter must be china or partner");
            if (!seen.Add((year, f[1], f[2])))
                throw new InvalidDataException($"{where}: {year} {f[1]} {f[2]} appears twice");
            var keys = f[8].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (keys.Length == 0) throw new InvalidDataException($"{where}: every value needs a source");
            var sources = resolveSources(new JsonArray(keys.Select(k => (JsonNode)k).ToArray()), where);
            var total = Number(f[3], where) ?? throw new InvalidDataException($"{where}: no total");
            records.Add(new TradeRecord(year, f[1], f[2], total, Number(f[4], where), Number(f[5], where),
                bool.Parse(f[6]), f[7].Length == 0 ? null : f[7], sources.ToJsonString()));
        }
        return records;
    }

    private static double? Number(string text, string where) =>
        text.Length == 0 ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value
        : throw new InvalidDataException($"{where}: '{text}' is not a non-negative number");
}
