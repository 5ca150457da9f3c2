using Maps.Api.Geo;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Maps.Api.Tests.Geo;

public class RingOrientationTests
{
    private static readonly WKTReader Wkt = new(GeoJsonSetup.Factory.GeometryServices);

    [Fact]
    public void Clockwise_shells_turn_counter_clockwise_and_holes_clockwise()
    {
        // Shell clockwise, hole counter-clockwise: the opposite of RFC 7946.
        var polygon = (Polygon)Wkt.Read("POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))");
        Assert.False(Orientation.IsCCW(polygon.Shell.CoordinateSequence));

        var oriented = (Polygon)RingOrientation.ToRfc7946(polygon);

        Assert.True(Orientation.IsCCW(oriented.Shell.CoordinateSequence));
        Assert.False(Orientation.IsCCW(oriented.Holes[0].CoordinateSequence));
        Assert.True(oriented.EqualsTopologically(polygon));
    }

    [Fact]
    public void Every_part_of_a_multipolygon_is_oriented()
    {
        var multi = Wkt.Read("MULTIPOLYGON (((0 0, 0 1, 1 1, 1 0, 0 0)), ((5 5, 6 5, 6 6, 5 6, 5 5)))");
        var oriented = RingOrientation.ToRfc7946(multi);
        for (var i = 0; i < oriented.NumGeometries; i++)
            Assert.True(Orientation.IsCCW(((Polygon)oriented.GetGeometryN(i)).Shell.CoordinateSequence));
    }
}
