using System.Globalization;
using Maps.Api.Geo;
using NetTopologySuite.Geometries;

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
        var stretches = network.Drawn.Survey.Along(line);
        var legs = new List<RouteLeg>();
        var modes = Runs(stretches, s => s.OnLand ? landMode : "sea", line.Factory)
            .Where(run => Geodesic.LengthKm(run.Line) >= CountryPath.MinimumPieceKm);
        foreach (var (part, mode, _) in modes)
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
                string.Create(CultureInfo.InvariantCulture, $"near {start.Y:0.00}°N {start.X:0.00}°E")));
        }
        var countries = Runs(stretches, s => s.Iso3, line.Factory)
            .Where(run => run.Key is not null)
            .Select(run => new CountryPiece(run.Key!, run.Position, Geodesic.LengthKm(run.Line)))
            .Where(piece => piece.LengthKm >= CountryPath.MinimumPieceKm)
            .ToList();
        return legs.Count == 0 ? legs : [legs[0] with { Countries = countries }, .. legs.Skip(1)];
    }

    /// <summary>
    /// Consecutive stretches with the same key joined into one line, with where it starts along the drawn line.
    /// </summary>
    private static IEnumerable<(LineString Line, T Key, double Position)> Runs<T>(
        IReadOnlyList<SurveyedStretch> stretches, Func<SurveyedStretch, T> key, GeometryFactory factory)
    {
        for (var i = 0; i < stretches.Count;)
        {
            var (value, position) = (key(stretches[i]), stretches[i].Position);
            var points = new List<Coordinate>(stretches[i].Points);
            // Each stretch starts where the one before it ends.
            for (i++; i < stretches.Count && EqualityComparer<T>.Default.Equals(key(stretches[i]), value); i++)
                points.AddRange(stretches[i].Points.Skip(1));
            yield return (factory.CreateLineString(points.ToArray()), value, position);
        }
    }

    private static LineString Merge(LineString a, LineString b) =>
        a.Factory.CreateLineString(a.Coordinates.Concat(b.Coordinates).ToArray());
}
