using System.Text.Json.Nodes;

namespace Maps.Api.Tests.Storage;

/// <summary>
/// The shipped geodata/ copied to a temporary folder with its release raised: the data a newer deploy ships. An edit
/// of one file makes the change visible in answers.
/// </summary>
public sealed class GeodataCopy : IDisposable
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "geodata");

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("atlas-geodata-").FullName;

    public GeodataCopy(int raiseReleaseBy, string? file = null, string? find = null, string? replaceWith = null)
    {
        foreach (var path in System.IO.Directory.GetFiles(Shipped))
            File.Copy(path, Path.Combine(Directory, Path.GetFileName(path)));
        var catalogPath = Path.Combine(Directory, "layers.json");
        var catalog = JsonNode.Parse(File.ReadAllText(catalogPath))!.AsObject();
        catalog["release"] = catalog["release"]!.GetValue<long>() + raiseReleaseBy;
        File.WriteAllText(catalogPath, catalog.ToJsonString());
        if (file is null) return;
        var edited = Path.Combine(Directory, file);
        var text = File.ReadAllText(edited);
        Assert.Contains(find!, text);
        File.WriteAllText(edited, text.Replace(find!, replaceWith));
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
