using System.Globalization;
using Dapper;

namespace Maps.Api.Storage.Sql;

/// <summary>
/// A selection as a WHERE clause over features f (and features_rtree r when there are boxes). Property names travel
/// as JSON path parameters ($."name"), values as parameters; a value matches a string equal to it, a number equal to it
/// read as a number, or the boolean it spells.
/// </summary>
internal static class SqliteFilter
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

    /// <summary>Any of the boxes, by the R*Tree's envelopes (the store tests geometry exactly afterwards).</summary>
    private static string Boxes(IReadOnlyList<NetTopologySuite.Geometries.Envelope> boxes, DynamicParameters parameters)
    {
        for (var i = 0; i < boxes.Count; i++)
        {
            var box = boxes[i];
            parameters.Add($"MinX{i}", box.MinX);
            parameters.Add($"MaxX{i}", box.MaxX);
            parameters.Add($"MinY{i}", box.MinY);
            parameters.Add($"MaxY{i}", box.MaxY);
        }
        return "(" + string.Join(" OR ", boxes.Select((_, i) =>
            $"(r.min_x <= @MaxX{i} AND r.max_x >= @MinX{i} AND r.min_y <= @MaxY{i} AND r.max_y >= @MinY{i})")) + ")";
    }

    private static string Property(int i, PropertyMatch property, DynamicParameters parameters)
    {
        var (name, value) = property;
        parameters.Add($"Path{i}", SqliteSql.JsonPath(name));
        parameters.Add($"Text{i}", value);
        var isNumber = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number);
        parameters.Add($"Number{i}", isNumber ? number : null);
        parameters.Add($"Bool{i}", value is "true" or "false" ? value : null);
        return $"""
            CASE json_type(f.properties_json, @Path{i})
                WHEN 'text' THEN json_extract(f.properties_json, @Path{i}) = @Text{i}
                WHEN 'integer' THEN json_extract(f.properties_json, @Path{i}) = @Number{i}
                WHEN 'real' THEN json_extract(f.properties_json, @Path{i}) = @Number{i}
                WHEN 'true' THEN @Bool{i} = 'true'
                WHEN 'false' THEN @Bool{i} = 'false'
                ELSE 0 END
            """;
    }

    private static IEnumerable<string> Dates(DateWindow dates, DynamicParameters parameters)
    {
        parameters.Add("StartPath", SqliteSql.JsonPath(dates.StartProperty));
        parameters.Add("EndPath", SqliteSql.JsonPath(dates.EndProperty));
        parameters.Add("DateFrom", dates.From);
        parameters.Add("DateTo", dates.To);
        const string start = "json_extract(f.properties_json, @StartPath)";
        return
        [
            $"{start} IS NOT NULL",
            $"(@DateTo IS NULL OR {start} <= @DateTo)",
            $"(@DateFrom IS NULL OR coalesce(json_extract(f.properties_json, @EndPath), {start}) >= @DateFrom)",
        ];
    }
}
