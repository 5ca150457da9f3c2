using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Maps.Api.Ogc;

/// <summary>
/// A gzip member (RFC 1952) put together from parts, some deflated once beforehand: DEFLATE blocks may follow one
/// another whatever compressed them, so a part deflated at seed time and ended on a byte boundary (a sync flush, no
/// final block) is copied as it is, and the bytes between (commas, a page's counts and links) go in stored blocks. An
/// items page is then gzip at the smallest level for the cost of a copy and a CRC, where compressing its megabytes per
/// request took the cores.
/// </summary>
public static class GzipMember
{
    /// <summary>Deflate, modification time 0, no flags, unknown system.</summary>
    private static readonly byte[] Header = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];

    /// <summary>An empty stored block marked final (RFC 1951 §3.2.4).</summary>
    private static readonly byte[] FinalBlock = [1, 0, 0, 0xff, 0xff];

    /// <summary>
    /// DEFLATE blocks for <paramref name="data"/> at the smallest size, ending on a byte boundary, with no final
    /// block.
    /// </summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream();
        using var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        deflate.Write(data);
        // A sync flush: what is written so far ends on a byte boundary; disposing would add the final block.
        deflate.Flush();
        return output.ToArray();
    }

    /// <summary>
    /// The member for the parts in order; <paramref name="deflated"/> gives a part's blocks made by
    /// <see cref="Deflate"/>, or null for a part to be stored as it is.
    /// </summary>
    public static List<ReadOnlyMemory<byte>> Join(
        IReadOnlyList<ReadOnlyMemory<byte>> parts, Func<ReadOnlyMemory<byte>, byte[]?> deflated)
    {
        var crc = new Crc32();
        var length = 0L;
        var member = new List<ReadOnlyMemory<byte>>(parts.Count + 3) { Header };
        foreach (var part in parts)
        {
            crc.Append(part.Span);
            length += part.Length;
            if (deflated(part) is { } blocks) member.Add(blocks);
            else AddStored(member, part);
        }
        member.Add(FinalBlock);
        var trailer = new byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, crc.GetCurrentHashAsUInt32());
        BinaryPrimitives.WriteUInt32LittleEndian(trailer.AsSpan(4), unchecked((uint)length));
        member.Add(trailer);
        return member;
    }

    /// <summary>Whether a part is the whole of <paramref name="array"/> (as a prepared feature is added).</summary>
    public static bool IsWhole(ReadOnlyMemory<byte> part, byte[] array) =>
        MemoryMarshal.TryGetArray(part, out var segment) && segment.Array == array && segment.Offset == 0
        && segment.Count == array.Length;

    /// <summary>Stored blocks of at most 65,535 bytes: a header each, the bytes themselves not copied.</summary>
    private static void AddStored(List<ReadOnlyMemory<byte>> member, ReadOnlyMemory<byte> raw)
    {
        for (var at = 0; at < raw.Length; at += ushort.MaxValue)
        {
            var count = (ushort)Math.Min(ushort.MaxValue, raw.Length - at);
            var header = new byte[5];
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(1), count);
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(3), (ushort)~count);
            member.Add(header);
            member.Add(raw.Slice(at, count));
        }
    }
}
