using System.Globalization;
using System.Text.Json;
using Maps.Api.Geo;
using NetTopologySuite.Geometries;

namespace Maps.Api.Routes;

/// <summary>
/// A planner's own route, posted as a GeoJSON Feature or LineString, checked strictly before any geometry is built:
/// each refusal says exactly what is wrong and carries its HTTP status (400 unreadable, 413 too large, 422 unusable).
/// </summary>
public static class RouteInput
{
    public const int MaxBytes = 1024 * 1024;

    /// <summary>
    /// Vertices a drawn route may have unless Atlas:Limits:RouteVertices says otherwise: a hand-drawn corridor has
    /// tens. Intersecting a line with the land and the borders costs with its vertices times its crossings; at 10,000 a
    /// zigzag over the Caspian took 537 s.
    /// </summary>
    public const int DefaultMaxVertices = 2_000;

    /// <summary>
    /// Longer than the longest real route (Shanghai to Rotterdam round the Cape: about 26,000 km): a longer line is a
    /// zigzag that only multiplies the crossings to compute.
    /// </summary>
    public const double MaxLengthKm = 40_000;

    public sealed record Parsed(LineString Line, string LandMode, string? Name);

    public sealed class RejectedException(int status, string title, string detail) : Exception(detail)
    {
        public int Status { get; } = status;
        public string Title { get; } = title;
    }

    public static async Task<Parsed> ReadAsync(HttpRequest request, int maxVertices, CancellationToken ct)
    {
        if (request.ContentLength > MaxBytes) throw TooLarge();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes) throw TooLarge();
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.ToArray());
        }
        catch (JsonException e)
        {
            throw new RejectedException(StatusCodes.Status400BadRequest, "Malformed JSON",
                $"The body is not JSON: {e.Message}");
        }
        using (document) return Parse(document.RootElement, maxVertices);
    }

    public static Parsed Parse(JsonElement root, int maxVertices = DefaultMaxVertices)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type)
            || type.ValueKind != JsonValueKind.String)
            throw Invalid(StatusCodes.Status400BadRequest, "Not GeoJSON",
                "Send a GeoJSON object: a Feature with a LineString geometry, or a LineString.");
        var geometry = root;
        string landMode = "rail";
        string? name = null;
        if (type.GetString() == "Feature")
        {
            if (!root.TryGetProperty("geometry", out geometry) || geometry.ValueKind != JsonValueKind.Object)
                throw Invalid(StatusCodes.Status422UnprocessableEntity, "No geometry",
                    "The Feature has no geometry object.");
            if (root.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
                (landMode, name) = ModeAndName(properties);
        }
        var geometryType = geometry.TryGetProperty("type", out var gt) && gt.ValueKind == JsonValueKind.String
            ? gt.GetString()
            : null;
        if (geometryType != "LineString")
            throw Invalid(StatusCodes.Status422UnprocessableEntity, "Not a line",
                $"A route is a LineString; got {geometryType ?? "no geometry type"}.");
        if (!geometry.TryGetProperty("coordinates", out var coordinates)
            || coordinates.ValueKind != JsonValueKind.Array)
            throw Invalid(StatusCodes.Status422UnprocessableEntity, "No coordinates",
                "The LineString has no coordinates array.");
        var count = coordinates.GetArrayLength();
        if (count > maxVertices)
            throw Invalid(StatusCodes.Status422UnprocessableEntity, "Too many vertices",
                $"A route may have at most {maxVertices:N0} vertices; this one has {count:N0}.");

        var points = new List<Coordinate>(count);
        var index = 0;
        foreach (var position in coordinates.EnumerateArray())
        {
            points.Add(Position(position, index++));
        }
        if (points.Distinct().Count() < 2)
            throw Invalid(StatusCodes.Status422UnprocessableEntity, "Not a line",
                "A route needs at least two distinct positions.");
        var line = GeoJsonSetup.Factory.CreateLineString(points.ToArray());
        if (Geodesic.LengthKm(line) is var km && km > MaxLengthKm)
            throw Invalid(StatusCodes.Status422UnprocessableEntity, "Route too long",
                string.Create(CultureInfo.InvariantCulture,
                    $"A route may be at most {MaxLengthKm:N0} km long; this one is {km:N0} km."));
        return new Parsed(line, landMode, name);
    }

    /// <summary>
    /// The land mode (rail unless properties.mode says road) and the name a Feature's properties give.
    /// </summary>
    private static (string LandMode, string? Name) ModeAndName(JsonElement properties)
    {
        var landMode = "rail";
        string? name = null;
        if (properties.TryGetProperty("mode", out var mode))
        {
            // Any JSON value may stand here: only the two strings are modes.
            landMode = mode.ValueKind == JsonValueKind.String && mode.GetString() is "rail" or "road"
                ? mode.GetString()!
                : throw Invalid(StatusCodes.Status422UnprocessableEntity, "Unknown mode",
                    "properties.mode is 'rail' or 'road' (sea legs are found from the geometry).");
        }
        if (properties.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String) name = n.GetString();
        return (landMode, name);
    }

    private static Coordinate Position(JsonElement position, int index)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() is < 2 or > 3
            || position.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Number))
            throw Invalid(StatusCodes.Status422UnprocessableEntity, "Bad position",
                $"Position {index} is not [longitude, latitude].");
        var lon = position[0].GetDouble();
        var lat = position[1].GetDouble();
        if (!double.IsFinite(lon) || !double.IsFinite(lat) || lon is < -180 or > 180 || lat is < -90 or > 90)
            throw Invalid(StatusCodes.Status422UnprocessableEntity, "Position out of range",
                string.Create(CultureInfo.InvariantCulture, $"Position {index} is [{lon}, {lat}]; " +
                    $"longitude must lie within -180..180 and latitude within -90..90."));
        return new Coordinate(lon, lat);
    }

    private static RejectedException TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, "Body too large",
            $"A route may be at most {MaxBytes / 1024} KiB of GeoJSON.");

    private static RejectedException Invalid(int status, string title, string detail) => new(status, title, detail);
}
