using System.IO.Compression;
using System.Numerics;
using System.Security.Cryptography;

namespace Maps.Api.Hosting;

/// <summary>
/// One response body with its compressed forms and a content hash for strong ETags, built once and served many times.
/// Each encoding is its own representation, so each has its own ETag (RFC 9110 §8.8.3).
/// </summary>
public sealed class EncodedBody
{
    private EncodedBody(byte[] plain, Compression compression)
    {
        Plain = plain;
        Hash = HashOf(plain);
        this.compression = compression;
        if (compression == Compression.Smallest)
        {
            gzip = GzipOf(plain, CompressionLevel.SmallestSize);
            brotli = BrotliOf(plain, quality: 11);
        }
    }

    private enum Compression { None, Smallest, Fast }

    private readonly Compression compression;

    private byte[]? gzip, brotli;

    public byte[] Plain { get; }

    public string Hash { get; }

    /// <summary>Null for bodies that do not compress (images).</summary>
    public byte[]? Gzip => compression == Compression.Fast ? Once(ref gzip, () => GzipOf(Plain, CompressionLevel.Fastest)) : gzip;

    public byte[]? Brotli => compression == Compression.Fast ? Once(ref brotli, () => BrotliOf(Plain, quality: 1)) : brotli;

    /// <summary>The bytes held now: the plain body and whichever compressed forms have been made.</summary>
    public long HeldBytes => Plain.Length + (Volatile.Read(ref gzip)?.Length ?? 0) + (Volatile.Read(ref brotli)?.Length ?? 0);

    /// <summary>The strong ETags, one per representation, built once rather than per response.</summary>
    public string PlainETag => plainETag ??= $"\"{Hash}\"";
    public string GzipETag => gzipETag ??= $"\"{Hash}-gz\"";
    public string BrotliETag => brotliETag ??= $"\"{Hash}-br\"";

    private string? plainETag, gzipETag, brotliETag;

    /// <summary>
    /// Bodies built ahead of readers are compressed as small as the codecs go, once, in both forms. Bodies built on a
    /// reader's request (a bbox, a route plan, a layer at a zoom the warm-up did not build) are compressed fast, and only
    /// into the form a client asks for, when first asked (a browser asks for Brotli, so the gzip encoder's few hundred
    /// kilobytes are never allocated for it): Brotli at its smallest costs seconds a megabyte (borders at zoom 12,
    /// 1.5 MB: 2.8 s to 297 KB, against 20 ms to 520 KB at quality 1).
    /// </summary>
    public static EncodedBody Create(byte[] plain, bool cached = true) => new(plain, cached ? Compression.Smallest : Compression.Fast);

    public static EncodedBody Uncompressed(byte[] plain) => new(plain, Compression.None);

    public static string HashOf(byte[] body) => Convert.ToBase64String(SHA256.HashData(body), 0, 12)
        .Replace('+', '-').Replace('/', '_');

    /// <summary>Made at most once as seen by readers; two first requests at once may both compress, and one result wins.</summary>
    private static byte[] Once(ref byte[]? field, Func<byte[]> make) =>
        Volatile.Read(ref field) ?? Interlocked.CompareExchange(ref field, make(), null) ?? field!;

    private static byte[] GzipOf(byte[] body, CompressionLevel level)
    {
        using var output = new MemoryStream();
        using (var stream = new GZipStream(output, level)) stream.Write(body);
        return output.ToArray();
    }

    /// <summary>
    /// Brotli in one call with a window no larger than the body. A stream does not know the body's size, so its encoder
    /// allocates for a 4 MB window and 128 KB blocks (about 0.7 MB at quality 1, tens of MB at 11), per answer; those
    /// native blocks were what grew the process under load. Told the size, the encoder allocates for the body.
    /// </summary>
    private static byte[] BrotliOf(byte[] body, int quality)
    {
        // Brotli's window is 2^bits − 16 bytes, 10 to 24 bits.
        var window = Math.Clamp(BitOperations.Log2((uint)body.Length + 16) + 1, 10, 24);
        // A rented buffer for the worst case: only the compressed bytes are kept.
        var output = System.Buffers.ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(body.Length));
        try
        {
            if (!BrotliEncoder.TryCompress(body, output, out var written, quality, window))
                throw new InvalidOperationException("Brotli could not compress into its own bound.");
            return output.AsSpan(0, written).ToArray();
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(output);
        }
    }
}
