using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Maps.Api.Errors;
using Maps.Api.Hosting;
using Maps.Api.Widgets;
using NetTopologySuite.Geometries;

namespace Maps.Api.Routes;

/// <summary>
/// GET /brief?routes=a,b[,…]&amp;lang=: a comparison a planner can hand on, designed to print on one A4 page for
/// up to four routes: map, table (lengths, days, hours at borders, cost and CO2e ranges), notes on comparability,
/// sources with dates, permalink and the date it was made. No scripts; one stylesheet from this origin. Only values
/// from known sets reach the page: route ids checked against the route list, the language against en, ru, zh.
/// </summary>
public static class BriefPage
{
    public const int MaxRoutes = 4;

    public static void MapBrief(this IEndpointRouteBuilder app)
    {
        app.MapGet("/brief", Brief).RequireComputeLimits(RateLimits.Computed).WithTags("Routes")
            .ExcludeFromDescription();
        app.MapGet("/brief/style.css", () => TypedResults.Text(BriefStyle.Css, "text/css; charset=utf-8"))
            .ExcludeFromDescription();
    }

    private static async Task<IResult> Brief(
        string? routes, string? lang, HttpRequest request, RouteNetworkProvider provider,
        RouteFiguresProvider figuresProvider, ComputeSlots slots, CancellationToken ct)
    {
        var language = lang is null ? FromBrowser(request) : Languages.Language.All.Contains(lang) ? lang : null;
        if (language is null) return Problems.BadRequest("Invalid lang", "lang is one of en, ru, zh.");
        var requested = (routes ?? "")
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (requested.Length is < 1 or > MaxRoutes)
            return Problems.BadRequest("Wrong number of routes",
                $"A brief compares 1 to {MaxRoutes} routes (one A4 page): routes=a,b[,…].");
        if (requested.Distinct().Count() != requested.Length)
            return Problems.BadRequest("Repeated route", "Each route may appear once in routes.");
        var network = await provider.GetAsync(language);
        // Unknown ids are not repeated back: the answer lists the ids that exist.
        if (requested.Any(id => network.Routes.All(r => r.Id != id)))
            return Problems.NotFound("Unknown route",
                $"Routes: {string.Join(", ", network.Routes.Select(r => r.Id))}.");
        var figures = await figuresProvider.GetAsync();
        // A brief cuts the land to its map and writes a page: a long computation, sharing the cores with the planner.
        using var slot = await slots.AcquireLongAsync(ct);
        if (!slot.IsAcquired) return ComputeSlots.Busy(request.HttpContext.Response);
        var chosen = requested.Select(id => network.Routes.Single(r => r.Id == id)).ToList();
        var answers = chosen.Select(r => RoutesApi.Answer(network, figures, r)).ToList();
        var lines = chosen.Select(r => (Geometry)network.LandShape.Factory.CreateMultiLineString(
            RouteMetrics.LegsOf(network, r.Nodes).Select(l => l.Line).ToArray())).ToList();
        var words = BriefText.ByLanguage[language];
        var ids = string.Join(',', chosen.Select(r => r.Id));
        var permalink = $"{WidgetsApi.Origin(request)}/?panel=routes&routes={ids}&lang={language}";
        var set = string.Join(',', chosen.Select(r => r.Id).Order(StringComparer.Ordinal));
        var notes = BriefNotes.Of(chosen, answers, figures, language);
        var map = BriefMap.Svg(lines, network.LandShape, words.Map, set);
        var html = Html(language, words, answers, notes, map, permalink);
        return TypedResults.Text(html, "text/html; charset=utf-8");
    }

    /// <summary>The browser's first language if the brief speaks it, else English.</summary>
    private static string FromBrowser(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(Languages.Language.All.Contains) ?? "en";

    private static string Html(
        string language, BriefText.Words w, IReadOnlyList<JsonObject> routes, IReadOnlyList<string> notes, string map,
        string permalink)
    {
        var sources = new BriefSources();
        var table = BriefTable.Html(w, routes, sources);
        var made = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"""
            <!doctype html>
            <html lang="{BriefText.HtmlLang(language)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(w.Title)} · Corridor Atlas</title>
            <link rel="stylesheet" href="/brief/style.css">
            </head>
            <body>
            <main class="brief">
            <header><h1>{E(w.Title)}</h1><p class="meta">{E(w.Made)}: <time datetime="{made}">{made}</time>
            · {E(w.Permalink)}: <a href="{E(permalink)}">{E(permalink)}</a></p></header>
            <figure>{map}<figcaption>{E(w.Licence)}</figcaption></figure>
            {table}
            <section class="notes"><h2>{E(w.Notes)}</h2>
            <ul>{string.Concat(notes.Select(n => $"<li>{E(n)}</li>"))}</ul></section>
            <section class="sources"><h2>{E(w.Sources)}</h2>{sources.Html()}</section>
            </main>
            </body>
            </html>
            """;
    }

    public static string E(string text) => WebUtility.HtmlEncode(text);
}

/// <summary>The brief's sources: each publication once, numbered in order of first citation, with its date.</summary>
public sealed class BriefSources
{
    private readonly List<JsonObject> list = [];

    /// <summary>The numbers of these sources in the list, adding those not yet in it: "[3, 7]".</summary>
    public string Cite(JsonNode? sources)
    {
        var numbers = new List<int>();
        foreach (var source in (sources as JsonArray ?? []).OfType<JsonObject>())
        {
            var index = list.FindIndex(s => s["url"]?.GetValue<string>() == source["url"]?.GetValue<string>()
                && s["title"]?.GetValue<string>() == source["title"]?.GetValue<string>());
            if (index < 0)
            {
                list.Add(source);
                index = list.Count - 1;
            }
            if (!numbers.Contains(index + 1)) numbers.Add(index + 1);
        }
        return numbers.Count == 0 ? "" : $"[{string.Join(", ", numbers.Order())}]";
    }

    public string Html()
    {
        var items = new StringBuilder();
        foreach (var s in list)
        {
            var title = s["title"]?.GetValue<string>() ?? "";
            var accessed = s["dateKind"]?.GetValue<string>() == "accessed" ? ", accessed" : "";
            var date = s["date"]?.GetValue<string>() is { } d ? $" ({d}{accessed})" : "";
            var url = s["url"]?.GetValue<string>();
            items.Append(url is null ? $"<li>{BriefPage.E(title)}{BriefPage.E(date)}</li>"
                : $"<li><a href=\"{BriefPage.E(url)}\">{BriefPage.E(title)}</a>{BriefPage.E(date)}</li>");
        }
        return $"<ol>{items}</ol>";
    }
}
