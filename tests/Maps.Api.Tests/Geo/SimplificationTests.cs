using Maps.Api.Geo;
using NetTopologySuite.Algorithm.Distance;
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

    /// <summary>
    /// A line along a parallel with two spikes, in pixels of the zoom: one half a pixel high (detail a map cannot show
    /// there), one two pixels high (detail it must keep). The pixel is the Web Mercator tile scheme's, not the code's:
    /// 2^zoom tiles of 256 pixels span 360° of longitude, so a pixel is 360 / (256 · 2^zoom) degrees, halving with each
    /// zoom level; the sizes below are that, worked out by hand. Douglas–Peucker at any tolerance between half a pixel and
    /// about 0.95 pixel (the base vertex at x = 10 lies 20 / √445 ≈ 0.948 px from the chord to the tall spike) drops the
    /// small spike's three vertices and keeps everything else.
    /// </summary>
    [Theory]
    [InlineData(2, 0.3515625)]
    [InlineData(4, 0.087890625)]
    [InlineData(8, 0.0054931640625)]
    [InlineData(12, 0.00034332275390625)]
    public void Detail_under_a_pixel_goes_and_detail_of_two_pixels_stays_at_each_zoom(int zoom, double pixel)
    {
        (double X, double Y)[] input = [(0, 0), (10, 0), (11, 0.5), (12, 0), (20, 0), (21, 2), (22, 0), (30, 0)];
        (double X, double Y)[] expected = [(0, 0), (20, 0), (21, 2), (22, 0), (30, 0)];
        Coordinate At((double X, double Y) p) => new(60 + p.X * pixel, 45 + p.Y * pixel);
        var line = GeoJsonSetup.Factory.CreateLineString(input.Select(At).ToArray());

        var result = Simplification.ForZoom([line], zoom)[0];

        Assert.True(result.IsValid);
        Assert.Equal(expected.Length, result.NumPoints);
        // Rounding to digits that resolve a quarter pixel moves a vertex by less than a quarter pixel.
        Assert.All(expected.Zip(result.Coordinates), pair =>
            Assert.True(At(pair.First).Distance(pair.Second) < pixel / 4, $"{pair.Second} is not near {At(pair.First)}"));
        // Nothing of the drawing is further than a pixel from what is kept, nor the other way round.
        Assert.True(DiscreteHausdorffDistance.Distance(line, result, 0.01) <= pixel);
    }

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
