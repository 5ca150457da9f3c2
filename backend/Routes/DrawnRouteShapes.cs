using Maps.Api.Geo;
using NetTopologySuite.Geometries;

namespace Maps.Api.Routes;

/// <summary>
/// The land and the countries a drawn route is measured against (see <see cref="RouteNetwork.Drawn"/>).
/// </summary>
public sealed record DrawnRouteShapes(LineSurvey Survey)
{
    public static DrawnRouteShapes Of(IReadOnlyList<(string Iso3, Geometry Shape)> borders, Geometry land)
    {
        // As one coverage, so neighbours keep their shared border and no stretch of a line falls between two countries.
        var simplified = Simplification.ForZoom(borders.Select(b => b.Shape).ToList(), RouteNetwork.DrawnRouteZoom);
        var drawnLand = Simplification.ForZoom([land], RouteNetwork.DrawnRouteZoom)[0];
        return new DrawnRouteShapes(
            new LineSurvey(drawnLand, borders.Select((b, i) => (b.Iso3, simplified[i])).ToList()));
    }
}
