using Maps.Api.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Precision;

namespace Maps.Api.Ogc;

/// <summary>
/// Geometry as downloads need it: the stored, full-resolution shapes (the map's per-zoom simplification is for
/// drawing), coordinates rounded to 7 decimals (about 1 cm, RFC 7946 §11.2) and rings wound as RFC 7946 §3.1.6 asks.
/// </summary>
public static class OgcGeometry
{
    public const int Decimals = 7;

    private static readonly PrecisionModel Grid = new(1e7);

    public static Geometry ForDownload(Geometry stored)
    {
        var rounded = stored.Copy();
        rounded.Apply(new RoundFilter());
        // Rounding rarely makes a polygon invalid (two vertices within a centimetre); snap-rounding then repairs it.
        if (rounded is Polygon or MultiPolygon && !rounded.IsValid)
        {
            rounded = GeometryPrecisionReducer.Reduce(stored, Grid);
            if (!rounded.IsValid) rounded = GeometryFixer.Fix(rounded);
        }
        return RingOrientation.ToRfc7946(rounded);
    }

    private sealed class RoundFilter : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence sequence)
        {
            for (var i = 0; i < sequence.Count; i++)
            {
                sequence.SetX(i, Math.Round(sequence.GetX(i), Decimals));
                sequence.SetY(i, Math.Round(sequence.GetY(i), Decimals));
            }
        }
    }
}
