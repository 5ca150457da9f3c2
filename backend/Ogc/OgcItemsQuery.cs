using System.Globalization;
using Maps.Api.Layers;
using Maps.Api.Storage;
using NetTopologySuite.Geometries;

namespace Maps.Api.Ogc;

/// <summary>
/// The query of GET /ogc/collections/{id}/items, read strictly: bbox, limit (default 10; above 10,000 clamped),
/// datetime, after/before (the paging keys the next and prev links carry), f, and equality on a plain property the
/// collection has. Anything else is an error that names the parameter, never silently ignored.
/// </summary>
public sealed record OgcItemsQuery(
    IReadOnlyList<Envelope> Bbox, int Limit, DateWindow? Dates, string? After, string? Before,
    IReadOnlyList<PropertyMatch> Properties)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 10_000;

    public static readonly string[] Reserved = ["f", "bbox", "limit", "datetime", "after", "before"];

    public static bool TryParse(
        IQueryCollection query, FeatureSummary summary, out OgcItemsQuery parsed, out string error)
    {
        parsed = new OgcItemsQuery([], DefaultLimit, null, null, null, []);
        error = "";
        if (query.FirstOrDefault(p => p.Value.Count > 1) is { Key: { } repeated })
        {
            error = $"'{repeated}' is given more than once.";
            return false;
        }
        IReadOnlyList<Envelope> bbox = [];
        if (query.TryGetValue("bbox", out var box))
        {
            if (!LayerQuery.TryParse(null, box.ToString(), out var boxQuery, out error)) return false;
            bbox = boxQuery.Bbox ?? [];
        }
        if (!TryLimit(query, out var limit, out error) || !TryDates(query, summary, out var dates, out error))
            return false;
        string? after = query.TryGetValue("after", out var a) ? a.ToString() : null;
        string? before = query.TryGetValue("before", out var b) ? b.ToString() : null;
        if (after is not null && before is not null)
        {
            error = "Give after or before, not both.";
            return false;
        }
        if (!TryProperties(query, summary, out var properties, out error)) return false;
        parsed = new OgcItemsQuery(bbox, limit, dates, after, before, properties);
        return true;
    }

    private static bool TryLimit(IQueryCollection query, out int limit, out string error)
    {
        limit = DefaultLimit;
        error = "";
        if (!query.TryGetValue("limit", out var limitText)) return true;
        if (!long.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            error = $"limit must be a whole number from 1; got '{limitText}'. " +
                $"Above {MaxLimit:N0} it is read as {MaxLimit:N0}.";
            return false;
        }
        limit = (int)Math.Min(value, MaxLimit);
        return true;
    }

    private static bool TryDates(
        IQueryCollection query, FeatureSummary summary, out DateWindow? dates, out string error)
    {
        dates = null;
        error = "";
        if (!query.TryGetValue("datetime", out var datetime)) return true;
        if (summary.FirstDate is null)
        {
            error = "This collection's features carry no dates, so datetime cannot select among them.";
            return false;
        }
        if (!TryParseDatetime(datetime.ToString(), out var from, out var to))
        {
            error = "datetime is an RFC 3339 date or date-time, or an interval start/end with '..' for an open end; " +
                $"got '{datetime}'.";
            return false;
        }
        dates = new DateWindow(OgcCollection.StartDate, OgcCollection.EndDate, from, to);
        return true;
    }

    /// <summary>Every parameter that is not reserved names a plain-valued property to match exactly.</summary>
    private static bool TryProperties(
        IQueryCollection query, FeatureSummary summary, out List<PropertyMatch> properties, out string error)
    {
        properties = [];
        error = "";
        foreach (var (name, value) in query.Where(p => !Reserved.Contains(p.Key)))
        {
            if (!summary.ScalarProperties.Contains(name))
            {
                var names = summary.ScalarProperties.Count == 0
                    ? "(none)"
                    : string.Join(", ", summary.ScalarProperties);
                error = $"Unknown parameter '{name}'. Items take {string.Join(", ", Reserved)}, or a property of " +
                    $"this collection to match exactly: {names}.";
                return false;
            }
            properties.Add(new PropertyMatch(name, value.ToString()));
        }
        return true;
    }

    /// <summary>
    /// RFC 3339 instants and intervals, reduced to calendar days (UTC) because the features' dates are days: an instant
    /// selects the features whose days include its day.
    /// </summary>
    public static bool TryParseDatetime(string text, out string? from, out string? to)
    {
        from = to = null;
        var parts = text.Split('/');
        if (parts.Length > 2) return false;
        if (parts.Length == 1)
        {
            if (!TryDay(parts[0], out var day) || day is null) return false;
            from = to = day;
            return true;
        }
        if (!TryDay(parts[0], out from) || !TryDay(parts[1], out to)) return false;
        return from is null || to is null || string.CompareOrdinal(from, to) <= 0;
    }

    private static bool TryDay(string text, out string? day)
    {
        day = null;
        if (text is "" or "..") return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return true;
        }
        if (text.Length > 10 && text[10] is 'T' or 't'
            && DateTimeOffset.TryParse(
                text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var instant))
        {
            day = instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return true;
        }
        return false;
    }
}
