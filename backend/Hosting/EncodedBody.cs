using System.IO.Compression;
using System.Security.Cryptography;

namespace Maps.Api.Hosting;

/// <summary>
/// One response body with its compressed forms and a content hash for strong ETags, built once and served many times.
/// Each encoding is its own representation, so each has its own ETag (RFC 9110 §8.8.3).
/// </summary>
public sealed class EncodedBody
{
    public required byte[] Plain { get; init; }

    /// <summary>Null for bodies that do not compress (images).</summary>
    public required byte[]? Gzip { get; init; }

    public required byte[]? Brotli { get; init; }
    public required string Hash { get; init; }

    /// <summary>The strong ETags, one per representation, built once rather than per response.</summary>
    public string PlainETag => plainETag ??= $"\"{Hash}\"";
    public string GzipETag => gzipETag ??= $"\"{Hash}-gz\"";
    public string BrotliETag => brotliETag ??= $"\"{Hash}-br\"";

    private string? plainETag, gzipETag, brotliETag;

    /// <summary>
    /// Cached bodies are compressed as small as the codecs go (once); one-off answers such as a bbox are compressed
    /// fast, because they are built per request.
    /// </summary>
    public static EncodedBody Create(byte[] plain, bool cached = true)
    {
        var level = cached ? CompressionLevel.SmallestSize : CompressionLevel.Fastest;
        return new EncodedBody
        {
            Plain = plain,
            Gzip = Compress(plain, s => new GZipStream(s, level)),
            Brotli = Compress(plain, s => new BrotliStream(s, level)),
            Hash = HashOf(plain),
        };
    }

    public static EncodedBody Uncompressed(byte[] plain) => new() { Plain = plain, Gzip = null, Brotli = null, Hash = HashOf(plain) };

    public static string HashOf(byte[] body) => Convert.ToBase64String(SHA256.HashData(body), 0, 12)
        .Replace('+', '-').Replace('/', '_');

    private static byte[] Compress(byte[] body, Func<Stream, Stream> open)
    {
        using var output = new MemoryStream();
        using (var stream = open(output)) stream.Write(body);
        return output.ToArray();
    }
}
