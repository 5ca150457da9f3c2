using System.Text.RegularExpressions;

namespace Maps.Api.Tests;

/// <summary>
/// The backend's folders depend one way: features (layers, trade, routes, …) use the shared folders, never the
/// reverse, so a shared folder can be read, changed and tested without knowing any feature. Read from the source, as a
/// newcomer would: every reference to a feature's namespace in a shared folder's files is a violation.
/// </summary>
public sealed partial class FolderDependencyTests
{
    private static readonly string[] Shared = ["Storage", "Hosting", "Geo", "Errors", "Languages"];

    [GeneratedRegex(@"\bMaps\.Api\.(?<folder>[A-Z][A-Za-z]+)\b")]
    private static partial Regex NamespaceReference();

    [Fact]
    public void No_shared_folder_refers_to_a_feature()
    {
        var backend = Path.Combine(RepositoryRoot(), "backend");
        var folders = Directory.GetDirectories(backend).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj" or "Properties")).ToHashSet();
        var features = folders.Except(Shared).ToHashSet();
        Assert.Contains("Trade", features);
        Assert.Contains("Widgets", features);
        var violations =
            from folder in Shared
            from file in Directory.EnumerateFiles(Path.Combine(backend, folder), "*.cs", SearchOption.AllDirectories)
            from match in NamespaceReference().Matches(File.ReadAllText(file))
            where features.Contains(match.Groups["folder"].Value)
            select $"{Path.GetRelativePath(backend, file)} refers to {match.Value}";
        Assert.Empty(violations);
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Maps.sln"))) return directory.FullName;
        throw new DirectoryNotFoundException("Maps.sln not found above the test binaries");
    }
}
