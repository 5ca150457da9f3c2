using Maps.Api.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Maps.Api.Tests.Geo;

/// <summary>
/// Lengths are WGS84 geodesics, checked against GeographicLib, not against this code: every figure below was computed
/// once, outside the app, with the npm package geographiclib-geodesic 2.2.0 (Karney's own JavaScript port):
/// <c>Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12 / 1000</c>, printed to the micrometre. Its Astana – Petropavl
/// figure is the 438.8626 km GeographicLib's GeodSolve -i gives (tests/Maps.Api.Tests/Routes/RoutesApiTests.cs).
/// </summary>
public class GeodesicTests
{
    /// <summary>1 mm per 1,000 km and at least 1 mm: far inside what a map shows, far outside rounding.</summary>
    private static double ToleranceKm(double km) => Math.Max(1, km / 1000) * 1e-6;

    [Theory]
    // A kilometre in Almaty.
    [InlineData(76.9, 43.25, 76.91, 43.255, 0.983876624)]
    // One degree of latitude, north–south (on a sphere of the mean radius it would be 111.195 km).
    [InlineData(70, 40, 70, 41, 111.044260879)]
    // A 100 km step east–west along 45°N.
    [InlineData(60, 45, 61.27, 45, 100.134455582)]
    // Almaty – Astana, about 1,000 km.
    [InlineData(76.9, 43.25, 71.4333, 51.1333, 968.739829505)]
    // Along 45°N, 15° east–west (the geodesic bows north of the parallel).
    [InlineData(60, 45, 75, 45, 1181.008661763)]
    // Ürümqi – Istanbul, about 5,000 km.
    [InlineData(87.6, 43.8, 28.97, 41.01, 4734.244022044)]
    // Lianyungang – Rotterdam, about 8,500 km.
    [InlineData(119.22, 34.6, 4.48, 51.92, 8520.087202537)]
    // Across the antimeridian in the Bering Sea, and south of the equator.
    [InlineData(179.5, 60, -179.5, 62, 229.325295860)]
    [InlineData(170, -10, -170, -15, 2241.949132347)]
    // Near the equator, Gabon – the Congo, and on it (a · Δλ: the equator is a geodesic).
    [InlineData(12, 0.5, 28, -0.3, 1783.290099846)]
    [InlineData(12, 0, 28, 0, 1781.111852692)]
    // Astana – Petropavl, the GeoNames points of RoutesApiTests.
    [InlineData(71.44598, 51.1801, 69.15065, 54.87343, 438.862618148)]
    // Nearly antipodal (0.3° of longitude and 0.2° of latitude off), the hardest case for the iteration.
    [InlineData(0, 10, 179.7, -10.2, 19975.668089065)]
    // Nearly antipodal across the equator, where Newton's method on the sphere's slope, unbracketed, ends 9 km short.
    [InlineData(85.89, -5.93, -93.85, 5.43, 19945.254261691)]
    // Antipodal on the equator: the shortest way is over a pole, half a meridian.
    [InlineData(0, 0, 180, 0, 20003.931458625)]
    // Over the North Pole.
    [InlineData(0, 89.5, 180, 89.5, 111.693950897)]
    public void A_distance_is_the_WGS84_geodesic_as_GeographicLib_gives_it(
        double lon1, double lat1, double lon2, double lat2, double km)
    {
        var (a, b) = (new Coordinate(lon1, lat1), new Coordinate(lon2, lat2));
        Assert.Equal(km, Geodesic.DistanceKm(a, b), ToleranceKm(km));
        Assert.Equal(km, Geodesic.DistanceKm(b, a), ToleranceKm(km));
    }

    [Fact]
    public void A_point_is_no_distance_from_itself() =>
        Assert.Equal(0, Geodesic.DistanceKm(new Coordinate(71.4333, 51.1333), new Coordinate(71.4333, 51.1333)));

    [Fact]
    public void A_length_sums_the_geodesics_of_every_line()
    {
        // GeographicLib's PolygonArea as a polyline (Planimeter -l) over each line, summed: 1412.215737384 km
        // Almaty – Astana – Petropavl and 229.325295860 km across the antimeridian.
        var lines = new WKTReader().Read(
            "MULTILINESTRING ((76.9 43.25, 71.4333 51.1333, 69.15065 54.87343), (179.5 60, -179.5 62))");
        Assert.Equal(1641.541033244, Geodesic.LengthKm(lines), ToleranceKm(1641.541033244));
    }

    [Fact]
    public void A_geometry_without_lines_has_no_length() =>
        Assert.Equal(0, Geodesic.LengthKm(new WKTReader().Read("MULTIPOINT ((70 40), (71 41))")));
}
