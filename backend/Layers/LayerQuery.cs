using System.Globalization;
using Maps.Api.Geo;
using NetTopologySuite.Geometries;

namespace Maps.Api.Layers;

/// <summary>
/// The optional zoom and bbox of a layer request, parsed strictly: anything unclear is an error, not a guess.
/// </summary>
public sealed record LayerQuery(int? Zoom, IReadOnlyList<Envelope>? Bbox)
{
    public static bool TryParse(string? zoom, string? bbox, out LayerQuery query, out string error)
    {
        query = new LayerQuery(null, null);
        error = "";
        int? z = null;
        if (zoom is not null)
        {
            if (!int.TryParse(zoom, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                || value < Simplification.MinZoom || value > Simplification.MaxZoom)
            {
                error = $"zoom must be a whole number from {Simplification.MinZoom} to {Simplification.MaxZoom}; " +
                    $"got '{zoom}'.";
                return false;
            }
            z = value;
        }
        IReadOnlyList<Envelope>? envelopes = null;
        if (bbox is not null && !TryParseBbox(bbox, out envelopes, out error)) return false;
        query = new LayerQuery(z, envelopes);
        return true;
    }

    /// <summary>
    /// RFC 7946 §5: minLon,minLat,maxLon,maxLat. A box whose minLon exceeds its maxLon crosses the antimeridian
    /// and becomes two envelopes.
    /// </summary>
    private static bool TryParseBbox(string text, out IReadOnlyList<Envelope>? envelopes, out string error)
    {
        envelopes = null;
        var parts = text.Split(',');
        var values = new double[parts.Length];
        var parsed = parts.Length == 4 && parts.Select((p, i) =>
            double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])
            && double.IsFinite(values[i])).All(ok => ok);
        if (!parsed)
        {
            error = $"bbox must be four numbers minLon,minLat,maxLon,maxLat; got '{text}'.";
            return false;
        }
        var (minLon, minLat, maxLon, maxLat) = (values[0], values[1], values[2], values[3]);
        if (new[] { minLon, maxLon }.Any(v => v is < -180 or > 180)
            || new[] { minLat, maxLat }.Any(v => v is < -90 or > 90))
        {
            error = "bbox longitudes must lie within -180..180 and latitudes within -90..90.";
            return false;
        }
        if (minLat > maxLat)
        {
            error = "bbox minLat must not exceed maxLat.";
            return false;
        }
        envelopes = minLon <= maxLon
            ? [new Envelope(minLon, maxLon, minLat, maxLat)]
            : [new Envelope(minLon, 180, minLat, maxLat), new Envelope(-180, maxLon, minLat, maxLat)];
        error = "";
        return true;
    }
}
