using Maps.Api.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Maps.Api.Routes;

/// <summary>
/// Turns a drawn line into legs: stretches over Natural Earth land (see <see cref="RouteNetwork.Drawn"/>) take the
/// planner's land mode (rail or road), stretches over water are sea. A change between the two is a transshipment;
/// gauges are unknown.
/// </summary>
public static class DrawnRoute
{
    public static IReadOnlyList<RouteLeg> Legs(RouteNetwork network, LineString line, string landMode)
    {
        var legs = new List<RouteLeg>();
        var shapes = network.Drawn;
        // OverlayNG: the legacy overlay took 5 to 20 times as long on a long line with many crossings.
        var onLand = shapes.Land.Intersects(line)
            ? OverlayNGRobust.Overlay(line, shapes.LandShape, SpatialFunction.Intersection)
            : line.Factory.CreateLineString();
        var atSea = OverlayNGRobust.Overlay(line, shapes.LandShape, SpatialFunction.Difference);
        var index = new NetTopologySuite.LinearReferencing.LengthIndexedLine(line);
        var parts = Parts(onLand).Select(p => (p, mode: landMode)).Concat(Parts(atSea).Select(p => (p, mode: "sea")))
            .Where(x => Geodesic.LengthKm(x.p) >= CountryPath.MinimumPieceKm)
            .OrderBy(x => index.Project(x.p.StartPoint.Coordinate));
        foreach (var (part, mode) in parts)
        {
            var km = Geodesic.LengthKm(part);
            if (legs.Count > 0 && legs[^1].Mode == mode)
            {
                // Two stretches of one mode split by a sliver of the other are one leg.
                var last = legs[^1];
                legs[^1] = last with { LengthKm = last.LengthKm + km, Line = Merge(last.Line, part) };
                continue;
            }
            var start = part.StartPoint.Coordinate;
            legs.Add(new RouteLeg(part, mode, km, [], null, null, null,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"near {start.Y:0.00}°N {start.X:0.00}°E")));
        }
        var countries = shapes.Countries.Along(line);
        return legs.Count == 0 ? legs : [legs[0] with { Countries = countries }, .. legs.Skip(1)];
    }

    private static IEnumerable<LineString> Parts(Geometry geometry)
    {
        for (var i = 0; i < geometry.NumGeometries; i++)
            if (geometry.GetGeometryN(i) is LineString { IsEmpty: false } line) yield return line;
    }

    private static LineString Merge(LineString a, LineString b) =>
        a.Factory.CreateLineString(a.Coordinates.Concat(b.Coordinates).ToArray());
}
