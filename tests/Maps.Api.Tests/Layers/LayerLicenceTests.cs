using System.Net;
using System.Text.Json;

namespace Maps.Api.Tests.Layers;

/// <summary>
/// Licences follow the data: a layer whose features are built on OpenStreetMap says ODbL 1.0 with "© OpenStreetMap
/// contributors", one built on Global Energy Monitor's routes cites GEM with the repository commit, and the licence the
/// catalogue states is the one /api/layers and the /ogc collection serve.
/// </summary>
public sealed class LayerLicenceTests : IDisposable
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "geodata");
    private static readonly JsonElement Catalogue = JsonDocument.Parse(File.ReadAllText(Path.Combine(Shipped, "layers.json"))).RootElement;

    private readonly AtlasApp app = new();
    private readonly HttpClient client;

    public LayerLicenceTests() => client = app.CreateClient();

    public void Dispose() => app.Dispose();

    /// <summary>Every layer of the catalogue (overlays, basemap, network) with the sources its file's features cite.</summary>
    public static TheoryData<string> LayerIds()
    {
        var data = new TheoryData<string>();
        foreach (var layer in Entries()) data.Add(layer.GetProperty("id").GetString()!);
        return data;
    }

    // Beside the layers, the catalogue holds the licences and the data release (a number).
    private static IEnumerable<JsonElement> Entries() => Catalogue.EnumerateObject()
        .Where(p => p.Name != "licences" && p.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
        .SelectMany(p => p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().ToArray() : new[] { p.Value });

    /// <summary>The source keys and licences the features of a file cite, anywhere in their properties.</summary>
    private static HashSet<string> Cited(string file)
    {
        var keys = new HashSet<string>();
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name is "sources" or "licence" && p.Value.ValueKind == JsonValueKind.Array)
                        keys.UnionWith(p.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!));
                    else if (p.Name == "licence" && p.Value.ValueKind == JsonValueKind.String) keys.Add($"licence:{p.Value.GetString()}");
                    Walk(p.Value);
                }
            else if (e.ValueKind == JsonValueKind.Array)
                foreach (var v in e.EnumerateArray()) Walk(v);
        }
        foreach (var f in JsonDocument.Parse(File.ReadAllText(Path.Combine(Shipped, file))).RootElement.GetProperty("features").EnumerateArray())
            Walk(f.GetProperty("properties"));
        return keys;
    }

    [Theory]
    [MemberData(nameof(LayerIds))]
    public void A_layers_licence_matches_the_sources_of_its_features(string id)
    {
        var layer = Entries().Single(l => l.GetProperty("id").GetString() == id);
        var cited = Cited(layer.GetProperty("file").GetString()!);
        var licence = layer.GetProperty("licence").GetString();
        var attribution = layer.GetProperty("attribution").GetString()!;
        var fromOsm = cited.Contains("osm-stations") || cited.Contains("licence:odbl-1.0");
        Assert.Equal(fromOsm ? "odbl-1.0" : licence == "odbl-1.0" ? "a layer with OSM features" : licence, licence);
        if (fromOsm) Assert.Contains("© OpenStreetMap contributors", attribution);
        if (cited.Contains("gem-pipeline-routes"))
        {
            Assert.Contains("Global Energy Monitor", attribution);
            Assert.Contains("6bfab45", attribution);
        }
    }

    [Fact]
    public async Task The_api_and_the_ogc_collection_serve_the_licence_the_catalogue_states()
    {
        using var response = await client.GetAsync("/api/layers");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray()
            .ToDictionary(l => l.GetProperty("id").GetString()!, l => l.GetProperty("licence"));
        var odbl = Catalogue.GetProperty("licences").GetProperty("odbl-1.0");
        var corridors = served["corridors"];
        Assert.Equal(odbl.GetProperty("url").GetString(), corridors.GetProperty("url").GetString());
        Assert.Contains("© OpenStreetMap contributors", corridors.GetProperty("attribution").GetString());

        using var ogc = await client.GetAsync("/ogc/collections/network-sections?f=json");
        Assert.Equal(HttpStatusCode.OK, ogc.StatusCode);
        var collection = JsonDocument.Parse(await ogc.Content.ReadAsStringAsync()).RootElement;
        var link = collection.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "license");
        Assert.Equal(odbl.GetProperty("url").GetString(), link.GetProperty("href").GetString());
        Assert.Contains("© OpenStreetMap contributors", collection.GetProperty("attribution").GetString());
    }
}
