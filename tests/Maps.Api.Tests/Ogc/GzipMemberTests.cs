using System.IO.Compression;
using System.Text;
using Maps.Api.Ogc;

namespace Maps.Api.Tests.Ogc;

public sealed class GzipMemberTests
{
    private static byte[] Text(int length, int seed) =>
        Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, length / 8 + 1).Select(i => $"{(i * seed) % 9973:D7},")))
            [..length];

    private static byte[] Gunzip(IEnumerable<ReadOnlyMemory<byte>> member)
    {
        using var compressed = new MemoryStream(member.SelectMany(p => p.ToArray()).ToArray());
        using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }

    [Fact]
    public void Deflated_and_stored_parts_join_into_one_member_that_reads_back_as_the_parts()
    {
        // A part longer than one stored block, an empty one, deflated parts side by side and between stored ones.
        byte[][] parts = [Text(10, 3), Text(200_000, 7), [], Text(70_000, 11), Text(5_000, 13), Text(1, 17)];
        var deflated = new[] { parts[1], parts[4], parts[5] }.ToDictionary(p => p, p => GzipMember.Deflate(p));
        var member = GzipMember.Join(parts.Select(p => (ReadOnlyMemory<byte>)p).ToList(),
            part => deflated.FirstOrDefault(d => GzipMember.IsWhole(part, d.Key)).Value);

        Assert.Equal(parts.SelectMany(p => p).ToArray(), Gunzip(member));
        // The deflated parts are copied, not compressed again: their blocks are in the member as they were made.
        Assert.All(deflated.Values, blocks => Assert.Contains(member, m => m.Span.SequenceEqual(blocks)));
        Assert.True(member.Sum(m => m.Length) < parts.Sum(p => p.Length) / 2);
    }

    [Fact]
    public void A_member_of_stored_parts_alone_and_one_of_no_bytes_read_back()
    {
        byte[][] parts = [Text(65_535, 3), Text(65_536, 5)];
        Assert.Equal(parts.SelectMany(p => p).ToArray(),
            Gunzip(GzipMember.Join(parts.Select(p => (ReadOnlyMemory<byte>)p).ToList(), _ => null)));
        Assert.Empty(Gunzip(GzipMember.Join([], _ => null)));
    }

    [Fact]
    public void Deflated_blocks_end_on_a_byte_boundary_without_a_final_block()
    {
        var blocks = GzipMember.Deflate(Text(50_000, 7));
        // A sync flush ends with an empty stored block: 00 00 FF FF after the block header's bits.
        Assert.Equal(new byte[] { 0, 0, 0xff, 0xff }, blocks[^4..]);
    }

    [Fact]
    public void A_slice_of_an_array_is_not_the_whole_of_it()
    {
        var array = Text(100, 3);
        Assert.True(GzipMember.IsWhole(array, array));
        Assert.False(GzipMember.IsWhole(array.AsMemory(1), array));
        Assert.False(GzipMember.IsWhole(array.AsMemory(0, 99), array));
        Assert.False(GzipMember.IsWhole(Text(100, 3), array));
    }
}
