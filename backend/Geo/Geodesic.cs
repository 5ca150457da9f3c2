using NetTopologySuite.Geometries;
using SinCos = (double Sin, double Cos);

namespace Maps.Api.Geo;

/// <summary>
/// Lengths on the Earth, not in degrees: the geodesic (shortest path) on the WGS84 ellipsoid, the length railways
/// and surveys publish, rather than a great circle on a sphere (which is up to about 0.5 % off).
/// </summary>
/// <remarks>
/// Hand-written because no .NET port of Karney's GeographicLib is served by the NuGet feed (GeographicLib.NET and
/// the like do not restore) and NetTopologySuite measures on the plane only. The method is Karney's: C. F. F. Karney,
/// "Algorithms for geodesics", J. Geodesy 87 (2013) 43–55, doi:10.1007/s00190-012-0578-z, sections 3–4. It solves
/// for the azimuth at the first point that brings the geodesic to the second point's longitude, by Newton's method
/// kept inside a bracket, which converges for every pair, nearly antipodal ones too, where Vincenty's iteration on
/// the longitude may not. The series for the longitude and the length along the geodesic are Vincenty's: T. Vincenty,
/// "Direct and inverse solutions of geodesics on the ellipsoid with application of nested equations", Survey Review
/// 23 (1975) 88–93. Against GeographicLib (tests/Maps.Api.Tests/Geo/GeodesicTests.cs) it is within 0.1 mm.
/// </remarks>
public static class Geodesic
{
    // WGS84: the semi-major axis and the flattening define the ellipsoid.
    private const double SemiMajorKm = 6378.137, Flattening = 1 / 298.257223563;
    private const double SemiMinorKm = SemiMajorKm * (1 - Flattening);
    private const double SecondEccentricity2 = Flattening * (2 - Flattening) / ((1 - Flattening) * (1 - Flattening));

