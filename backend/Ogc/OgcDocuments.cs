using System.Globalization;
using System.Text.Json;
using Maps.Api.Storage;

namespace Maps.Api.Ogc;

/// <summary>A link as OGC API – Features writes them: absolute href, relation, media type, title.</summary>
public sealed record OgcLink(string Href, string Rel, string? Type = null, string? Title = null);

public sealed record OgcLandingPage(string Title, string Description, IReadOnlyList<OgcLink> Links);

public sealed record OgcConformance(IReadOnlyList<string> ConformsTo);

public sealed record OgcCollectionList(IReadOnlyList<OgcLink> Links, IReadOnlyList<OgcCollectionInfo> Collections);

/// <summary>
/// A collection, with the licence and attribution the data asks for and every source the layer cites.
/// </summary>
public sealed record OgcCollectionInfo(
    string Id, string Title, string Description, string ItemType, OgcExtent Extent, IReadOnlyList<string> Crs,
    string Attribution, OgcLicence License, IReadOnlyList<OgcSource> Sources, IReadOnlyList<string> Queryables,
    IReadOnlyList<OgcLink> Links);

public sealed record OgcExtent(OgcSpatialExtent Spatial, OgcTemporalExtent? Temporal = null);

public sealed record OgcSpatialExtent(IReadOnlyList<double[]> Bbox, string Crs);

public sealed record OgcTemporalExtent(IReadOnlyList<string?[]> Interval, string Trs);

public sealed record OgcLicence(string Title, string Url);

public sealed record OgcSource(string Title, string? Url);

/// <summary>Builds the JSON documents of the OGC API; the HTML pages render the same records.</summary>
public static class OgcDocuments
{
    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    public const string Gregorian = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";
    public const string Json = "application/json";
    public const string GeoJson = "application/geo+json";
    public const string Html = "text/html";
    public const string OpenApi = "application/vnd.oai.openapi+json;version=3.0";

    public static readonly string[] ConformanceClasses =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    ];

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        // Readable titles (–, é) rather than \u escapes; these answers are JSON, never inlined into HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The origin links point at, as the request reached the app (a proxy's forwarded headers included).
    /// </summary>
    public static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static OgcLandingPage Landing(string root) => new(
        "Corridor Atlas",
        "China–Central Asia connectivity as open data: country borders, summit cities, hubs and border crossings, the "
        + "China–Kyrgyzstan–Uzbekistan railway, the Middle Corridor and the freight network, every feature with its "
        + "sources.",
        [
            new($"{root}/ogc?f=json", "self", Json, "This document"),
            new($"{root}/ogc?f=html", "alternate", Html, "This document as HTML"),
            new($"{root}/api/openapi.json", "service-desc", OpenApi, "The API definition (OpenAPI 3.0)"),
            new($"{root}/api/docs", "service-doc", Html, "The API reference"),
            new($"{root}/ogc/conformance?f=json", "conformance", Json, "Conformance classes this API implements"),
            new($"{root}/ogc/collections?f=json", "data", Json, "The collections"),
        ]);

    public static OgcCollectionList Collections(string root, IEnumerable<OgcCollectionInfo> collections) => new(
        [
            new($"{root}/ogc/collections?f=json", "self", Json, "The collections"),
            new($"{root}/ogc/collections?f=html", "alternate", Html, "The collections as HTML"),
        ],
        collections.ToList());

    public static OgcCollectionInfo Collection(string root, OgcCollection collection, FeatureSummary summary)
    {
        var items = $"{root}/ogc/collections/{Uri.EscapeDataString(collection.Id)}";
        var licence = JsonSerializer.Deserialize<LicenceRecord>(collection.Layer.LicenceJson, Options)
            ?? new LicenceRecord("", "", "");
        var sources = JsonSerializer.Deserialize<List<OgcSource>>(collection.Layer.SourcesJson, Options) ?? [];
        var links = new List<OgcLink>
        {
            new($"{items}?f=json", "self", Json, collection.Title),
            new($"{items}?f=html", "alternate", Html, $"{collection.Title} as HTML"),
            new($"{items}/items?f=json", "items", GeoJson, $"{collection.Title}: the features"),
            new($"{items}/items?f=html", "items", Html, $"{collection.Title}: the features as HTML"),
            new(licence.Url, "license", Html, licence.Title),
        };
        links.AddRange(sources.Where(s => s.Url is not null).Select(s => new OgcLink(s.Url!, "via", Title: s.Title)));
        var extent = summary.Extent is { } e
            ? new[] { new[] { Down(e.MinX), Down(e.MinY), Up(e.MaxX), Up(e.MaxY) } }
            : [new[] { -180.0, -90, 180, 90 }];
        var temporal = summary.FirstDate is null
            ? null
            : new OgcTemporalExtent(
                [[DayStart(summary.FirstDate), summary.LastDate is null ? null : DayEnd(summary.LastDate)]], Gregorian);
        return new OgcCollectionInfo(collection.Id, collection.Title, collection.Description, "feature",
            new OgcExtent(new OgcSpatialExtent(extent, Crs84), temporal), [Crs84], licence.Attribution,
            new OgcLicence(licence.Title, licence.Url), sources, summary.ScalarProperties, links);
    }

    private sealed record LicenceRecord(string Title, string Url, string Attribution);

    // Extents are rounded outwards to 6 decimals: the stores keep envelopes in 32-bit floats, rounded outwards too.
    private static double Down(double value) => Math.Floor(value * 1e6) / 1e6;
    private static double Up(double value) => Math.Ceiling(value * 1e6) / 1e6;

    /// <summary>
    /// The features' dates are whole days; as RFC 3339 instants, a day runs from its start to its last second (UTC).
    /// </summary>
    private static string DayStart(string day) => $"{Day(day)}T00:00:00Z";
    private static string DayEnd(string day) => $"{Day(day)}T23:59:59Z";
    private static string Day(string text) => text.Length >= 10 ? text[..10] : text;

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
