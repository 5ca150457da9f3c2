using NetTopologySuite.Geometries;

namespace Maps.Api.Geo;

/// <summary>Lengths on the Earth, not in degrees: great-circle (haversine) distance on the IUGG mean sphere.</summary>
public static class Geodesic
{
    public const double EarthRadiusKm = 6371.0088;

    public static double DistanceKm(Coordinate a, Coordinate b)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(b.Y - a.Y);
        var dLon = Radians(b.X - a.X);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(a.Y)) * Math.Cos(Radians(b.Y)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>The length of every line in the geometry, summed.</summary>
    public static double LengthKm(Geometry geometry)
    {
        var total = 0.0;
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is not LineString line) continue;
            var coordinates = line.Coordinates;
            for (var j = 1; j < coordinates.Length; j++) total += DistanceKm(coordinates[j - 1], coordinates[j]);
        }
        return total;
    }
}
