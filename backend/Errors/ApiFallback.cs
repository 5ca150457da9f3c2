using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Maps.Api.Errors;

/// <summary>
/// Unknown API paths are 404 problem details, never the page. Routing also sends here a request to a real write
/// endpoint whose body is not JSON (endpoints filter by content type, and this catch-all takes any), so that case is
/// told apart and answered 415, as the endpoint would have.
/// </summary>
public static class ApiFallback
{
    public static void MapApiFallback(this IEndpointRouteBuilder app) =>
        app.MapFallback("/api/{**path}", (HttpContext context, EndpointDataSource endpoints) =>
            RefusedContentType(context, endpoints) is { } accepted
                ? Problems.Of(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                    $"Send {string.Join(" or ", accepted)}; got '{context.Request.ContentType ?? "no content type"}'.")
                : Problems.NotFound("Not found", "There is no such API resource."));

    /// <summary>The content types an endpoint at this very path and method accepts, when there is one.</summary>
    private static IReadOnlyList<string>? RefusedContentType(HttpContext context, EndpointDataSource endpoints)
    {
        var path = context.Request.Path.Value?.TrimEnd('/') ?? "";
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not { } accepts) continue;
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (methods?.Contains(context.Request.Method) != true) continue;
            if (Literal(endpoint.RoutePattern) is { } literal
                && string.Equals(literal, path, StringComparison.OrdinalIgnoreCase))
                return accepts.ContentTypes;
        }
        return null;
    }

    private static string? Literal(RoutePattern pattern) =>
        pattern.Parameters.Count == 0
            ? "/" + string.Join('/', pattern.PathSegments.SelectMany(s => s.Parts).OfType<RoutePatternLiteralPart>()
                .Select(p => p.Content))
            : null;
}
