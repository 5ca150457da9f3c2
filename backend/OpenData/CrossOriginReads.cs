using Microsoft.AspNetCore.Cors;

namespace Maps.Api.OpenData;

/// <summary>
/// Read-only answers may be fetched from any origin (notebooks, other sites, Observable): one named CORS policy that
/// allows GET from anywhere, without credentials. Applied per endpoint group and only to its GET endpoints, so a
/// write (POST) in the same group never carries Access-Control-Allow-Origin.
/// </summary>
public static class CrossOriginReads
{
    public const string Policy = "cross-origin-reads";

    public static IServiceCollection AddCrossOriginReads(this IServiceCollection services) =>
        services.AddCors(o => o.AddPolicy(Policy, p => p.AllowAnyOrigin().WithMethods("GET", "HEAD").AllowAnyHeader()
            .WithExposedHeaders("ETag", "Content-Length", "Link")));

    public static TBuilder AllowCrossOriginReads<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<HttpMethodMetadata>().Any(m => m.HttpMethods.Contains(HttpMethods.Get)))
                endpoint.Metadata.Add(new EnableCorsAttribute(Policy));
        });
        return builder;
    }

    /// <summary>
    /// What the policy adds to a cross-origin read, for answers that leave before routing (the layer fast path) and so
    /// never meet the CORS middleware.
    /// </summary>
    public static HttpContext AllowOrigin(HttpContext context)
    {
        if (context.Request.Headers.Origin.Count > 0)
        {
            context.Response.Headers.AccessControlAllowOrigin = "*";
            context.Response.Headers.AccessControlExposeHeaders = "ETag,Content-Length,Link";
        }
        return context;
    }
}
