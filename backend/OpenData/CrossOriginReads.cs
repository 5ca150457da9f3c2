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

    public static TBuilder AllowCrossOriginReads<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<HttpMethodMetadata>().Any(m => m.HttpMethods.Contains(HttpMethods.Get)))
                endpoint.Metadata.Add(new EnableCorsAttribute(Policy));
        });
        return builder;
    }
}
