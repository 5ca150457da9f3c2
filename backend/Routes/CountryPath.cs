using Maps.Api.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.LinearReferencing;

namespace Maps.Api.Routes;

/// <summary>
/// A stretch of a line inside one country: where it starts along the line (planar index) and how long it is.
/// </summary>
public sealed record CountryPiece(string Iso3, double Position, double LengthKm);

/// <summary>
/// The countries a line passes through, in travel order, from intersecting it with the borders layer.
/// </summary>
public sealed class CountryPath(IReadOnlyList<(string Iso3, Geometry Shape)> borders)
{
    /// <summary>
    /// Shorter stretches are drawing noise of schematic lines along a border, not a visit to the country.
    /// </summary>
    public const double MinimumPieceKm = 1.0;

    private readonly IReadOnlyList<(string Iso3, IPreparedGeometry Prepared, Geometry Shape)> countries =
        borders.Select(b => (b.Iso3, PreparedGeometryFactory.Prepare(b.Shape), b.Shape)).ToList();

    public IReadOnlyList<CountryPiece> Along(LineString line)
    {
        var index = new LengthIndexedLine(line);
        var pieces = new List<CountryPiece>();
        foreach (var (iso3, prepared, shape) in countries)
        {
            if (!prepared.Intersects(line)) continue;
            // OverlayNG: the legacy overlay took 5 to 20 times as long on a long line with many crossings.
            var inside = OverlayNGRobust.Overlay(line, shape, SpatialFunction.Intersection);
            for (var i = 0; i < inside.NumGeometries; i++)
            {
                if (inside.GetGeometryN(i) is not LineString part || part.IsEmpty) continue;
                var km = Geodesic.LengthKm(part);
                if (km >= MinimumPieceKm)
                    pieces.Add(new CountryPiece(iso3, index.Project(part.StartPoint.Coordinate), km));
            }
        }
        return pieces.OrderBy(p => p.Position).ToList();
    }

    /// <summary>Consecutive stretches in one country count once.</summary>
    public static IReadOnlyList<string> InOrder(IEnumerable<CountryPiece> pieces)
    {
        var order = new List<string>();
        foreach (var piece in pieces)
            if (order.Count == 0 || order[^1] != piece.Iso3) order.Add(piece.Iso3);
        return order;
    }
}
