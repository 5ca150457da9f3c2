using NetTopologySuite.Algorithm;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Maps.Api.Routes;

/// <summary>
/// A stretch of a drawn line that crosses no coast and no border: over land or water, in one country or in none.
/// Position is where it starts along the line (planar length from the line's start).
/// </summary>
public sealed record SurveyedStretch(IReadOnlyList<Coordinate> Points, bool OnLand, string? Iso3, double Position);

/// <summary>
/// Where a drawn line runs, built once from the land and the borders simplified for drawn routes: an index of every
/// coast and border segment splits the line where it crosses one, and point locators tell on which side each piece
/// lies. A line costs one index query per vertex. Overlaying it with the world's land and each country instead built
/// and noded those shapes for every request: tens of megabytes and a quarter of a second for a zigzag along a coast. A
/// stretch drawn exactly along a border counts for one of the two countries (the first the index finds), once.
/// </summary>
public sealed class LineSurvey
{
    private readonly STRtree<LineSegment> edges = new();
    private readonly IndexedPointInAreaLocator land;
    private readonly STRtree<(string Iso3, IndexedPointInAreaLocator Locator)> countries = new();

    public LineSurvey(Geometry landShape, IReadOnlyList<(string Iso3, Geometry Shape)> borders)
    {
        land = Locator(landShape);
        AddEdges(landShape);
        foreach (var (iso3, shape) in borders)
        {
            AddEdges(shape);
            countries.Insert(shape.EnvelopeInternal, (iso3, Locator(shape)));
        }
        edges.Build();
        countries.Build();
    }

    /// <summary>
    /// The line cut at every coast and border it crosses, consecutive pieces alike joined, in travel order.
    /// </summary>
    public IReadOnlyList<SurveyedStretch> Along(LineString line)
    {
        var stretches = new List<SurveyedStretch>();
        var intersector = new RobustLineIntersector();
        var cuts = new List<double>();
        List<Coordinate>? points = null;
        (bool OnLand, string? Iso3, double Position) kind = default;
        var travelled = 0.0;
        var vertices = line.Coordinates;
        for (var i = 1; i < vertices.Length; i++)
        {
            var (a, b) = (vertices[i - 1], vertices[i]);
            var length = a.Distance(b);
            if (length == 0) continue;
            cuts.Clear();
            cuts.Add(0);
            cuts.Add(1);
            foreach (var edge in edges.Query(new Envelope(a, b)))
            {
                intersector.ComputeIntersection(a, b, edge.P0, edge.P1);
                for (var k = 0; k < intersector.IntersectionNum; k++)
                    cuts.Add(Fraction(a, b, intersector.GetIntersection(k)));
            }
            cuts.Sort();
            for (var k = 1; k < cuts.Count; k++)
            {
                if (cuts[k] - cuts[k - 1] < 1e-12) continue;
                var middle = At(a, b, (cuts[k - 1] + cuts[k]) / 2);
                var onLand = land.Locate(middle) != Location.Exterior;
                var iso3 = CountryAt(middle);
                if (points is null || onLand != kind.OnLand || iso3 != kind.Iso3)
                {
                    if (points is not null)
                        stretches.Add(new SurveyedStretch(points, kind.OnLand, kind.Iso3, kind.Position));
                    points = [At(a, b, cuts[k - 1])];
                    kind = (onLand, iso3, travelled + cuts[k - 1] * length);
                }
                points.Add(At(a, b, cuts[k]));
            }
            travelled += length;
        }
        if (points is not null) stretches.Add(new SurveyedStretch(points, kind.OnLand, kind.Iso3, kind.Position));
        return stretches;
    }

    /// <summary>
    /// A point locator with its index built now, with the network, rather than by the first reader's request.
    /// </summary>
    private static IndexedPointInAreaLocator Locator(Geometry area)
    {
        var locator = new IndexedPointInAreaLocator(area);
        locator.Locate(area.EnvelopeInternal.Centre);
        return locator;
    }

    private string? CountryAt(Coordinate point)
    {
        foreach (var (iso3, locator) in countries.Query(new Envelope(point)))
            if (locator.Locate(point) != Location.Exterior) return iso3;
        return null;
    }

    private void AddEdges(Geometry area)
    {
        for (var i = 0; i < area.NumGeometries; i++)
        {
            if (area.GetGeometryN(i) is not Polygon polygon) continue;
            foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
            {
                var points = ring.Coordinates;
                for (var j = 1; j < points.Length; j++)
                    edges.Insert(new Envelope(points[j - 1], points[j]), new LineSegment(points[j - 1], points[j]));
            }
        }
    }

    /// <summary>How far along a → b the point lies, 0 to 1.</summary>
    private static double Fraction(Coordinate a, Coordinate b, Coordinate point)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        return Math.Clamp(((point.X - a.X) * dx + (point.Y - a.Y) * dy) / (dx * dx + dy * dy), 0, 1);
    }

    private static Coordinate At(Coordinate a, Coordinate b, double fraction) =>
        fraction <= 0 ? a.Copy()
        : fraction >= 1 ? b.Copy()
        : new Coordinate(a.X + (b.X - a.X) * fraction, a.Y + (b.Y - a.Y) * fraction);
}
