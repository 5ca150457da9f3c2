using Maps.Api.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Maps.Api.Tests.Geo;

public class SimplificationTests
{
    private static readonly WKTReader Wkt = new(GeoJsonSetup.Factory.GeometryServices);

    // Two countries sharing a jagged border (many small zigzags), each with a jagged outer edge too.
    private static Geometry[] JaggedCoverage()
    {
        var border = Enumerable.Range(0, 101).Select(i => $"{10 + (i % 2) * 0.01} {i * 0.1}").ToList();
        var west = $"POLYGON ((0 0, {string.Join(", ", border)}, 0 10, 0 0))";
        var east = $"POLYGON (({string.Join(", ", Enumerable.Reverse(border))}, 20 0, 20 10, 10 10))";
        return [Wkt.Read(west), Wkt.Read(east)];
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(4, 2)]
    [InlineData(8, 3)]
    [InlineData(10, 4)]
    [InlineData(18, 6)]
    public void Decimals_resolve_a_quarter_pixel_and_never_exceed_six(int zoom, int expected) =>
        Assert.Equal(expected, Simplification.Decimals(zoom));

    [Fact]
    public void Tolerance_halves_with_each_zoom_level() =>
        Assert.Equal(Simplification.Tolerance(5) * 2, Simplification.Tolerance(4), 12);

    [Fact]
    public void Simplifying_a_coverage_reduces_vertices_and_keeps_the_shared_border()
    {
        var coverage = JaggedCoverage();
        var simplified = Simplification.ForZoom(coverage, 4);

        Assert.True(simplified.Sum(g => g.NumPoints) < coverage.Sum(g => g.NumPoints) / 4);
        Assert.All(simplified, g => Assert.True(g.IsValid));
        // No gap and no overlap between the neighbours: their areas add up to the area of their union.
        var union = simplified[0].Union(simplified[1]);
        Assert.Equal(union.Area, simplified[0].Area + simplified[1].Area, 6);
        Assert.Equal(1, union.NumGeometries);
    }

    [Fact]
    public void Coordinates_are_rounded_to_the_zoom_precision()
    {
        var point = Wkt.Read("POINT (71.4491234 51.1694321)");
        var line = Wkt.Read("LINESTRING (75.99381234 39.46811111, 72.35111 40.70222)");
        var result = Simplification.ForZoom([line, point], 4);
        Assert.All(result[0].Coordinates, c => Assert.Equal(Math.Round(c.X, 2), c.X));
        Assert.Equal(new Coordinate(71.4491, 51.1694), result[1].Coordinate);
    }

    [Fact]
    public void Without_a_zoom_geometry_keeps_its_detail_at_six_decimals()
    {
        var line = Wkt.Read("LINESTRING (75.993812345 39.468111111, 75.99 39.47, 72.35 40.70)");
        var result = Simplification.ForZoom([line], null)[0];
        Assert.Equal(3, result.NumPoints);
        Assert.Equal(new Coordinate(75.993812, 39.468111), result.Coordinates[0]);
    }

    [Fact]
    public void Islands_smaller_than_a_pixel_are_dropped_but_the_mainland_stays()
    {
        var multi = Wkt.Read("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 20, 20.001 20, 20.001 20.001, 20 20)))");
        var result = Simplification.ForZoom([multi], 3)[0];
        Assert.IsType<MultiPolygon>(result);
        Assert.Equal(1, result.NumGeometries);
        Assert.Equal(100, result.Area, 6);
    }
}
