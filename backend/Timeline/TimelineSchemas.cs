using System.Text.Json;
using Maps.Api.Layers;

namespace Maps.Api.Timeline;

// The shape of the timeline answer, for the OpenAPI document and the frontend's generated types (see LayerSchemas).

/// <summary>
/// A map feature an event concerns: its layer and id, its name, and its geometry where it is a line or a point.
/// </summary>
public sealed record TimelineFeature(string Layer, string Id, string Name, JsonElement? Geometry = null);

/// <summary>What a source says differently (another date, another figure), with the sources that say it.</summary>
public sealed record TimelineNote(string Text, IReadOnlyList<SourceInfo> Sources);

/// <summary>
/// One event: its date as precise as it is known (day, month or year; a span as start/end), its text in the language
/// asked for, the features it concerns with the box that frames them, and its sources.
/// </summary>
public sealed record TimelineEvent(
    string Id, string Date, string Precision, int Year, string Title, string Summary,
    IReadOnlyList<TimelineFeature> Features, IReadOnlyList<double>? Bbox, IReadOnlyList<SourceInfo> Sources,
    IReadOnlyList<TimelineNote> Notes);

/// <summary>
/// The timeline in one language; translation says whether its texts are the original or the project's own translation.
/// </summary>
public sealed record TimelineAnswer(string Lang, string Translation, IReadOnlyList<TimelineEvent> Events);
