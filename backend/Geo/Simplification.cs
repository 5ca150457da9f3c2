using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Precision;
using NetTopologySuite.Simplify;

namespace Maps.Api.Geo;

/// <summary>
/// Geometry as a map at one zoom level needs it: no detail finer than a pixel, no digits finer than a quarter pixel.
/// </summary>
public static class Simplification
{
    public const int MinZoom = 0;
    public const int MaxZoom = 18;

    /// <summary>Degrees of longitude one 256-pixel Web Mercator tile pixel spans at this zoom.</summary>
    public static double DegreesPerPixel(int zoom) => 360.0 / (256.0 * (1 << zoom));

    /// <summary>
    /// Three quarters of a pixel: Mercator stretches latitudes, so at 50–60°N this is still about a pixel on screen.
    /// </summary>
    public static double Tolerance(int zoom) => 0.75 * DegreesPerPixel(zoom);

    /// <summary>Decimals that resolve a quarter of a pixel: 2 at zoom 4, 4 at zoom 10, never more than 6.</summary>
    public static int Decimals(int zoom) =>
        Math.Clamp((int)Math.Ceiling(Math.Log10(4 / DegreesPerPixel(zoom))), 1, GeoJsonSetup.MaxDecimals);

    /// <summary>
    /// Simplifies a layer's geometries for a zoom level (null: full detail) and rounds their coordinates;
    /// <paramref name="pixels"/> scales the tolerance (a background may be coarser than the data drawn on it). Polygons
    /// are simplified as one coverage, so neighbouring countries keep a shared border with no gaps or overlaps.
    /// </summary>
    public static Geometry[] ForZoom(IReadOnlyList<Geometry> geometries, int? zoom, double pixels = 1)
    {
        if (zoom is not { } z)
            return geometries.Select(g => Finish(g, GeoJsonSetup.MaxDecimals, g is MultiPolygon)).ToArray();

        var tolerance = Tolerance(z) * pixels;
        var decimals = Decimals(z);
        if (geometries.Count > 0 && geometries.All(g => g is Polygon or MultiPolygon))
        {
            var withoutSpecks = geometries.Select(g => DropSpecks(g, tolerance)).ToArray();
            return CoverageSimplifier.Simplify(withoutSpecks, tolerance)
                .Select((g, i) => Finish(g, decimals, geometries[i] is MultiPolygon)).ToArray();
        }
        return geometries.Select(g => g switch
        {
            Point or MultiPoint => Finish(g, Math.Max(decimals, 4), multi: false),
            _ => Finish(TopologyPreservingSimplifier.Simplify(g, tolerance), decimals, multi: false),
        }).ToArray();
    }

    /// <summary>
    /// Islands smaller than about a pixel cannot be seen at this zoom; the largest part always stays.
    /// </summary>
    private static Geometry DropSpecks(Geometry geometry, double tolerance)
    {
        if (geometry is not MultiPolygon multi) return geometry;
        var parts = Enumerable.Range(0, multi.NumGeometries).Select(i => (Polygon)multi.GetGeometryN(i)).ToList();
        var largest = parts.MaxBy(p => p.Area);
        var kept = parts.Where(p => p == largest || p.Area >= 2 * tolerance * tolerance).ToArray();
        return multi.Factory.CreateMultiPolygon(kept);
    }

    /// <summary>
    /// Rounds to the grid, keeps it valid and RFC 7946-wound; a MultiPolygon layer stays MultiPolygon.
    /// </summary>
    private static Geometry Finish(Geometry geometry, int decimals, bool multi)
    {
        var precision = new PrecisionModel(Math.Pow(10, decimals));
        // The reducer snaps to the grid and repairs any collapse it causes, so the result stays valid.
        var reduced = geometry is Polygon or MultiPolygon
            ? GeometryPrecisionReducer.Reduce(geometry, precision)
            : GeometryPrecisionReducer.ReducePointwise(geometry, precision);
        if (!reduced.IsValid) reduced = GeometryFixer.Fix(reduced);
        if (reduced is Polygon polygon && multi)
            reduced = reduced.Factory.CreateMultiPolygon([polygon]);
        return RingOrientation.ToRfc7946(reduced);
    }
}
