using System.Text.Json;
using Maps.Api.Storage;
using NetTopologySuite.Geometries;

namespace Maps.Api.Tests.Storage;

/// <summary>The disputed areas say who administers and who claims them, and whose line the map follows: checked against the borders.</summary>
public sealed class DisputedAreasTests
{
    private static readonly GeodataSnapshot Snapshot = ShippedGeodata.Load(Path.Combine(AppContext.BaseDirectory, "geodata"));
    private static readonly Dictionary<string, string> Iso3 = new() { ["Russia"] = "RUS", ["China"] = "CHN", ["Pakistan"] = "PAK", ["Georgia"] = "GEO" };

    private static Dictionary<string, (JsonElement Properties, Geometry Geometry)> Areas() =>
        Snapshot.Features.Where(f => f.LayerId == "disputed")
            .ToDictionary(f => f.FeatureId, f => (JsonDocument.Parse(f.PropertiesJson).RootElement, f.Geometry));

    [Theory]
    [InlineData("crimea", "Russia", "Ukraine", "Russia", "administration")]
    [InlineData("aksai-chin", "China", "India", "China", "administration")]
    [InlineData("shaksgam", "China", "India", "China", "administration")]
    [InlineData("gilgit-baltistan", "Pakistan", "India", "Pakistan", "administration")]
    [InlineData("abkhazia", "Self-administered", "Georgia", "Georgia", "claim")]
    [InlineData("south-ossetia", "Self-administered", "Georgia", "Georgia", "claim")]
    public void An_area_names_its_claimants_and_the_country_the_map_puts_it_in(string id, string administeredBy, string claimant, string drawnAs, string lineFollows)
    {
        var (properties, geometry) = Areas()[id];
        Assert.Equal(administeredBy, properties.GetProperty("administeredBy").GetString());
        Assert.Contains(claimant, properties.GetProperty("claimedBy").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(drawnAs, properties.GetProperty("drawnAs").GetString());
        Assert.Equal(lineFollows, properties.GetProperty("lineFollows").GetString());
        Assert.Contains(drawnAs, properties.GetProperty("boundaryNote").GetString());

        // What the data says about the map is true of the map: the borders layer draws the area inside that country.
        var country = Snapshot.Features.Single(f => f.LayerId == "borders" && f.FeatureId == Iso3[drawnAs]).Geometry;
        Assert.True(country.Contains(geometry.InteriorPoint), $"{id} lies inside {drawnAs} on the borders layer");
    }

    [Fact]
    public void Every_area_has_a_claimant_a_kind_and_a_note_on_the_line()
    {
        var areas = Areas();
        Assert.NotEmpty(areas);
        foreach (var (id, (properties, geometry)) in areas)
        {
            Assert.NotEmpty(properties.GetProperty("claimedBy").EnumerateArray());
            Assert.Contains(properties.GetProperty("kind").GetString(), new[] { "disputed", "breakaway", "indeterminate" });
            Assert.Contains(properties.GetProperty("lineFollows").GetString(), new[] { "administration", "claim", "neither" });
            Assert.False(string.IsNullOrWhiteSpace(properties.GetProperty("boundaryNote").GetString()), id);
            Assert.True(geometry.Area > 0, id);
        }
    }
}
