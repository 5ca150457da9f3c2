using System.Reflection;
using Maps.Api.Hosting;
using Microsoft.AspNetCore.Http.Metadata;

namespace Maps.Api.Layers;

/// <summary>A layer's GeoJSON, precompressed, with its ETag (see <see cref="EncodedBodyResult"/>).</summary>
public sealed class GeoJsonResult(LayerPayload payload)
    : EncodedBodyResult(payload.Body, MediaType), IEndpointMetadataProvider
{
    public const string MediaType = "application/geo+json";

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(object), [MediaType]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
    }
}
