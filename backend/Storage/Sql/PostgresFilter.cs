using System.Globalization;
using System.Text.Json.Nodes;
using Dapper;

namespace Maps.Api.Storage.Sql;

/// <summary>
/// A selection as a WHERE clause over features f. A property match is JSON containment of {"name": value} in each form
/// the value can take (string; number; boolean), so names and values both travel as parameters.
/// </summary>
internal static class PostgresFilter
{
    public static string Where(FeatureSelection selection, DynamicParameters parameters)
    {
        var clauses = new List<string> { "f.layer_id = @LayerId" };
        parameters.Add("LayerId", selection.LayerId);
        if (selection.Bbox.Count > 0) clauses.Add(Boxes(selection.Bbox, parameters));
        for (var i = 0; i < selection.Properties.Count; i++)
            clauses.Add(Property(i, selection.Properties[i], parameters));
        if (selection.Dates is { } dates) clauses.AddRange(Dates(dates, parameters));
        return string.Join("\n  AND ", clauses);
    }

    /// <summary>Any of the boxes, tested exactly against the geometry (GiST finds the candidates).</summary>
    private static string Boxes(IReadOnlyList<NetTopologySuite.Geometries.Envelope> boxes, DynamicParameters parameters)
    {
        for (var i = 0; i < boxes.Count; i++)
        {
            var box = boxes[i];
            parameters.Add($"MinX{i}", box.MinX);
            parameters.Add($"MinY{i}", box.MinY);
            parameters.Add($"MaxX{i}", box.MaxX);
            parameters.Add($"MaxY{i}", box.MaxY);
        }
        return "(" + string.Join(" OR ", boxes.Select((_, i) =>
            $"ST_Intersects(f.geometry, ST_MakeEnvelope(@MinX{i}, @MinY{i}, @MaxX{i}, @MaxY{i}, 4326))")) + ")";
    }

    private static string Property(int i, PropertyMatch property, DynamicParameters parameters)
    {
        var (name, value) = property;
        var forms = new List<JsonNode?> { JsonValue.Create(value) };
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number))
            forms.Add(JsonValue.Create(number));
        if (value is "true" or "false") forms.Add(JsonValue.Create(value == "true"));
        parameters.Add($"Match{i}", forms.Select(f => new JsonObject { [name] = f }.ToJsonString()).ToArray());
        return $"f.properties_json::jsonb @> ANY (CAST(@Match{i} AS jsonb[]))";
    }

    private static IEnumerable<string> Dates(DateWindow dates, DynamicParameters parameters)
    {
        parameters.Add("StartName", dates.StartProperty);
        parameters.Add("EndName", dates.EndProperty);
        parameters.Add("DateFrom", dates.From);
        parameters.Add("DateTo", dates.To);
        const string start = "(f.properties_json::jsonb ->> CAST(@StartName AS text))";
        const string end = "coalesce(f.properties_json::jsonb ->> CAST(@EndName AS text), " +
            "f.properties_json::jsonb ->> CAST(@StartName AS text))";
        return
        [
            $"{start} IS NOT NULL",
            $"(CAST(@DateTo AS text) IS NULL OR {start} <= @DateTo)",
            $"(CAST(@DateFrom AS text) IS NULL OR {end} >= @DateFrom)",
        ];
    }
}
