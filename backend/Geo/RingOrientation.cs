using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Maps.Api.Geo;

/// <summary>RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise.</summary>
public static class RingOrientation
{
    public static Geometry ToRfc7946(Geometry geometry) => geometry switch
    {
        Polygon polygon => Orient(polygon),
        MultiPolygon multi => multi.Factory.CreateMultiPolygon(
            Enumerable.Range(0, multi.NumGeometries).Select(i => Orient((Polygon)multi.GetGeometryN(i))).ToArray()),
        _ => geometry,
    };

    private static Polygon Orient(Polygon polygon)
    {
        var shell = Wind(polygon.Shell, counterClockwise: true);
        var holes = polygon.Holes.Select(h => Wind(h, counterClockwise: false)).ToArray();
        return polygon.Factory.CreatePolygon(shell, holes);
    }

    private static LinearRing Wind(LinearRing ring, bool counterClockwise) =>
        Orientation.IsCCW(ring.CoordinateSequence) == counterClockwise ? ring : (LinearRing)ring.Reverse();
}
