using System.Security.Cryptography;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Maps.Api.OpenData;

/// <summary>
/// The OpenAPI 3.0 document of the whole API at /api/openapi.json (Microsoft.AspNetCore.OpenApi, from the endpoints'
/// own metadata), its interactive reference at /api/docs (Scalar, whose scripts the app serves from the package, so
/// it works offline), and CORS for read-only answers.
/// </summary>
public static class OpenApiSetup
{
    public const string DocumentPath = "/api/openapi.json";
    public const string ReferencePath = "/api/docs";

    public static IServiceCollection AddOpenData(this IServiceCollection services)
    {
        services.AddOpenApi(o =>
        {
            o.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Corridor Atlas API",
                    Version = "1",
                    Description = "China–Central Asia connectivity: map layers as GeoJSON, trade figures, route metrics, embeddable "
                        + "widgets, and every layer as OGC API – Features under /ogc. Errors are RFC 9457 problem details.",
                    License = new OpenApiLicense { Name = "Data: CC BY 4.0 unless a layer says otherwise", Url = new Uri("https://creativecommons.org/licenses/by/4.0/") },
                };
                return Task.CompletedTask;
            });
            o.AddDocumentTransformer((document, _, _) =>
            {
                foreach (var schema in document.Components?.Schemas?.Values ?? []) NumbersAreNumbers(schema);
                return Task.CompletedTask;
            });
        });
        services.AddCrossOriginReads();
        return services;
    }

    /// <summary>
    /// The answers write numbers as JSON numbers; the generator also offers numeric strings (with a pattern) because
    /// the JSON options accept those when reading. The document describes what is written.
    /// </summary>
    private static void NumbersAreNumbers(IOpenApiSchema reference)
    {
        if (reference is not OpenApiSchema schema) return;
        foreach (var child in (schema.Properties?.Values ?? []).Concat(schema.AnyOf ?? []).Concat(schema.OneOf ?? []).Concat(schema.AllOf ?? [])
                     .Append(schema.Items).Append(schema.AdditionalProperties).OfType<IOpenApiSchema>())
            NumbersAreNumbers(child);
        // Written as anyOf [number, string] in 3.0: the type flags hold both.
        if (schema.Pattern is null || schema.Type is not { } type || !type.HasFlag(JsonSchemaType.String)
            || !(type.HasFlag(JsonSchemaType.Number) || type.HasFlag(JsonSchemaType.Integer))) return;
        schema.Type = type & ~JsonSchemaType.String;
        schema.Pattern = null;
    }

    public static void MapOpenData(this WebApplication app)
    {
        app.MapOpenApi(DocumentPath).AllowCrossOriginReads();
        app.MapScalarApiReference(ReferencePath, (options, context) =>
        {
            // Scalar configures itself with one inline module script and injects its stylesheet: both carry a fresh
            // nonce, which this response's policy (the app's, plus the nonce) allows. Nothing else inline runs.
            var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            options.WithTitle("Corridor Atlas API").WithOpenApiRoutePattern(DocumentPath).HideDeveloperTools()
                .DisableDefaultFonts().DisableTelemetry().DisableAgent().DisableMcp().WithNonce(nonce);
            options.HeadContent = $"<meta property=\"csp-nonce\" content=\"{nonce}\">";
            var policy = context.Response.Headers.ContentSecurityPolicy.ToString();
            if (policy.Length > 0)
                context.Response.Headers.ContentSecurityPolicy = policy
                    .Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
                    .Replace("style-src 'self'", $"style-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal);
        }).ExcludeFromDescription();
    }
}
