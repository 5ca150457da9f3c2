using Maps.Api.Layers;

namespace Maps.Api.Tests.Layers;

public class LayerQueryTests
{
    [Theory]
    [InlineData("-1")]
    [InlineData("19")]
    [InlineData("4.5")]
    [InlineData("four")]
    [InlineData("")]
    [InlineData(" 4")]
    public void Zoom_outside_0_to_18_or_not_whole_is_rejected(string zoom)
    {
        Assert.False(LayerQuery.TryParse(zoom, null, out _, out var error));
        Assert.Contains("zoom", error);
    }

    [Theory]
    [InlineData("60,35,80")]
    [InlineData("60,35,80,45,1")]
    [InlineData("a,35,80,45")]
    [InlineData("60,NaN,80,45")]
    [InlineData("60,35,Infinity,45")]
    [InlineData("60,35,200,45")]
    [InlineData("60,-95,80,45")]
    [InlineData("60,45,80,35")]
    [InlineData("")]
    public void Malformed_bbox_is_rejected(string bbox)
    {
        Assert.False(LayerQuery.TryParse(null, bbox, out _, out var error));
        Assert.Contains("bbox", error);
    }

    [Fact]
    public void A_valid_query_parses()
    {
        Assert.True(LayerQuery.TryParse("4", "60.5,35,80,45.25", out var query, out _));
        Assert.Equal(4, query.Zoom);
        var box = Assert.Single(query.Bbox!);
        Assert.Equal((60.5, 35, 80, 45.25), (box.MinX, box.MinY, box.MaxX, box.MaxY));
    }

    [Fact]
    public void A_bbox_across_the_antimeridian_becomes_two_envelopes()
    {
        Assert.True(LayerQuery.TryParse(null, "170,60,-170,70", out var query, out _));
        Assert.Equal(2, query.Bbox!.Count);
        Assert.Equal((170.0, 180.0), (query.Bbox[0].MinX, query.Bbox[0].MaxX));
        Assert.Equal((-180.0, -170.0), (query.Bbox[1].MinX, query.Bbox[1].MaxX));
    }
}
