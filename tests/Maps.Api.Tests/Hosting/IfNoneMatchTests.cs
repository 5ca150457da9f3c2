using Maps.Api.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Maps.Api.Tests.Hosting;

public sealed class IfNoneMatchTests
{
    private static readonly EntityTagHeaderValue Strong = new("\"abc\"");
    private static readonly EntityTagHeaderValue Weak = new("\"abc\"", isWeak: true);

    private static HttpRequest Request(StringValues ifNoneMatch)
    {
        var context = new DefaultHttpContext();
        if (!StringValues.IsNullOrEmpty(ifNoneMatch)) context.Request.Headers.IfNoneMatch = ifNoneMatch;
        return context.Request;
    }

    // Weak comparison (RFC 9110 §13.1.2): the opaque values are compared, W/ on either side ignored.
    [Theory]
    [InlineData("\"abc\"", false)]
    [InlineData("W/\"abc\"", false)]
    [InlineData("\"abc\"", true)]
    [InlineData("W/\"abc\"", true)]
    [InlineData("\"other\", W/\"abc\"", false)]
    [InlineData("  \"other\" ,W/\"abc\"  ,  \"more\" ", true)]
    [InlineData("*", false)]
    [InlineData(" * ", true)]
    // The framework's parser takes a lower-case w/ and space after the slash: the tag is still unambiguous.
    [InlineData("w/\"abc\"", false)]
    [InlineData("W/ \"abc\"", false)]
    public void A_tag_with_the_same_opaque_value_or_a_star_holds(string header, bool currentIsWeak)
    {
        Assert.True(IfNoneMatch.Holds(Request(header), currentIsWeak ? Weak : Strong));
    }

    [Theory]
    [InlineData("\"abd\"")]
    [InlineData("\"ABC\"")]
    [InlineData("\"abc-br\"")]
    [InlineData("W/\"ab\", \"abcd\"")]
    [InlineData("")]
    public void Any_other_tag_or_no_header_holds_nothing(string header)
    {
        Assert.False(IfNoneMatch.Holds(Request(header), Strong));
        Assert.False(IfNoneMatch.Holds(Request(header), Weak));
    }

    // A malformed header is the client's bug: it gets the full answer, never a 304 by accident and never a 500.
    [Theory]
    [InlineData("abc")]
    [InlineData("\"abc")]
    [InlineData("x\"abc\"")]
    [InlineData("\"abc\" garbage")]
    [InlineData("\"abc\", garbage")]
    [InlineData("\"abc\"\"")]
    public void A_malformed_header_holds_nothing(string header)
    {
        Assert.False(IfNoneMatch.Holds(Request(header), Strong));
    }

    [Fact]
    public void Tags_on_several_header_lines_are_one_list()
    {
        Assert.True(IfNoneMatch.Holds(Request(new StringValues(["\"other\"", "W/\"abc\""])), Strong));
        Assert.True(IfNoneMatch.Holds(Request(new StringValues(["\"other\", \"more\"", "\"abc\""])), Strong));
        Assert.False(IfNoneMatch.Holds(Request(new StringValues(["\"other\"", "\"more\""])), Strong));
    }

    // Each encoding of an encoded body is its own representation with its own tag; a client holding any of them
    // holds the same content, so each revalidates whatever encoding this request would get.
    [Fact]
    public void Any_encoding_of_an_encoded_body_holds_it()
    {
        var body = EncodedBody.Create("{\"type\":\"FeatureCollection\",\"features\":[]}"u8.ToArray());
        foreach (var tag in new[] { body.PlainETag, body.GzipETag, body.BrotliETag, $"W/\"{body.Hash}-br\"" })
            Assert.True(IfNoneMatch.Holds(Request(tag), body.ETags), tag);
        Assert.False(IfNoneMatch.Holds(Request($"\"{body.Hash}-zz\""), body.ETags));
        Assert.False(IfNoneMatch.Holds(Request($"\"{body.Hash}\""), EncodedBody.Create([1, 2, 3]).ETags));
    }

}
