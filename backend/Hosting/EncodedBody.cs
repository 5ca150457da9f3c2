using System.Buffers;
using System.IO.Compression;
using System.Numerics;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Maps.Api.Hosting;

/// <summary>
/// One response body with its compressed forms and a content hash for strong ETags, built once and served many times.
/// Each encoding is its own representation, so each has its own ETag (RFC 9110 §8.8.3).
/// </summary>
public sealed class EncodedBody
{
    private EncodedBody(byte[]? plain, IReadOnlyList<ReadOnlyMemory<byte>> parts, Compression compression)
    {
        this.plain = plain;
        this.parts = parts;
        length = parts.Sum(p => (long)p.Length);
        Hash = HashOf(parts);
        this.compression = compression;
        if (compression == Compression.Smallest)
        {
            gzip = GzipOf(parts, CompressionLevel.SmallestSize);
            brotli = BrotliOf(parts, length, quality: 11);
        }
    }

    private enum Compression { None, Smallest, Fast }

    private readonly Compression compression;
    private readonly byte[]? plain;
    private readonly IReadOnlyList<ReadOnlyMemory<byte>> parts;
    private readonly long length;

    private byte[]? gzip, brotli;

    /// <summary>
    /// The uncompressed body. A body made of parts (see
    /// <see cref="Create(IReadOnlyList{ReadOnlyMemory{byte}}, bool)"/>) joins them anew for each call: it is what a
    /// client that takes no compression gets, and is not worth keeping for the rare one.
    /// </summary>
    public byte[] Plain => plain ?? Join(parts, length);

    public string Hash { get; }

    /// <summary>Null for bodies that do not compress (images).</summary>
    public byte[]? Gzip =>
        compression == Compression.Fast ? Once(ref gzip, () => GzipOf(parts, CompressionLevel.Fastest)) : gzip;

    public byte[]? Brotli =>
        compression == Compression.Fast ? Once(ref brotli, () => BrotliOf(parts, length, quality: 1)) : brotli;

    /// <summary>
    /// The bytes held now: the plain body when it is kept whole, and whichever compressed forms have been made.
    /// </summary>
    public long HeldBytes =>
        (plain?.Length ?? 0) + (Volatile.Read(ref gzip)?.Length ?? 0) + (Volatile.Read(ref brotli)?.Length ?? 0);

    /// <summary>The strong ETags, one per representation, built once rather than per response.</summary>
    public string PlainETag => plainETag ??= $"\"{Hash}\"";
    public string GzipETag => gzipETag ??= $"\"{Hash}-gz\"";
    public string BrotliETag => brotliETag ??= $"\"{Hash}-br\"";

    private string? plainETag, gzipETag, brotliETag;

    /// <summary>
    /// The three, for <see cref="IfNoneMatch"/>: a client holding any encoding of this body holds its content.
    /// </summary>
    public ReadOnlySpan<EntityTagHeaderValue> ETags => etags ??= [new(PlainETag), new(GzipETag), new(BrotliETag)];

    private EntityTagHeaderValue[]? etags;

    /// <summary>
    /// Bodies built ahead of readers are compressed as small as the codecs go, once, in both forms. Bodies built on a
    /// reader's request (a bbox, a route plan, a layer at a zoom the warm-up did not build) are compressed fast, and
    /// only into the form a client asks for, when first asked (a browser asks for Brotli, so the gzip encoder's few
    /// hundred kilobytes are never allocated for it): Brotli at its smallest costs seconds a megabyte (borders at zoom
    /// 12, 1.5 MB: 2.8 s to 297 KB, against 20 ms to 520 KB at quality 1).
    /// </summary>
    public static EncodedBody Create(byte[] plain, bool cached = true) =>
        new(plain, [plain], cached ? Compression.Smallest : Compression.Fast);

