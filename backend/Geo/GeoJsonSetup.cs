using System.Text.Json;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Maps.Api.Geo;

/// <summary>The one geometry factory (WGS84) and the JSON options that read and write GeoJSON geometry.</summary>
public static class GeoJsonSetup
{
    public const int Wgs84 = 4326;

    /// <summary>RFC 7946 §11.2: six decimals are about 10 cm, more than any map here needs.</summary>
    public const int MaxDecimals = 6;

    public static readonly GeometryFactory Factory =
        NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(), Wgs84);

    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new GeoJsonConverterFactory(Factory));
        return options;
    }

    /// <summary>
    /// Minimal APIs read and write GeoJSON geometry with the same converter, and read numbers only as numbers: the web
    /// defaults would take "4" for 4, and a body that says something else than it means is refused, not guessed at.
    /// </summary>
    public static IServiceCollection AddGeoJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new GeoJsonConverterFactory(Factory));
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
}
