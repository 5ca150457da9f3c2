using System.Text.Json;
using System.Text.Json.Nodes;
using Maps.Api.Errors;
using Maps.Api.Hosting;
using Maps.Api.Layers;
using Maps.Api.OpenData;
using Maps.Api.Storage;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Maps.Api.Ogc;

/// <summary>
/// OGC API – Features Part 1 under /ogc (core, GeoJSON, HTML, OpenAPI 3.0): every overlay layer and the freight
/// network's nodes and sections as collections that QGIS, GDAL/ogr2ogr and any OAPIF client read unmodified.
/// Items page by feature id (the next and prev links carry after= and before=), so every page costs the same.
/// </summary>
public static class OgcApi
{
    /// <summary>
    /// The catalogue (built from the layer list) and the features' prepared bytes, both cleared with the data.
    /// </summary>
    public static IServiceCollection AddOgc(this IServiceCollection services) =>
        services.AddStoredDataCache<OgcFeatureBytes>().AddStoredDataCache<OgcCatalog>().AddWarmupStep<OgcWarmup>()
            .AddOutputCache(o => o.AddPolicy(OgcItemsCaching.Name, b => b.AddPolicy<OgcItemsCaching>(), true));

    public static void MapOgc(this IEndpointRouteBuilder app)
    {
        var catalog = app.ServiceProvider.GetRequiredService<OgcCatalog>();
        var featureBytes = app.ServiceProvider.GetRequiredService<OgcFeatureBytes>();
        var ogc = app.MapGroup("/ogc").WithTags("OGC API – Features").AllowCrossOriginReads();
        ogc.MapGet("/", (HttpRequest request) => Landing(request)).WithName("getLandingPage")
            .WithSummary("The landing page: links to the conformance classes, the collections and the API definition")
            .Produces<OgcLandingPage>(StatusCodes.Status200OK, OgcDocuments.Json, OgcDocuments.Html)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        ogc.MapGet("/conformance", (HttpRequest request) => Conformance(request)).WithName("getConformance")
            .WithSummary("The conformance classes this API implements")
            .Produces<OgcConformance>(StatusCodes.Status200OK, OgcDocuments.Json, OgcDocuments.Html)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        ogc.MapGet("/collections", (HttpRequest request) => Collections(request, catalog)).WithName("listCollections")
            .WithSummary("Every collection, with extent, licence and sources")
            .Produces<OgcCollectionList>(StatusCodes.Status200OK, OgcDocuments.Json, OgcDocuments.Html)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        ogc.MapGet("/collections/{collectionId}",
                (string collectionId, HttpRequest request) => Collection(collectionId, request, catalog))
            .WithName("getCollection").WithSummary("One collection")
            .Produces<OgcCollectionInfo>(StatusCodes.Status200OK, OgcDocuments.Json, OgcDocuments.Html)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        ogc.MapGet("/collections/{collectionId}/items",
                (string collectionId, HttpRequest request, IAtlasStore store, CancellationToken ct) =>
                Items(collectionId, request, catalog, featureBytes, store, ct))
            .WithName("getItems").CacheOutput(OgcItemsCaching.Name)
            .WithSummary("A page of a collection's features: bbox, datetime, property=value, limit; " +
                "next and prev links page on")
            .Produces<OgcFeatureCollection>(StatusCodes.Status200OK, OgcDocuments.GeoJson, OgcDocuments.Html)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        ogc.MapGet("/collections/{collectionId}/items/{featureId}",
                (string collectionId, string featureId, HttpRequest request, IAtlasStore store, CancellationToken ct) =>
                Item(collectionId, featureId, request, catalog, store, ct))
            .WithName("getItem").WithSummary("One feature")
            .Produces<OgcFeature>(StatusCodes.Status200OK, OgcDocuments.GeoJson, OgcDocuments.Html)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        ogc.MapGet("/style.css", () => TypedResults.Text(OgcHtml.Stylesheet, "text/css; charset=utf-8"))
            .ExcludeFromDescription();
    }

    private static Results<OgcResult, ProblemHttpResult> Landing(HttpRequest request)
    {
        if (!TryFormat(request, [], out var html, out var problem)) return problem;
        var landing = OgcDocuments.Landing(OgcDocuments.Base(request));
        return html ? Html(OgcHtml.Landing(OgcDocuments.Base(request), landing)) : Json(landing);
    }

