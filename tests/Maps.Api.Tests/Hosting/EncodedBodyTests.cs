using System.IO.Compression;
using System.Text;
using Maps.Api.Hosting;

namespace Maps.Api.Tests.Hosting;

public sealed class EncodedBodyTests
{
    /// <summary>JSON-like text that compresses the way answers do, of any length.</summary>
    private static byte[] Body(int length)
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < length; i++) text.Append($"{{\"id\":\"node-{i}\",\"km\":{i * 37 % 1000}}},");
        return Encoding.UTF8.GetBytes(text.ToString(0, length));
    }

    private static byte[] Decode(byte[] encoded, Func<Stream, Stream> open)
    {
        using var output = new MemoryStream();
        using (var stream = open(new MemoryStream(encoded))) stream.CopyTo(output);
        return output.ToArray();
    }

    // Brotli's window is sized to the body (10 to 24 bits): at the smallest sizes, either side of a power of two and past
    // the largest window, the body still decodes whole.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1_007)]
    [InlineData(1_008)]
    [InlineData(65_520)]
    [InlineData(65_521)]
    [InlineData(1_100_000)]
    public void Both_encodings_decode_to_the_body_whatever_its_size(int length)
    {
        var plain = Body(length);
        foreach (var body in new[] { EncodedBody.Create(plain), EncodedBody.Create(plain, cached: false) })
            AssertDecodes(plain, body);
    }

    /// <summary>Past Brotli's largest window (16 MB) the body is still whole; fast only, the smallest takes too long.</summary>
    [Fact]
    public void A_body_larger_than_the_largest_window_decodes_whole()
    {
        var plain = Body(20_000_000);
        AssertDecodes(plain, EncodedBody.Create(plain, cached: false));
    }

    /// <summary>
    /// A body made of parts (a layer payload: prepared geometry between joining bytes) is the joined body in every
    /// encoding, with the joined body's ETag, and holds only the compressed forms made so far.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(1_100_000)]
    public void A_body_of_parts_is_the_joined_body_and_keeps_only_its_compressed_forms(int length)
    {
        var plain = Body(length);
        var cuts = new[] { 0, length / 7, length / 3, length / 3, length - 1, length }.Select(c => Math.Clamp(c, 0, length)).ToArray();
        var parts = cuts.Zip(cuts.Skip(1), (from, to) => (ReadOnlyMemory<byte>)plain.AsMemory(from, to - from)).ToList();
        var body = EncodedBody.Create(parts, cached: false);
        Assert.Equal(plain, body.Plain);
        Assert.Equal(EncodedBody.HashOf(plain), body.Hash);
        Assert.Equal(0, body.HeldBytes);
        AssertDecodes(plain, body);
        Assert.Equal(body.Brotli!.Length + body.Gzip!.Length, body.HeldBytes);
        var whole = EncodedBody.Create(parts, cached: true);
        Assert.Equal(plain, Decode(whole.Brotli!, s => new BrotliStream(s, CompressionMode.Decompress)));
        Assert.Equal(plain.Length + whole.Brotli!.Length + whole.Gzip!.Length, whole.HeldBytes);
    }

    private static void AssertDecodes(byte[] plain, EncodedBody body)
    {
        Assert.Equal(plain, Decode(body.Brotli!, s => new BrotliStream(s, CompressionMode.Decompress)));
        Assert.Equal(plain, Decode(body.Gzip!, s => new GZipStream(s, CompressionMode.Decompress)));
    }

    [Fact]
    public void A_one_off_body_is_compressed_only_into_the_forms_asked_for_and_only_once()
    {
        var plain = Body(50_000);
        var body = EncodedBody.Create(plain, cached: false);
        Assert.Equal(plain.Length, body.HeldBytes);

        var brotli = body.Brotli!;
        Assert.Equal(plain.Length + brotli.Length, body.HeldBytes);
        Assert.Same(brotli, body.Brotli);

        var gzip = body.Gzip!;
        Assert.Equal(plain.Length + brotli.Length + gzip.Length, body.HeldBytes);
        Assert.Same(gzip, body.Gzip);
    }

    [Fact]
    public void A_cached_body_holds_both_forms_from_the_start_and_smaller_than_a_one_off()
    {
        var plain = Body(200_000);
        var cached = EncodedBody.Create(plain);
        Assert.Equal(plain.Length + cached.Brotli!.Length + cached.Gzip!.Length, cached.HeldBytes);
        var oneOff = EncodedBody.Create(plain, cached: false);
        Assert.True(cached.Brotli.Length < oneOff.Brotli!.Length, $"{cached.Brotli.Length} vs {oneOff.Brotli.Length}");
    }

    [Fact]
    public void Many_first_requests_at_once_see_one_and_the_same_compressed_form()
    {
        var body = EncodedBody.Create(Body(100_000), cached: false);
        var seen = new byte[16][];
        Parallel.For(0, seen.Length, i => seen[i] = body.Brotli!);
        Assert.All(seen, form => Assert.Same(seen[0], form));
    }

    [Fact]
    public void An_image_has_no_compressed_forms()
    {
        var body = EncodedBody.Uncompressed([0x89, 0x50, 0x4e, 0x47]);
        Assert.Null(body.Brotli);
        Assert.Null(body.Gzip);
        Assert.Equal(4, body.HeldBytes);
    }
}
