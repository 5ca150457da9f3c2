using System.Net;
using System.Text;
using System.Text.Json;
using Maps.Api.Layers;
using Maps.Api.Storage;

namespace Maps.Api.Ogc;

/// <summary>
/// The OGC resources as plain HTML pages, readable without JavaScript: no scripts, no inline styles (one stylesheet
/// from this origin, so the page keeps the app's Content-Security-Policy), every text HTML-encoded.
/// </summary>
public static class OgcHtml
{
    public const string Stylesheet = """
        body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; color: #1b1b1b; }
        nav ol { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
        nav li + li::before { content: "›"; margin-right: .5rem; color: #666; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border-bottom: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        dt { font-weight: 600; margin-top: .5rem; }
        a { color: #0b5394; }
        .pages { display: flex; gap: 1rem; margin: 1rem 0; }
        footer { margin-top: 2rem; color: #555; font-size: .9rem; }
        """;

    public static string Landing(string root, OgcLandingPage landing)
    {
        var links = string.Concat(landing.Links.Where(l => l.Rel is not ("self" or "alternate"))
            .Select(l => $"<li>{Link(HtmlVariant(l), l.Title ?? l.Rel)}</li>"));
        return Page(root, landing.Title, [], $"""
            <p>{E(landing.Description)}</p>
            <ul>{links}</ul>
            """, $"{root}/ogc?f=json");
    }

    public static string Conformance(string root, OgcConformance conformance) =>
        Page(root, "Conformance", [("Corridor Atlas", $"{root}/ogc?f=html")], $"""
            <p>This API implements these conformance classes of OGC API – Features:</p>
            <ul>{string.Concat(conformance.ConformsTo.Select(c => $"<li>{Link(c, c)}</li>"))}</ul>
            """, $"{root}/ogc/conformance?f=json");

    public static string Collections(string root, OgcCollectionList list)
    {
        const string head = """<thead><tr><th scope="col">Collection</th><th scope="col">Description</th>""" +
            """<th scope="col">Licence</th></tr></thead>""";
        var rows = string.Concat(list.Collections.Select(c =>
            $"<tr><td>{Link($"{root}/ogc/collections/{Uri.EscapeDataString(c.Id)}?f=html", c.Title)}</td>" +
            $"<td>{E(c.Description)}</td><td>{Link(c.License.Url, c.License.Title)}</td></tr>"));
        return Page(root, "Collections", [("Corridor Atlas", $"{root}/ogc?f=html")], $"""
            <table>{head}<tbody>
            {rows}
            </tbody></table>
            """, $"{root}/ogc/collections?f=json");
    }

    public static string Collection(string root, OgcCollectionInfo c)
    {
        var items = $"{root}/ogc/collections/{Uri.EscapeDataString(c.Id)}/items";
        var bbox = string.Join(", ", c.Extent.Spatial.Bbox[0].Select(OgcDocuments.Number));
        var temporal = c.Extent.Temporal is { } t
            ? $"<dt>Dates</dt><dd>{E(t.Interval[0][0] ?? "..")} to {E(t.Interval[0][1] ?? "..")}</dd>"
            : "";
        var browse = Link($"{items}?f=html", "Browse the features");
        var download = Link($"{items}?f=json&limit={OgcItemsQuery.MaxLimit}", "Download as GeoJSON");
        var sources =
            string.Concat(c.Sources.Select(s => $"<li>{(s.Url is null ? E(s.Title) : Link(s.Url, s.Title))}</li>"));
        return Page(root, c.Title, CollectionsCrumbs(root), $"""
            <p>{E(c.Description)}</p>
            <p>{browse} · {download}</p>
            <dl>
            <dt>Extent (longitude, latitude; CRS84)</dt><dd>{E(bbox)}</dd>{temporal}
            <dt>Licence</dt><dd>{Link(c.License.Url, c.License.Title)}</dd>
            <dt>Attribution</dt><dd>{E(c.Attribution)}</dd>
            <dt>Sources</dt><dd><ul>{sources}</ul></dd>
            <dt>Properties to filter on (name=value)</dt><dd>{E(string.Join(", ", c.Queryables))}</dd>
            </dl>
            """, $"{root}/ogc/collections/{Uri.EscapeDataString(c.Id)}?f=json");
    }

