using Maps.Api.Routes;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Maps.Api.Tests.Routes;

public sealed class BriefMapTests
{
    private static readonly WKTReader Wkt = new();

    /// <summary>After the stored data changes the network's land is another shape: the map draws it, not the old cut.</summary>
    [Fact]
    public void The_land_drawn_for_the_same_routes_follows_the_land_given()
    {
        Geometry[] route = [Wkt.Read("LINESTRING (0 0, 10 10)")];
        var before = BriefMap.Svg(route, Wkt.Read("POLYGON ((0 0, 5 0, 5 5, 0 5, 0 0))"), "Map", "a,b");
        var after = BriefMap.Svg(route, Wkt.Read("POLYGON ((5 5, 10 5, 10 10, 5 10, 5 5))"), "Map", "a,b");
        Assert.NotEqual(before, after);
    }
}
