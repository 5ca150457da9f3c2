using Maps.Api.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Maps.Api.Tests.Geo;

public class GeodesicTests
{
    [Fact]
    public void One_degree_of_latitude_is_about_111_km() =>
        Assert.Equal(111.195, Geodesic.DistanceKm(new Coordinate(70, 40), new Coordinate(70, 41)), 2);

    [Fact]
    public void A_degree_of_longitude_shrinks_with_latitude()
    {
        var atEquator = Geodesic.DistanceKm(new Coordinate(0, 0), new Coordinate(1, 0));
        var at60 = Geodesic.DistanceKm(new Coordinate(0, 60), new Coordinate(1, 60));
        Assert.Equal(atEquator / 2, at60, 0);
    }

    [Fact]
    public void Lengths_are_on_the_sphere_not_in_degrees()
    {
        // Almaty to Astana: about 970 km as the crow flies.
        var line = new WKTReader().Read("LINESTRING (76.9 43.25, 71.4333 51.1333)");
        Assert.InRange(Geodesic.LengthKm(line), 960, 985);
    }
}
