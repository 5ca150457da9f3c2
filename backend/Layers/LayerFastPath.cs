using System.Diagnostics.CodeAnalysis;

namespace Maps.Api.Layers;

/// <summary>
/// Answers GET /api/layers/{id}?zoom= and /api/basemap/{id}?zoom= before routing when the payload is built already:
/// the bytes and headers are ready, so routing, binding and the compression middleware would only add cost to the
/// request a classroom or a front page makes most (bench/: ~29k → ~33k req/s beside nginx's ~40k). Anything else
/// (bbox, an unknown layer, a bad zoom, a payload not yet built) goes on to the endpoint, which answers it fully.
/// </summary>
public static class LayerFastPath
{
    public static WebApplication UseLayerFastPath(this WebApplication app)
    {
        var cache = app.Services.GetRequiredService<LayerCache>();
        app.Use((context, next) => HttpMethods.IsGet(context.Request.Method) && TryFind(context.Request, cache, out var payload)
            ? new GeoJsonResult(payload).ExecuteAsync(OpenData.CrossOriginReads.AllowOrigin(context))
            : next(context));
        return app;
    }

    private static bool TryFind(HttpRequest request, LayerCache cache, [NotNullWhen(true)] out LayerPayload? payload)
    {
        payload = null;
        var role = request.Path.StartsWithSegments("/api/layers", out var rest) ? "overlay"
            : request.Path.StartsWithSegments("/api/basemap", out rest) ? "basemap"
            : null;
        if (role is null || rest.Value is not ['/', .. var id] || id.Length == 0 || id.Contains('/')) return false;
        // Nothing but one zoom: a bbox, or anything unexpected, is the endpoint's to answer.
        var zoom = request.Query["zoom"];
        if (zoom.Count > 1 || request.Query.Count > Math.Min(zoom.Count, 1)) return false;
        if (!LayerQuery.TryParse(zoom.FirstOrDefault(), null, out var parsed, out _)) return false;
        return cache.TryGetBuilt(role, id, parsed.Zoom, out payload);
    }
}
