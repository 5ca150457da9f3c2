using System.Globalization;

namespace Maps.Api.Storage;

/// <summary>
/// A version of geodata/ as the store keeps it: "{release}.{content}". The release is the whole number "release" in
/// geodata/layers.json, raised by hand with every change of data meant for a deploy; the content is a hash of every
/// file read (see <see cref="Geodata"/>). Releases order versions, so seeding only moves forward: a store holding a
/// higher release is never overwritten by an instance that ships a lower one. The same release with other content
/// replaces what an instance's own store holds (an edit on one machine shows at its next start), but not what a store
/// shared by several instances holds: there, two builds that forgot to raise the release would each seed over the
/// other at every restart. A version stored before releases existed (a bare hash) counts as release 0.
/// </summary>
public readonly record struct DataVersion(long Release, string Content)
{
    public static DataVersion Parse(string stored)
    {
        var dot = stored.IndexOf('.');
        return dot > 0 && long.TryParse(stored.AsSpan(0, dot), NumberStyles.None, null, out var release)
            ? new DataVersion(release, stored[(dot + 1)..])
            : new DataVersion(0, stored);
    }

    /// <summary>
    /// What an instance shipping <paramref name="ours"/> does to a store holding <paramref name="stored"/>;
    /// <paramref name="shared"/>: the store serves several instances (PostgreSQL), not this one alone (SQLite).
    /// </summary>
    public static SeedOutcome Decide(string? stored, string ours, bool shared)
    {
        if (stored is null) return SeedOutcome.Seeded;
        if (stored == ours) return SeedOutcome.Current;
        var (storedRelease, ourRelease) = (Parse(stored).Release, Parse(ours).Release);
        if (storedRelease > ourRelease) return SeedOutcome.StoreIsNewer;
        return storedRelease == ourRelease && shared ? SeedOutcome.SameReleaseDiffers : SeedOutcome.Seeded;
    }

    public override string ToString() => $"{Release}.{Content}";
}

/// <summary>
/// What seeding did: wrote this version, found it there already, left a newer release in place, or left other data of
/// the same release in place in a shared store.
/// </summary>
public enum SeedOutcome
{
    Seeded,
    Current,
    StoreIsNewer,
    SameReleaseDiffers,
}
