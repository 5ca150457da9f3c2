using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Maps.Api.Storage;

namespace Maps.Api.Trade;

/// <summary>Reads geodata/trade.csv (RFC 4180, header row). Any row it cannot trust stops the load with its line number.</summary>
public static class TradeCsv
{
    /// <summary>The store keeps the values as one document: a few dozen rows, always read together.</summary>
    public static readonly GeodataDocument Document = new(TradeData.DocumentKey, "trade.csv",
        (path, sources) => JsonSerializer.SerializeToNode(Read(path, sources.Resolve), JsonSerializerOptions.Web)!);

    private static readonly string[] Header =
        ["year", "iso3", "reporter", "total_usd_bn", "exports_usd_bn", "imports_usd_bn", "derived", "note", "sources"];

    public static IReadOnlyList<TradeRecord> Read(string path, Func<JsonArray, string, JsonArray> resolveSources)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || !Fields(lines[0]).SequenceEqual(Header))
            throw new InvalidDataException($"{path}: the header must be {string.Join(',', Header)}");
        var records = new List<TradeRecord>();
        var seen = new HashSet<(int, string, string)>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var where = $"{path} line {i + 1}";
            var f = Fields(lines[i]);
            if (f.Count != Header.Length) throw new InvalidDataException($"{where}: expected {Header.Length} fields, found {f.Count}");
            var year = int.Parse(f[0], CultureInfo.InvariantCulture);
            if (!TradePartners.Names.ContainsKey(f[1])) throw new InvalidDataException($"{where}: '{f[1]}' is not one of the five partners");
            if (!TradePartners.Reporters.Contains(f[2])) throw new InvalidDataException($"{where}: reporter must be china or partner");
            if (!seen.Add((year, f[1], f[2]))) throw new InvalidDataException($"{where}: {year} {f[1]} {f[2]} appears twice");
            var keys = f[8].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (keys.Length == 0) throw new InvalidDataException($"{where}: every value needs a source");
            var sources = resolveSources(new JsonArray(keys.Select(k => (JsonNode)k).ToArray()), where);
            records.Add(new TradeRecord(year, f[1], f[2], Number(f[3], where) ?? throw new InvalidDataException($"{where}: no total"),
                Number(f[4], where), Number(f[5], where), bool.Parse(f[6]), f[7].Length == 0 ? null : f[7], sources.ToJsonString()));
        }
        return records;
    }

    private static double? Number(string text, string where) =>
        text.Length == 0 ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value
        : throw new InvalidDataException($"{where}: '{text}' is not a non-negative number");

    /// <summary>Splits one line into fields; quoted fields may hold commas and doubled quotes.</summary>
    public static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
