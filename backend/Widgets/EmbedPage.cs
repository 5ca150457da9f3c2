using System.Net;
using Maps.Api.Errors;
using Maps.Api.Hosting;
using Maps.Api.Languages;
using Maps.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Maps.Api.Widgets;

/// <summary>
/// GET /embed/{id} (a saved widget) and GET /embed?layers=&amp;year=&amp;view= (an unsaved one): the built embed page
/// with the widget's title and its oEmbed discovery link written into the head, text HTML-encoded.
/// Only these pages may be framed by other sites (see SecurityHeaders).
/// </summary>
public static class EmbedPage
{
    public static void MapEmbedPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/embed/{id}", async Task<IResult> (string id, HttpRequest request, IWidgetStore store,
            IConfiguration config, IHostEnvironment env, CancellationToken ct) =>
        {
            var widget = await WidgetsApi.Load(id, store, ct);
            if (widget is null)
                return Page(request.HttpContext, StatusCodes.Status404NotFound, NotFoundHtml(id));
            return await Render(request, widget.Title, widget.Caption, widget.Lang, config, env);
        }).WithTags("Widgets").ExcludeFromDescription();

        app.MapGet("/embed", async Task<IResult> (string? title, string? caption, string? lang, HttpRequest request,
            IConfiguration config, IHostEnvironment env) =>
        {
            var language = Language.All.Contains(lang ?? "") ? lang : null;
            return await Render(request,
                Trim(title, WidgetConfig.MaxTitle) ?? DefaultTitles[language ?? Language.English],
                Trim(caption, WidgetConfig.MaxCaption) ?? "", language, config, env);
        }).WithTags("Widgets").ExcludeFromDescription();
    }

    /// <summary>What an untitled map is called, in each language (the page says the same from its catalogue).</summary>
    private static readonly Dictionary<string, string> DefaultTitles = new()
    {
        ["en"] = "Corridor Atlas map", ["ru"] = "Карта Corridor Atlas", ["zh"] = "Corridor Atlas 地图",
    };

    private static async Task<IResult> Render(
        HttpRequest request, string title, string caption, string? language, IConfiguration config,
        IHostEnvironment env)
    {
        var path = Path.Combine(Frontend.DistPath(config, env), "embed.html");
        if (!File.Exists(path))
            return Problems.Of(StatusCodes.Status503ServiceUnavailable, "Embed page not built",
                "Build the frontend first (npm run build --workspace frontend).");
        var pageUrl = $"{WidgetsApi.Origin(request)}{request.Path}{request.QueryString}";
        var oembed = $"{WidgetsApi.Origin(request)}/oembed?url={Uri.EscapeDataString(pageUrl)}&format=json";
        var alternate = "<link rel=\"alternate\" type=\"application/json+oembed\" " +
            $"href=\"{WebUtility.HtmlEncode(oembed)}\" title=\"{WebUtility.HtmlEncode(title)}\" />";
        var head = $"""
            <title>{WebUtility.HtmlEncode(title)} · Corridor Atlas</title>
            <meta name="description" content="{WebUtility.HtmlEncode(caption)}" />
            {alternate}
            """;
        var html = (await File.ReadAllTextAsync(path))
            .Replace("<title>Corridor Atlas map</title>", head, StringComparison.Ordinal);
        // A widget in a language says so before its script runs (screen readers, fonts); the script confirms it.
        if (language is not null)
            html = html.Replace("<html lang=\"en\">", $"<html lang=\"{(language == "zh" ? "zh-Hans" : language)}\">",
                StringComparison.Ordinal);
        return Page(request.HttpContext, StatusCodes.Status200OK, html);
    }

    /// <summary>Revalidated on every load: the page is small, and a saved widget's words may be corrected.</summary>
    private static IResult Page(HttpContext context, int status, string html)
    {
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private static string NotFoundHtml(string id) => $"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Map not found · Corridor Atlas</title></head>
        <body><main><h1>This map widget does not exist</h1><p>No widget has the id “{WebUtility.HtmlEncode(id)}”.</p>
        <p><a href="/" target="_top">Open Corridor Atlas</a></p></main></body></html>
        """;

    private static string? Trim(string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Length > max ? text[..max] : text;
}
