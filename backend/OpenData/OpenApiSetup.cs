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
                    Description = "China–Central Asia connectivity: map layers as GeoJSON, trade figures, route "
                        + "metrics, embeddable widgets, and every layer as OGC API – Features under /ogc. Errors are "
                        + "RFC 9457 problem details.",
                    License = new OpenApiLicense
                    {
                        Name = "Data: CC BY 4.0 unless a layer says otherwise",
                        Url = new Uri("https://creativecommons.org/licenses/by/4.0/"),
                    },
                };
                return Task.CompletedTask;
            });
            o.AddDocumentTransformer((document, _, _) =>
            {
                foreach (var schema in document.Components?.Schemas?.Values ?? []) Tidy(schema);
                var operations = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []);
                foreach (var operation in operations)
                    foreach (var body in (operation.RequestBody?.Content?.Values ?? [])
                                 .Concat(operation.Responses?.Values.SelectMany(r => r.Content?.Values ?? []) ?? []))
                        if (body.Schema is { } schema) Tidy(schema);
                OperationNames.Apply(document);
                // One origin serves the document and the API: paths resolve against wherever the document was found.
                document.Servers = [new OpenApiServer { Url = "/" }];
                return Task.CompletedTask;
            });
        });
        services.AddCrossOriginReads();
        return services;
    }

    /// <summary>
    /// Says what the answers write, in the plain OpenAPI 3.0 that linters and generators read best: numbers are numbers
    /// (the generator also offers numeric strings, with a pattern, because the JSON options accept them when reading),
    /// and a nullable reference is a nullable object of that shape rather than oneOf with a null-only schema.
    /// </summary>
    private static void Tidy(IOpenApiSchema reference)
    {
        if (reference is not OpenApiSchema schema) return;
        foreach (var child in (schema.Properties?.Values ?? []).Concat(schema.AnyOf ?? []).Concat(schema.OneOf ?? [])
                     .Concat(schema.AllOf ?? []).Append(schema.Items).Append(schema.AdditionalProperties)
                     .OfType<IOpenApiSchema>())
            Tidy(child);
        // Written as anyOf [number, string] in 3.0: the type flags hold both.
        if (schema.Pattern is not null && schema.Type is { } type && type.HasFlag(JsonSchemaType.String)
            && (type.HasFlag(JsonSchemaType.Number) || type.HasFlag(JsonSchemaType.Integer)))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        if (schema.OneOf is { Count: 2 } oneOf && oneOf.Any(s => s.Type == JsonSchemaType.Null)
            && oneOf.SingleOrDefault(s => s is OpenApiSchemaReference) is { } shape)
        {
            schema.OneOf = null;
            schema.AllOf = [shape];
            schema.Type = JsonSchemaType.Object | JsonSchemaType.Null;
        }
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
