using NetTopologySuite.Geometries;

namespace Maps.Api.Storage;

/// <summary>
/// Which features of one layer a query asks for: those that intersect any of the boxes (none: anywhere), whose
/// properties equal every match, and whose dates overlap the window. Stores answer it in feature-id order, a page at a
/// time, so that paging through a million features costs one index range per page.
/// </summary>
public sealed record FeatureSelection(
    string LayerId,
    IReadOnlyList<Envelope> Bbox,
    IReadOnlyList<PropertyMatch> Properties,
    DateWindow? Dates = null)
{
    public static FeatureSelection All(string layerId) => new(layerId, [], []);
}

/// <summary>
/// A property equal to a value as written in a query string: "1435" matches the number 1435, "true" the boolean,
/// and any text the same string. Arrays and objects never match.
/// </summary>
public sealed record PropertyMatch(string Name, string Value);

/// <summary>
/// Features whose [start, end] dates (ISO 8601 calendar dates in the named properties) overlap [From, To];
/// a null bound is open. Dates compare as text, which orders ISO dates correctly.
/// </summary>
public sealed record DateWindow(string StartProperty, string EndProperty, string? From, string? To);

/// <summary>
/// A page of features in id order; HasMore says whether more follow in the direction the page was read.
/// </summary>
public sealed record FeaturePage(IReadOnlyList<FeatureRecord> Features, bool HasMore);

/// <summary>A page's feature ids in id order, as <see cref="FeaturePage"/>.</summary>
public sealed record FeatureIdPage(IReadOnlyList<string> FeatureIds, bool HasMore);

/// <summary>
/// What a selection holds, for describing a collection: how many features, their extent, the first start and last end
/// date when dates were named, and the properties that hold plain values (strings, numbers, booleans) somewhere.
/// </summary>
public sealed record FeatureSummary(
    long Count, Envelope? Extent, string? FirstDate, string? LastDate, IReadOnlyList<string> ScalarProperties);
