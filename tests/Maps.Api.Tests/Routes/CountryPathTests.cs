using Maps.Api.Routes;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Maps.Api.Tests.Routes;

public class CountryPathTests
{
    private static readonly WKTReader Wkt = new();

    private static readonly CountryPath Path = new([
        ("AAA", Wkt.Read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))")),
        ("BBB", Wkt.Read("POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))")),
        ("CCC", Wkt.Read("POLYGON ((0 10, 20 10, 20 10.001, 0 10.001, 0 10))")),
    ]);

    [Fact]
    public void Countries_come_in_travel_order_whichever_way_the_line_runs()
    {
        var east = (LineString)Wkt.Read("LINESTRING (5 5, 15 5)");
        Assert.Equal(["AAA", "BBB"], CountryPath.InOrder(Path.Along(east)));
        Assert.Equal(["BBB", "AAA"], CountryPath.InOrder(Path.Along((LineString)east.Reverse())));
    }

    [Fact]
    public void Leaving_and_coming_back_counts_the_country_twice()
    {
        var line = (LineString)Wkt.Read("LINESTRING (5 5, 15 5, 15 6, 5 6)");
        Assert.Equal(["AAA", "BBB", "AAA"], CountryPath.InOrder(Path.Along(line)));
    }

    [Fact]
    public void A_sliver_shorter_than_a_kilometre_is_not_a_visit()
    {
        // Runs along the thin strip CCC (about 110 m wide) only where it crosses it.
        var line = (LineString)Wkt.Read("LINESTRING (5 5, 5 10.0005, 5 9)");
        Assert.Equal(["AAA"], CountryPath.InOrder(Path.Along(line)));
    }
}