    public static double DistanceKm(Coordinate a, Coordinate b)
    {
        // Karney's order: the first point is the one farther from the equator, moved south of it, and the longitude
        // difference is in [0, π]; the geodesic then first meets the second point's latitude heading north.
        var (lat1, lat2) = Math.Abs(a.Y) >= Math.Abs(b.Y) ? (a.Y, b.Y) : (b.Y, a.Y);
        if (lat1 > 0) (lat1, lat2) = (-lat1, -lat2);
        var lambda = Math.Abs(Math.IEEERemainder(b.X - a.X, 360)) * Math.PI / 180;
        var (p1, p2) = (Reduced(lat1), Reduced(lat2));
        // Two points on the equator less than (1 - f)·180° apart: the equator is the geodesic between them.
        if (p1.Sin == 0 && p2.Sin == 0 && lambda <= (1 - Flattening) * Math.PI) return SemiMajorKm * lambda;
        return Arc(p1, p2, Azimuth(p1, p2, lambda)).Km;
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

    /// <summary>The reduced latitude β, tan β = (1 - f) tan φ, as its sine and cosine.</summary>
    private static SinCos Reduced(double latitude)
    {
        var (sin, cos) = Math.SinCos(latitude * Math.PI / 180);
        return Unit((1 - Flattening) * sin, Math.Max(cos, 1e-300));
    }

    /// <summary>
    /// The azimuth α1 in [0, π] at the first point, as its sine and cosine (an angle in radians could not tell apart
    /// the azimuths near 90° that nearly equatorial pairs need); the longitude reached grows with it from 0 to π.
    /// </summary>
    private static SinCos Azimuth(SinCos p1, SinCos p2, double lambda)
    {
        // Start from the azimuth on the auxiliary sphere, where the longitude difference would be λ itself.
        var alpha = Unit(p2.Cos * Math.Sin(lambda), p1.Cos * p2.Sin - p1.Sin * p2.Cos * Math.Cos(lambda));
        SinCos low = (0, 1), high = (0, -1), last = alpha;
        var lastError = double.NaN;
        for (var i = 0; i < 100; i++)
        {
            var arc = Arc(p1, p2, alpha);
            var error = arc.Lambda - lambda;
            if (Math.Abs(error) <= 1e-14) break;
            if (error > 0) high = alpha;
            else low = alpha;
            // Newton's method, first with the slope on the sphere and then with the secant through the last two tries;
            // where a step would leave the bracket, or the last one did not halve the error, bisect instead.
            var slope = double.IsNaN(lastError) ? arc.Slope : (error - lastError) / Angle(last, alpha);
            var next = Rotate(alpha, Math.Clamp(-error / slope, -Math.PI, Math.PI));
            var halved = double.IsNaN(lastError) || Math.Abs(error) <= Math.Abs(lastError) / 2;
            var newton = halved && Angle(low, next) > 0 && Angle(next, high) > 0;
            (last, lastError) = (alpha, error);
            alpha = newton ? next : Rotate(low, Math.Abs(Angle(low, high)) / 2);
            if (alpha == last) break;
        }
        return alpha;
    }

    private static SinCos Unit(double sin, double cos)
    {
        var norm = Math.Sqrt(sin * sin + cos * cos);
        return norm == 0 ? (0, 1) : (sin / norm, cos / norm);
    }

    private static SinCos Rotate(SinCos a, double by)
    {
        var (sin, cos) = Math.SinCos(by);
        return Unit(a.Sin * cos + a.Cos * sin, a.Cos * cos - a.Sin * sin);
    }

    /// <summary>How far b lies beyond a, in (-π, π].</summary>
    private static double Angle(SinCos a, SinCos b) =>
        Math.Atan2(a.Cos * b.Sin - a.Sin * b.Cos, a.Cos * b.Cos + a.Sin * b.Sin);

    /// <summary>
    /// The geodesic leaving the first point at azimuth α1 until it meets the second point's latitude: the longitude it
    /// has covered then, that longitude's slope in α1 (on the sphere: sin σ12 / (cos α2 cos β2)) and its length.
    /// </summary>
    private static (double Lambda, double Slope, double Km) Arc(SinCos p1, SinCos p2, SinCos alpha1)
    {
        var (sinA1, cosA1) = alpha1;
        var sinA0 = sinA1 * p1.Cos; // Clairaut: sin α cos β is the same all along the geodesic
        var cos2A0 = 1 - sinA0 * sinA0;
        // Arc σ from the equator crossing: (cos σ, sin σ) ∝ (cos α cos β, sin β); cos α2 cos β2 ≥ 0 by the order above.
        var (x1, y1, y2) = (cosA1 * p1.Cos, p1.Sin, p2.Sin);
        // cos² β2 − cos² β1, written in whichever of the two pairs loses less to rounding.
        var squares = p1.Cos < -p1.Sin ? (p2.Cos - p1.Cos) * (p2.Cos + p1.Cos) : (p1.Sin - p2.Sin) * (p1.Sin + p2.Sin);
        var x2 = Math.Sqrt(Math.Max(0, x1 * x1 + squares));
        var cross = Math.Max(0, x1 * y2 - y1 * x2);
        var sigma = Math.Atan2(cross, x1 * x2 + y1 * y2);
        // Longitude ω on the auxiliary sphere: (cos ω, sin ω) ∝ (cos σ, sin α0 sin σ).
        var omega = Math.Atan2(sinA0 * cross, x1 * x2 + sinA0 * sinA0 * y1 * y2);
        var (sinS, cosS) = Math.SinCos(sigma);
        var cos2Sm = Math.Cos(2 * Math.Atan2(y1, x1) + sigma);
        // Vincenty's series: the ellipsoid's longitude falls short of ω by a term in f; the length is b·A·(σ − Δσ).
        var c = Flattening / 16 * cos2A0 * (4 + Flattening * (4 - 3 * cos2A0));
        var lambda = omega - (1 - c) * Flattening * sinA0
            * (sigma + c * sinS * (cos2Sm + c * cosS * (-1 + 2 * cos2Sm * cos2Sm)));
        var u2 = cos2A0 * SecondEccentricity2;
        var a = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
        var b = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
        var deltaSigma = b * sinS * (cos2Sm + b / 4 * (cosS * (-1 + 2 * cos2Sm * cos2Sm)
            - b / 6 * cos2Sm * (-3 + 4 * sinS * sinS) * (-3 + 4 * cos2Sm * cos2Sm)));
        return (lambda, sinS / x2, SemiMinorKm * a * (sigma - deltaSigma));
    }
}