    private static Results<OgcResult, ProblemHttpResult> Conformance(HttpRequest request)
    {
        if (!TryFormat(request, [], out var html, out var problem)) return problem;
        var conformance = new OgcConformance(OgcDocuments.ConformanceClasses);
        return html ? Html(OgcHtml.Conformance(OgcDocuments.Base(request), conformance)) : Json(conformance);
    }

    private static async Task<Results<OgcResult, ProblemHttpResult>> Collections(
        HttpRequest request, OgcCatalog catalog)
    {
        if (!TryFormat(request, [], out var html, out var problem)) return problem;
        var root = OgcDocuments.Base(request);
        var infos = new List<OgcCollectionInfo>();
        foreach (var collection in await catalog.ListAsync())
            infos.Add(OgcDocuments.Collection(root, collection, await catalog.SummaryAsync(collection)));
        var list = OgcDocuments.Collections(root, infos);
        return html ? Html(OgcHtml.Collections(root, list)) : Json(list);
    }

    private static async Task<Results<OgcResult, ProblemHttpResult>> Collection(
        string collectionId, HttpRequest request, OgcCatalog catalog)
    {
        if (!TryFormat(request, [], out var html, out var problem)) return problem;
        if (await catalog.FindAsync(collectionId) is not { } collection) return UnknownCollection(collectionId);
        var root = OgcDocuments.Base(request);
        var info = OgcDocuments.Collection(root, collection, await catalog.SummaryAsync(collection));
        return html ? Html(OgcHtml.Collection(root, info)) : Json(info);
    }

    private static async Task<Results<OgcResult, ProblemHttpResult>> Items(
        string collectionId, HttpRequest request, OgcCatalog catalog, OgcFeatureBytes featureBytes, IAtlasStore store,
        CancellationToken ct)
    {
        if (!TryFormat(request, OgcItemsQuery.Reserved, out var html, out var problem, checkUnknown: false))
            return problem;
        if (await catalog.FindAsync(collectionId) is not { } collection) return UnknownCollection(collectionId);
        var summary = await catalog.SummaryAsync(collection);
        if (!OgcItemsQuery.TryParse(request.Query, summary, out var query, out var error))
            return Problems.BadRequest("Invalid items query", error);
        var selection = collection.Select(query.Bbox, query.Properties, query.Dates);
        var filtered = query.Bbox.Count > 0 || query.Properties.Count > 0 || query.Dates is not null;
        var matched = filtered ? await store.CountFeaturesAsync(selection, ct) : summary.Count;
        if (html)
        {
            var page = await store.GetFeaturePageAsync(selection, query.After, query.Before, query.Limit, ct);
            var ids = new FeatureIdPage(page.Features.Select(f => f.FeatureId).ToList(), page.HasMore);
            var links = ItemsLinks(request, collection, query, ids);
            return Html(OgcHtml.Items(OgcDocuments.Base(request), collection, summary, page.Features, matched, links));
        }
        var (prepared, idPage) = await OgcItemsPage.ReadAsync(selection, query, featureBytes, store, ct);
        return OgcFeatureWriter.Collection(prepared, matched, ItemsLinks(request, collection, query, idPage));
    }

    private static async Task<Results<OgcResult, ProblemHttpResult>> Item(
        string collectionId, string featureId, HttpRequest request, OgcCatalog catalog, IAtlasStore store,
        CancellationToken ct)
    {
        if (!TryFormat(request, [], out var html, out var problem)) return problem;
        if (await catalog.FindAsync(collectionId) is not { } collection) return UnknownCollection(collectionId);
        var feature = await store.GetFeatureAsync(collection.Layer.Id, featureId, ct);
        if (feature is null || !IsOf(collection, feature))
            return Problems.NotFound("Unknown feature", $"Collection '{collectionId}' has no feature '{featureId}'.");
        var root = OgcDocuments.Base(request);
        var self =
            $"{root}/ogc/collections/{Uri.EscapeDataString(collection.Id)}/items/{Uri.EscapeDataString(featureId)}";
        OgcLink[] links =
        [
            new($"{self}?f=json", "self", OgcDocuments.GeoJson, "This feature"),
            new($"{self}?f=html", "alternate", OgcDocuments.Html, "This feature as HTML"),
            new($"{root}/ogc/collections/{Uri.EscapeDataString(collection.Id)}?f=json", "collection", OgcDocuments.Json,
                collection.Title),
        ];
        return html
            ? Html(OgcHtml.Item(root, collection, OgcFeatureWriter.ForDownload(feature), links))
            : new OgcResult(OgcFeatureWriter.Feature(feature, links), OgcDocuments.GeoJson);
    }

