using Maps.Api.Storage;

namespace Maps.Api.Tests.Storage;

public sealed class DataVersionTests
{
    [Theory]
    [InlineData("3.ab12", 3, "ab12")]
    [InlineData("12.ab.cd", 12, "ab.cd")]
    // Stored before releases existed: a bare hash, release 0.
    [InlineData("0f3a9c2b1d4e5f60", 0, "0f3a9c2b1d4e5f60")]
    [InlineData("-1.x", 0, "-1.x")]
    public void Parses_release_and_content(string stored, long release, string content) =>
        Assert.Equal(new DataVersion(release, content), DataVersion.Parse(stored));

    [Theory]
    [InlineData(null, "1.a", false, SeedOutcome.Seeded)]
    [InlineData("1.a", "1.a", false, SeedOutcome.Current)]
    [InlineData("1.a", "2.b", true, SeedOutcome.Seeded)]
    [InlineData("0f3a9c2b1d4e5f60", "1.a", true, SeedOutcome.Seeded)]
    [InlineData("1.a", "1.b", false, SeedOutcome.Seeded)]
    [InlineData("1.a", "1.b", true, SeedOutcome.SameReleaseDiffers)]
    [InlineData("2.b", "1.a", false, SeedOutcome.StoreIsNewer)]
    [InlineData("10.b", "9.a", true, SeedOutcome.StoreIsNewer)]
    public void Seeding_only_moves_forward(string? stored, string ours, bool shared, SeedOutcome expected) =>
        Assert.Equal(expected, DataVersion.Decide(stored, ours, shared));

    [Fact]
    public void The_shipped_geodata_names_its_release()
    {
        var version = ShippedGeodata.Load(Path.Combine(AppContext.BaseDirectory, "geodata")).Version;
        Assert.Matches(@"^[1-9][0-9]*\.[0-9a-f]{16}$", version);
    }
}
