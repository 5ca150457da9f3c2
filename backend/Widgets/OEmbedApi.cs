using System.Globalization;
using Maps.Api.Errors;
using Maps.Api.OpenData;
using Maps.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Maps.Api.Widgets;

/// <summary>
/// GET /oembed?url=&amp;format=json: oEmbed 1.0 "rich" answers for this app's widget URLs
/// (see <see cref="EmbedAddress"/>).
/// </summary>
public static class OEmbedApi
{
    private const int DefaultWidth = 800;
    private const int DefaultHeight = 600;

    public static void MapOEmbed(this IEndpointRouteBuilder app) =>
        app.MapGet("/oembed", Get).WithTags("Widgets").AllowCrossOriginReads()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status501NotImplemented);

    private static async Task<Results<Ok<OEmbedResponse>, ProblemHttpResult>> Get(
        string? url, string? format, int? maxwidth, int? maxheight, HttpRequest request, IWidgetStore store,
        CancellationToken ct)
    {
        if (format is not (null or "json"))
            return Problems.Of(StatusCodes.Status501NotImplemented, "Format not supported",
                "Only format=json is offered.");
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out _))
            return Problems.BadRequest("Missing url",
                "Give url=, the absolute address of a widget (/embed/{id} or /embed?…).");
        // Nothing of the address is echoed: the answer is rebuilt from this site's origin and what was understood.
        if (!EmbedAddress.TryParse(url, request, out var address))
            return Problems.NotFound("Not a widget of this site",
                "oEmbed answers for this site's own http(s) widget addresses: /embed/{id} or /embed?….");

        string title;
        if (address.WidgetId is { } id)
        {
            var widget = await WidgetsApi.Load(id, store, ct);
            if (widget is null) return Problems.NotFound("Unknown widget", "There is no widget with that id.");
            title = widget.Title;
        }
        else title = string.IsNullOrWhiteSpace(address.Title) ? "Corridor Atlas map" : address.Title;

        var (width, height) = Fit(maxwidth, maxheight);
        var embedUrl = address.Url(WidgetsApi.Origin(request));
        var html = WidgetsApi.IframeSnippet(embedUrl, title)
            .Replace("style=\"width:100%;aspect-ratio:4/3;border:0\"", string.Create(CultureInfo.InvariantCulture,
                $"width=\"{width}\" height=\"{height}\" style=\"border:0\""));
        return TypedResults.Ok(new OEmbedResponse(
            "1.0", "rich", "Corridor Atlas", WidgetsApi.Origin(request), title, html, width, height, 86400));
    }

    /// <summary>4:3, within the consumer's maxwidth and maxheight.</summary>
    private static (int Width, int Height) Fit(int? maxWidth, int? maxHeight)
    {
        var width = Math.Min(DefaultWidth, maxWidth is > 0 ? maxWidth.Value : DefaultWidth);
        var height = width * 3 / 4;
        if (maxHeight is > 0 && height > maxHeight) (height, width) = (maxHeight.Value, maxHeight.Value * 4 / 3);
        return (width, height);
    }

    public sealed record OEmbedResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("version")] string Version,
        [property: System.Text.Json.Serialization.JsonPropertyName("type")] string Type,
        [property: System.Text.Json.Serialization.JsonPropertyName("provider_name")] string ProviderName,
        [property: System.Text.Json.Serialization.JsonPropertyName("provider_url")] string ProviderUrl,
        [property: System.Text.Json.Serialization.JsonPropertyName("title")] string Title,
        [property: System.Text.Json.Serialization.JsonPropertyName("html")] string Html,
        [property: System.Text.Json.Serialization.JsonPropertyName("width")] int Width,
        [property: System.Text.Json.Serialization.JsonPropertyName("height")] int Height,
        [property: System.Text.Json.Serialization.JsonPropertyName("cache_age")] int CacheAge);
}
