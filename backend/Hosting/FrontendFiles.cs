using Microsoft.AspNetCore.StaticFiles;

namespace Maps.Api.Hosting;

/// <summary>
/// The built page's files (frontend/dist), read once after start-up and kept compressed as small as Brotli and gzip go,
/// with their ETags: a reader's first load then costs the server no compression at all, where the response
/// compression middleware recompressed the 175 KB script for every new reader. Until they are loaded, and for any
/// path that is not a file here, the static-file middleware behind answers as before.
/// Why not the framework's MapStaticAssets: measured side by side (2026-12-06, wrk, 32 connections, Brotli, three
/// alternating rounds; a prototype that had the SDK compress frontend/dist at build time), it served the Leaflet script
/// at 12.4k requests/s against 23.0k here (−46 %) and the page at 25.4k against 44.7k (−43 %): it reads each file from
/// disk per request. Run from a build rather than a publish, its manifest also names dist's files by length and hash,
/// so a `vite build` while the app ran served a truncated page under the old ETag; these bytes are a copy.
/// </summary>
public sealed class FrontendFiles(IConfiguration config, IHostEnvironment env)
{
    public sealed record File(EncodedBody Body, string ContentType, string CacheControl);

    /// <summary>Vite puts a content hash in every asset name under /assets, so those never change.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    public const string Revalidate = "no-cache";

    private static readonly HashSet<string> Compressible = [".html", ".js", ".css", ".svg", ".json", ".txt", ".map"];

    private volatile IReadOnlyDictionary<string, File>? files;

    /// <summary>
    /// Reads and compresses frontend/dist (the warm-up calls this); a missing build leaves nothing to serve.
    /// </summary>
    public void Load()
    {
        var root = Frontend.DistPath(config, env);
        if (!Directory.Exists(root)) return;
        var types = new FileExtensionContentTypeProvider();
        var loaded = new Dictionary<string, File>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var url = "/" + Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
            var bytes = System.IO.File.ReadAllBytes(path);
            var extension = Path.GetExtension(path).ToLowerInvariant();
            loaded[url] = new File(
                Compressible.Contains(extension) ? EncodedBody.Create(bytes) : EncodedBody.Uncompressed(bytes),
                types.TryGetContentType(path, out var type) ? type : "application/octet-stream",
                url.StartsWith("/assets/", StringComparison.Ordinal) ? Immutable : Revalidate);
        }
        if (loaded.TryGetValue("/index.html", out var index)) loaded["/"] = index;
        files = loaded;
    }

    public bool TryGet(PathString path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out File? file)
    {
        file = null;
        return files is { } loaded && path.Value is { } value && loaded.TryGetValue(value, out file);
    }

    public static void UseFrontendFiles(WebApplication app)
    {
        var frontend = app.Services.GetRequiredService<FrontendFiles>();
        app.Use((context, next) =>
            HttpMethods.IsGet(context.Request.Method) && frontend.TryGet(context.Request.Path, out var file)
                ? new FrontendFileResult(file).ExecuteAsync(context)
                : next(context));
    }

    private sealed class FrontendFileResult(File file)
        : EncodedBodyResult(file.Body, file.ContentType, file.CacheControl);
}
