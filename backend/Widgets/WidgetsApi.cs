using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Maps.Api.Errors;
using Maps.Api.Hosting;
using Maps.Api.Layers;
using Maps.Api.OpenData;
using Maps.Api.Storage;
using Maps.Api.Trade;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Maps.Api.Widgets;

/// <summary>POST /api/widgets and GET /api/widgets/{id}: saved map widgets for educators' pages.</summary>
public static class WidgetsApi
{
    public const string TradeLayer = "trade";

    public const int MaxBodyBytes = 16 * 1024;

    public static void MapWidgets(this IEndpointRouteBuilder app)
    {
        var widgets = app.MapGroup("/api/widgets").WithTags("Widgets").AllowCrossOriginReads();
        widgets.MapPost("/", Create)
            .RequireRateLimiting(RateLimits.Writes)
            // A widget is a title, a caption and a few ids: far below this; anything larger is not one.
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        widgets.MapGet("/{id}", Get).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Created<WidgetCreated>, ProblemHttpResult>> Create(
        WidgetConfig? config, HttpRequest request, LayerCache layers, TradeData trade, IWidgetStore store,
        IConfiguration settings, CancellationToken ct)
    {
        if (config is null) return Problems.BadRequest("No widget", "Send the widget configuration as JSON.");
        var known = (await layers.ListAsync("overlay")).Select(l => l.Id).Append(TradeLayer).ToHashSet();
        var years = (await trade.AllAsync()).Select(r => r.Year).ToHashSet();
        var errors = config.Validate(known, years, !string.IsNullOrWhiteSpace(settings["Atlas:OnlineTiles:Url"]));
        // Readable JSON that makes no sense as a widget is 422, with every problem by field.
        if (errors.Count > 0)
            return TypedResults.Problem(new Microsoft.AspNetCore.Http.HttpValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "Invalid widget",
                Detail = string.Join(" ", errors.SelectMany(e => e.Value)),
                Type = "https://www.rfc-editor.org/rfc/rfc9110#status.422",
            });

        var id = NewId();
        await store.SaveAsync(id, JsonSerializer.Serialize(config, JsonSerializerOptions.Web), ct);
        var embedUrl = $"{Origin(request)}/embed/{id}";
        return TypedResults.Created($"/api/widgets/{id}",
            new WidgetCreated(id, embedUrl, IframeSnippet(embedUrl, config.Title)));
    }

    private static async Task<Results<Ok<WidgetConfig>, ProblemHttpResult>> Get(
        string id, IWidgetStore store, CancellationToken ct) =>
        await Load(id, store, ct) is { } config
            ? TypedResults.Ok(config)
            : Problems.NotFound("Unknown widget", $"There is no widget '{id}'.");

    public static async Task<WidgetConfig?> Load(string id, IWidgetStore store, CancellationToken ct) =>
        IsWellFormedId(id) && await store.GetAsync(id, ct) is { } json
            ? JsonSerializer.Deserialize<WidgetConfig>(json, JsonSerializerOptions.Web)
            : null;

    /// <summary>
    /// A responsive iframe: full width, a 4:3 box, lazy, titled for screen readers; text HTML-encoded.
    /// </summary>
    public static string IframeSnippet(string embedUrl, string title) =>
        $"<iframe src=\"{WebUtility.HtmlEncode(embedUrl)}\" title=\"{WebUtility.HtmlEncode(title)}\" loading=\"lazy\" "
        + "style=\"width:100%;aspect-ratio:4/3;border:0\" referrerpolicy=\"strict-origin-when-cross-origin\"></iframe>";

    public static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    /// <summary>
    /// Ten characters of a 32-letter alphabet: 50 bits, unguessable enough for links that are shared anyway.
    /// </summary>
    private static string NewId()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        return string.Create(10, RandomNumberGenerator.GetBytes(10), (span, bytes) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = alphabet[bytes[i] % alphabet.Length];
        });
    }

    public static bool IsWellFormedId(string id) => id.Length == 10 && id.All(char.IsAsciiLetterOrDigit);

    public sealed record WidgetCreated(string Id, string EmbedUrl, string Iframe);
}