    public static string Items(
        string root, OgcCollection collection, FeatureSummary summary, IReadOnlyList<FeatureRecord> features,
        long matched, IReadOnlyList<OgcLink> links)
    {
        var columns = new[] { "name", "title", "kind", "status", "mode", "country", "iso3", "startDate" }
            .Where(summary.ScalarProperties.Contains).Take(5).ToList();
        var self = $"{root}/ogc/collections/{Uri.EscapeDataString(collection.Id)}";
        var rows = features.Select(f =>
        {
            var properties = JsonDocument.Parse(f.PropertiesJson).RootElement;
            var cells = columns.Select(c => $"<td>{E(properties.TryGetProperty(c, out var v) ? Text(v) : "")}</td>");
            var link = Link($"{self}/items/{Uri.EscapeDataString(f.FeatureId)}?f=html", f.FeatureId);
            return $"<tr><td>{link}</td>{string.Concat(cells)}<td>{E(f.Geometry.GeometryType)}</td></tr>";
        });
        string Pager(string rel, string label) => links.FirstOrDefault(l => l.Rel == rel) is { } l
            ? Link(l.Href.Replace("f=json", "f=html"), label)
            : "";
        var headings = string.Concat(columns.Select(c => $"<th scope=\"col\">{E(c)}</th>"));
        return Page(root, collection.Title, [.. CollectionsCrumbs(root), (collection.Title, $"{self}?f=html")], $"""
            <p>{features.Count} of {matched} features.</p>
            <table><thead><tr><th scope="col">id</th>{headings}<th scope="col">geometry</th></tr></thead>
            <tbody>{string.Concat(rows)}</tbody></table>
            <nav class="pages" aria-label="Pages">{Pager("prev", "Previous page")}{Pager("next", "Next page")}</nav>
            """, links.First(l => l.Rel == "self").Href);
    }

    public static string Item(string root, OgcCollection collection, MapFeature feature, IReadOnlyList<OgcLink> links)
    {
        var properties = JsonDocument.Parse(feature.PropertiesJson).RootElement;
        var title = properties.TryGetProperty("name", out var name) ? Text(name) : feature.Id;
        var list = Definitions(properties);
        var box = feature.Geometry.EnvelopeInternal;
        var within = string.Join(", ", new[] { box.MinX, box.MinY, box.MaxX, box.MaxY }.Select(OgcDocuments.Number));
        var geometry =
            $"{E(feature.Geometry.GeometryType)}, {feature.Geometry.NumPoints} positions, within {E(within)}";
        var self = $"{root}/ogc/collections/{Uri.EscapeDataString(collection.Id)}";
        (string, string)[] trail =
            [.. CollectionsCrumbs(root), (collection.Title, $"{self}?f=html"), ("Features", $"{self}/items?f=html")];
        return Page(root, title, trail, $"""
            <dl>{list}
            <dt>Geometry</dt><dd>{geometry}</dd>
            </dl>
            """, links.First(l => l.Rel == "self").Href);
    }

    /// <summary>The breadcrumbs every page below the collections list starts with.</summary>
    private static (string Label, string Href)[] CollectionsCrumbs(string root) =>
        [("Corridor Atlas", $"{root}/ogc?f=html"), ("Collections", $"{root}/ogc/collections?f=html")];

    /// <summary>A reader of the HTML page follows links to the HTML pages, where the resource has one.</summary>
    private static string HtmlVariant(OgcLink link) =>
        link.Type == OgcDocuments.Json && link.Href.EndsWith("f=json", StringComparison.Ordinal)
            ? link.Href[..^"f=json".Length] + "f=html"
            : link.Href;

    private static string Page(
        string root, string title, IReadOnlyList<(string Label, string Href)> trail, string body, string json)
    {
        var crumbs = new StringBuilder();
        foreach (var (label, href) in trail) crumbs.Append($"<li>{Link(href, label)}</li>");
        crumbs.Append($"<li aria-current=\"page\">{E(title)}</li>");
        var footer = $"{Link(json, "This page as JSON")} · {Link($"{root}/api/docs", "API reference")} · " +
            Link($"{root}/", "The map");
        return $"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)} · Corridor Atlas OGC API – Features</title>
            <link rel="stylesheet" href="{E(root)}/ogc/style.css">
            <link rel="alternate" type="application/json" href="{E(json)}">
            </head>
            <body>
            <header><nav aria-label="Breadcrumb"><ol>{crumbs}</ol></nav></header>
            <main>
            <h1>{E(title)}</h1>
            {body}
            </main>
            <footer><p>{footer}</p></footer>
            </body>
            </html>
            """;
    }

    private static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => $"<ul>{string.Concat(value.EnumerateArray().Select(v => $"<li>{Value(v)}</li>"))}</ul>",
        JsonValueKind.Object when value.TryGetProperty("title", out var t) && value.TryGetProperty("url", out var u) =>
            u.ValueKind == JsonValueKind.String ? Link(u.GetString()!, Text(t)) : E(Text(t)),
        JsonValueKind.Object => $"<dl>{Definitions(value)}</dl>",
        _ => E(Text(value)),
    };

    private static string Definitions(JsonElement value) =>
        string.Concat(value.EnumerateObject().Select(p => $"<dt>{E(p.Name)}</dt><dd>{Value(p.Value)}</dd>"));

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "—",
        _ => value.GetRawText(),
    };

    /// <summary>Only http(s) addresses become links; anything else is shown as text.</summary>
    private static string Link(string href, string label) =>
        href.StartsWith("http://", StringComparison.Ordinal) || href.StartsWith("https://", StringComparison.Ordinal)
            ? $"<a href=\"{E(href)}\">{E(label)}</a>"
            : E(label);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
