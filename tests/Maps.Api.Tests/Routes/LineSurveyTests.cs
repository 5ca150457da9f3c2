using Maps.Api.Routes;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Maps.Api.Tests.Routes;

/// <summary>
/// The survey against NTS's overlay, an independent way to the same answer: land is a 10 × 10 square split into two
/// countries at x = 5, with a lake in the east; the line crosses coasts, the border and the lake.
/// </summary>
public sealed class LineSurveyTests
{
    private static readonly WKTReader Wkt = new();
    private static readonly Geometry West = Wkt.Read("POLYGON ((0 0, 5 0, 5 10, 0 10, 0 0))");
    private static readonly Geometry East = Wkt.Read("POLYGON ((5 0, 10 0, 10 10, 5 10, 5 0), (7 4, 8 4, 8 6, 7 6, 7 4))");
    private static readonly Geometry Land = West.Union(East);
    private static readonly LineSurvey Survey = new(Land, [("WWW", West), ("EEE", East)]);

    [Fact]
    public void A_straight_line_is_cut_at_each_coast_and_border_in_travel_order()
    {
        var line = (LineString)Wkt.Read("LINESTRING (-5 5, 15 5)");
        var stretches = Survey.Along(line);
        Assert.Equal(
            [(false, null), (true, "WWW"), (true, "EEE"), (false, null), (true, "EEE"), (false, null)],
            stretches.Select(s => (s.OnLand, s.Iso3)).ToArray());
        Assert.Equal([0, 5, 10, 12, 13, 15], stretches.Select(s => s.Position).ToArray());
        Assert.Equal(new Coordinate(5, 5), stretches[2].Points[0]);
    }

    [Fact]
    public void A_line_along_the_border_counts_once_for_one_country()
    {
        var stretches = Survey.Along((LineString)Wkt.Read("LINESTRING (5 2, 5 8)"));
        var stretch = Assert.Single(stretches);
        Assert.True(stretch.OnLand);
        Assert.Contains(stretch.Iso3, new[] { "WWW", "EEE" });
        Assert.Equal(6, stretch.Points[0].Distance(stretch.Points[^1]), 9);
    }

    [Fact]
    public void A_zigzag_over_coasts_border_and_lake_has_the_lengths_the_overlay_gives()
    {
        var points = Enumerable.Range(0, 401).Select(i => new Coordinate(-2 + i * 0.035, 5 + (i % 2 == 0 ? -1.3 : 1.7))).ToArray();
        var line = new GeometryFactory().CreateLineString(points);
        var stretches = Survey.Along(line);
        double Surveyed(Func<SurveyedStretch, bool> which) =>
            stretches.Where(which).Sum(s => s.Points.Zip(s.Points.Skip(1), (a, b) => a.Distance(b)).Sum());
        Assert.Equal(line.Intersection(West).Length, Surveyed(s => s.Iso3 == "WWW"), 9);
        Assert.Equal(line.Intersection(East).Length, Surveyed(s => s.Iso3 == "EEE"), 9);
        Assert.Equal(line.Intersection(Land).Length, Surveyed(s => s.OnLand), 9);
        Assert.Equal(line.Difference(Land).Length, Surveyed(s => !s.OnLand), 9);
        Assert.Equal(line.Length, stretches.Sum(s => s.Points.Zip(s.Points.Skip(1), (a, b) => a.Distance(b)).Sum()), 9);
    }
}
