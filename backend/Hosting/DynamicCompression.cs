using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Maps.Api.Hosting;

/// <summary>
/// Compression for answers written per request (OGC pages, the page's HTML, problem details), at the levels the
/// benchmark chose (npm run bench, "OGC items at full resolution"): every byte of these is compressed for every
/// request, so a level is worth what it saves on the wire against what it costs the cores. Cached answers carry their
/// own, smaller forms (see <see cref="EncodedBody"/>).
/// </summary>
public static class DynamicCompression
{
    /// <summary>
    /// Brotli quality 1. The largest answer it compresses is an items page for a client that takes Brotli and not gzip
    /// (one that takes gzip gets the page's gzip prepared beforehand, see <see cref="Ogc.OgcResult"/>): the
    /// full-resolution borders, 1.75 MB, to 618 KB at 136-137 pages a second on two cores, where quality 4 (the
    /// framework's "optimal") gave 544 KB at 56 (2026-12-06, BENCH_ONLY=ogc, 16 connections, one run after the other).
    /// On HTML pages and problem details, a few kilobytes, the two differ by bytes.
    /// </summary>
    public const int BrotliQuality = 1;

    /// <summary>
    /// zlib level 1: the same page to 919 KB at 58 pages a second, where level 6 (the framework's "optimal") gave
    /// 565 KB at 31 (2026-12-06, BENCH_ONLY=ogc, 16 connections). GIS clients ask for gzip and read whole collections.
    /// </summary>
    public const int GzipLevel = 1;

    public static IServiceCollection AddDynamicCompression(this IServiceCollection services) =>
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add(new Brotli());
            o.Providers.Add(new Gzip());
            o.MimeTypes =
                ResponseCompressionDefaults.MimeTypes.Concat(["application/geo+json", "application/problem+json"]);
        });

    private sealed class Brotli : ICompressionProvider
    {
        public string EncodingName => "br";
        public bool SupportsFlush => true;

        public Stream CreateStream(Stream outputStream) =>
            new BrotliStream(outputStream, new BrotliCompressionOptions { Quality = BrotliQuality }, leaveOpen: true);
    }

    private sealed class Gzip : ICompressionProvider
    {
        public string EncodingName => "gzip";
        public bool SupportsFlush => true;

        public Stream CreateStream(Stream outputStream) =>
            new GZipStream(outputStream, new ZLibCompressionOptions { CompressionLevel = GzipLevel }, leaveOpen: true);
    }
}