    /// <summary>The network's nodes and sections share a layer: a node is not an item of the sections.</summary>
    private static bool IsOf(OgcCollection collection, FeatureRecord feature) =>
        collection.Fixed.All(m => JsonNode.Parse(feature.PropertiesJson)?[m.Name]?.GetValue<string>() == m.Value);

    /// <summary>
    /// self and alternate for this page; next after its last feature, prev before its first, when there are more.
    /// </summary>
    private static List<OgcLink> ItemsLinks(
        HttpRequest request, OgcCollection collection, OgcItemsQuery query, FeatureIdPage page)
    {
        var path = $"{OgcDocuments.Base(request)}/ogc/collections/{Uri.EscapeDataString(collection.Id)}/items";
        string Url(string format, string? key = null, string? value = null)
        {
            var builder = new QueryBuilder();
            foreach (var (name, values) in request.Query.Where(p => p.Key is not ("f" or "after" or "before")))
                builder.Add(name, values.ToString());
            if (key is not null) builder.Add(key, value!);
            else if (query.After is not null) builder.Add("after", query.After);
            else if (query.Before is not null) builder.Add("before", query.Before);
            builder.Add("f", format);
            return path + builder.ToQueryString();
        }
        var links = new List<OgcLink>
        {
            new(Url("json"), "self", OgcDocuments.GeoJson, "This page"),
            new(Url("html"), "alternate", OgcDocuments.Html, "This page as HTML"),
        };
        var backwards = query.Before is not null;
        if (page.FeatureIds.Count > 0)
        {
            if (backwards || page.HasMore)
                links.Add(new(Url("json", "after", page.FeatureIds[^1]), "next", OgcDocuments.GeoJson,
                    "The next page"));
            if ((backwards && page.HasMore) || (!backwards && query.After is not null))
                links.Add(new(Url("json", "before", page.FeatureIds[0]), "prev", OgcDocuments.GeoJson,
                    "The previous page"));
        }
        links.Add(new($"{OgcDocuments.Base(request)}/ogc/collections/{Uri.EscapeDataString(collection.Id)}?f=json",
            "collection", OgcDocuments.Json, collection.Title));
        return links;
    }

    /// <summary>
    /// f=json or f=html; without f, HTML for a browser (Accept names text/html) and JSON for everyone else.
    /// Parameters other than f (and those the endpoint takes) are an error rather than silently ignored.
    /// </summary>
    private static bool TryFormat(
        HttpRequest request, string[] allowed, out bool html, out ProblemHttpResult problem, bool checkUnknown = true)
    {
        problem = null!;
        html = false;
        if (checkUnknown && request.Query.Keys.FirstOrDefault(k => k != "f" && !allowed.Contains(k)) is { } unknown)
        {
            problem = Problems.BadRequest("Unknown parameter",
                $"'{unknown}' is not a parameter of this resource; it takes f=json or f=html.");
            return false;
        }
        var f = request.Query["f"];
        if (f.Count > 1 || (f.Count == 1 && f[0] is not ("json" or "html")))
        {
            problem = Problems.BadRequest("Unknown format", $"f is 'json' or 'html'; got '{f}'.");
            return false;
        }
        html = f.Count == 1
            ? f[0] == "html"
            : request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
        return true;
    }

    private static ProblemHttpResult UnknownCollection(string id) =>
        Problems.NotFound("Unknown collection", $"There is no collection '{id}'; GET /ogc/collections lists them.");

    private static OgcResult Json<T>(T document) =>
        new(JsonSerializer.SerializeToUtf8Bytes(document, OgcDocuments.Options), OgcDocuments.Json);

    private static OgcResult Html(string page) =>
        new(System.Text.Encoding.UTF8.GetBytes(page), "text/html; charset=utf-8");
}