    /// <summary>
    /// A body made of parts: kept whole and compressed at its smallest when <paramref name="cached"/> (built
    /// ahead of readers), otherwise built on a reader's request from parts kept elsewhere (a layer's prepared
    /// geometry, and its words in one language): compressed fast from the parts, when first asked, and never
    /// joined into one array to be kept. A layer payload at zoom 12 is 1.5 MB plain and 0.5 MB in Brotli: the
    /// cache holds three times as many of them so.
    /// </summary>
    public static EncodedBody Create(IReadOnlyList<ReadOnlyMemory<byte>> parts, bool cached) => cached
        ? Create(Join(parts, parts.Sum(p => (long)p.Length)))
        : new(null, parts, Compression.Fast);

    public static EncodedBody Uncompressed(byte[] plain) => new(plain, [plain], Compression.None);

    public static string HashOf(byte[] body) => HashOf([body]);

    private static string HashOf(IReadOnlyList<ReadOnlyMemory<byte>> parts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts) sha.AppendData(part.Span);
        return Convert.ToBase64String(sha.GetHashAndReset(), 0, 12).Replace('+', '-').Replace('/', '_');
    }

    /// <summary>
    /// Made at most once as seen by readers; two first requests at once may both compress, and one result wins.
    /// </summary>
    private static byte[] Once(ref byte[]? field, Func<byte[]> make) =>
        Volatile.Read(ref field) ?? Interlocked.CompareExchange(ref field, make(), null) ?? field!;

    private static byte[] Join(IReadOnlyList<ReadOnlyMemory<byte>> parts, long length)
    {
        var body = new byte[length];
        var at = 0;
        foreach (var part in parts)
        {
            part.Span.CopyTo(body.AsSpan(at));
            at += part.Length;
        }
        return body;
    }

    private static byte[] GzipOf(IReadOnlyList<ReadOnlyMemory<byte>> parts, CompressionLevel level)
    {
        using var output = new MemoryStream();
        using (var stream = new GZipStream(output, level))
            foreach (var part in parts) stream.Write(part.Span);
        return output.ToArray();
    }

    /// <summary>
    /// The worst-case buffers of Brotli, megabytes each: a pool of their own, two of a size, kept for the life of the
    /// process (a few megabytes: payloads are at most a few megabytes). The shared pool keeps one per size in every
    /// thread that ever compressed and more per core, and held tens of megabytes after a burst of payloads.
    /// </summary>
    private static readonly ArrayPool<byte> CompressionBuffers = ArrayPool<byte>.Create(16 * 1024 * 1024, 2);

    /// <summary>
    /// Brotli with a window no larger than the body, into a rented buffer of the worst case: only the compressed bytes
    /// are kept. A stream does not know the body's size, so its encoder allocates for a 4 MB window and 128 KB blocks
    /// (about 0.7 MB at quality 1, tens of MB at 11), per answer; those native blocks were what grew the process under
    /// load. Told the size, the encoder allocates for the body.
    /// </summary>
    private static byte[] BrotliOf(IReadOnlyList<ReadOnlyMemory<byte>> parts, long length, int quality)
    {
        // Brotli's window is 2^bits − 16 bytes, 10 to 24 bits.
        var window = Math.Clamp(BitOperations.Log2((ulong)length + 16) + 1, 10, 24);
        var output = CompressionBuffers.Rent(BrotliEncoder.GetMaxCompressedLength((int)length));
        var encoder = new BrotliEncoder(quality, window);
        try
        {
            var written = 0;
            foreach (var part in parts)
                written += Compress(ref encoder, part.Span, output.AsSpan(written), final: false);
            written += Compress(ref encoder, [], output.AsSpan(written), final: true);
            return output.AsSpan(0, written).ToArray();
        }
        finally
        {
            encoder.Dispose();
            CompressionBuffers.Return(output);
        }
    }

    /// <summary>
    /// Feeds one part to the encoder; the output has room for the worst case, so it never runs short.
    /// </summary>
    private static int Compress(ref BrotliEncoder encoder, ReadOnlySpan<byte> source, Span<byte> output, bool final)
    {
        var status = encoder.Compress(source, output, out var consumed, out var written, final);
        if (status != OperationStatus.Done || consumed != source.Length)
            throw new InvalidOperationException($"Brotli stopped at {status} with room for the worst case.");
        return written;
    }
}
