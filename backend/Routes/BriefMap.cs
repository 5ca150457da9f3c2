using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace Maps.Api.Routes;

/// <summary>
/// The brief's map: the chosen routes over the land they cross, as an inline SVG drawn from the route geometry and the
/// offline Natural Earth land (no tiles, so it prints the same offline). Plate carrée, stretched by the cosine of the
/// middle latitude so distances east–west look right in the middle of the map.
/// </summary>
public static class BriefMap
{
    public const int Width = 1000;

    /// <summary>Line colours and dash patterns: routes stay apart on a black-and-white print too.</summary>
    public static readonly (string Colour, string Dash)[] Styles =
        [("#b03a2e", ""), ("#1f5fa8", "14 6"), ("#2e7d32", "4 5"), ("#7d3c98", "18 5 4 5")];

    /// <summary>
    /// The land drawn for a set of routes, kept: cutting the world's land to the map is most of a brief's work, and
    /// the map's extent depends only on which routes are drawn, a set of route ids (a finite, small number of them).
    /// Kept per land shape, that is per route network: when the stored data changes, the network and its land are
    /// built anew, and the paths cut from the old ones go with them.
    /// </summary>
    private static readonly ConditionalWeakTable<Geometry, ConcurrentDictionary<string, string>> LandPaths = new();

    /// <param name="key">The routes drawn, as a set (sorted ids): the same set always has the same extent.</param>
    public static string Svg(IReadOnlyList<Geometry> routes, Geometry land, string title, string key)
    {
        var box = new Envelope();
        foreach (var route in routes) box.ExpandToInclude(route.EnvelopeInternal);
        box.ExpandBy(Math.Max(box.Width, box.Height) * 0.05 + 0.5);
        var stretch = Math.Cos((box.MinY + box.MaxY) / 2 * Math.PI / 180);
        var scale = Width / (box.Width * stretch);
        var height = (int)Math.Ceiling(box.Height * scale);
        string Point(Coordinate c) => string.Create(CultureInfo.InvariantCulture,
            $"{(c.X - box.MinX) * stretch * scale:0.#},{(box.MaxY - c.Y) * scale:0.#}");
        var svg = new StringBuilder();
        var label = System.Net.WebUtility.HtmlEncode(title);
        svg.Append(CultureInfo.InvariantCulture,
            $"""<svg class="brief-map" viewBox="0 0 {Width} {height}" role="img" aria-label="{label}" """)
            .Append("""xmlns="http://www.w3.org/2000/svg">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{Width}" height="{height}" fill="#dfe9f2"/>""");
        svg.Append(LandPaths.GetValue(land, _ => new ConcurrentDictionary<string, string>()).GetOrAdd(key, _ =>
        {
            // Land cut to the map and simplified to about a pixel: a small page, and the same shapes the map shows.
            var cut = land.Intersection(land.Factory.ToGeometry(box));
            var shown = TopologyPreservingSimplifier.Simplify(cut, 1 / scale);
            var path = new StringBuilder("""<path fill="#f4f1e8" stroke="#b9b2a0" stroke-width="0.6" d=" """);
            for (var i = 0; i < shown.NumGeometries; i++)
                if (shown.GetGeometryN(i) is Polygon polygon)
                    foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
                        path.Append('M').Append(string.Join(" L", ring.Coordinates.Select(Point))).Append('Z');
            return path.Append("\"/>").ToString();
        }));
        for (var i = 0; i < routes.Count; i++)
        {
            var (colour, dash) = Styles[i % Styles.Length];
            var dashes = dash.Length > 0 ? $" stroke-dasharray=\"{dash}\"" : "";
            svg.Append(CultureInfo.InvariantCulture,
                    $"""<path fill="none" stroke="{colour}" stroke-width="4" stroke-linejoin="round"{dashes} d="M""")
                .Append(string.Join(" L", routes[i].Coordinates.Select(Point))).Append("\"/>");
        }
        return svg.Append("</svg>").ToString();
    }
}
