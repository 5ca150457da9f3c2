using System.Text.Json.Serialization;
using Maps.Api.Languages;

namespace Maps.Api.Widgets;

/// <summary>A map widget as an educator configures it: what it shows, where, and the words around it.</summary>
public sealed record WidgetConfig
{
    // JSON may send null for any of these; null reads as "not given", so validation sees a value and names the field.
    public string Title { get; init => field = value ?? ""; } = "";
    public string Caption { get; init => field = value ?? ""; } = "";
    public string[] Layers { get; init => field = value ?? []; } = [];
    public int? Year { get; init; }
    /// <summary>[latitude, longitude], as Leaflet has it.</summary>
    public double[] Center { get; init => field = value ?? []; } = [];
    public int Zoom { get; init; }
    public string Basemap { get; init => field = value ?? "offline"; } = "offline";
    /// <summary>
    /// "map" (the default, and what every widget saved before tours existed is) or "tour": the guided tour.
    /// </summary>
    public string Type { get; init => field = value ?? "map"; } = "map";
    /// <summary>
    /// The widget's language (en, ru or zh); absent, the reader's browser chooses, as widgets saved before did.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Lang { get; init; }

    public const int MaxTitle = 120;
    public const int MaxCaption = 500;

    [JsonIgnore]
    public double Latitude => Center.Length == 2 ? Center[0] : double.NaN;

    [JsonIgnore]
    public double Longitude => Center.Length == 2 ? Center[1] : double.NaN;

    /// <summary>Every problem at once, by field, as RFC 9457 validation problems list them.</summary>
    public Dictionary<string, string[]> Validate(
        IReadOnlySet<string> knownLayers, IReadOnlySet<int> years, bool onlineTiles)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message) =>
            (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        if (string.IsNullOrWhiteSpace(Title))
            Add("title", "A widget needs a title (it is the iframe's title for screen readers).");
        if (Title.Length > MaxTitle) Add("title", $"At most {MaxTitle} characters; this one has {Title.Length}.");
        if (Caption.Length > MaxCaption)
            Add("caption", $"At most {MaxCaption} characters; this one has {Caption.Length}.");
        foreach (var (field, text) in new[] { ("title", Title), ("caption", Caption) })
            if (text.Any(c => char.IsControl(c) && c is not '\n'))
                Add(field, "Plain text only: no control characters.");
        if (Type is not ("map" or "tour")) Add("type", $"type is 'map' or 'tour'; got '{Clip(Type)}'.");
        // A tour sets the layers of each of its steps itself.
        if (Layers.Length == 0 && Type != "tour") Add("layers", "Choose at least one layer.");
        // One message for all unknown ids, naming a few: the answer stays small however long the list sent.
        var unknown = Layers.Where(l => !knownLayers.Contains(l)).Distinct().ToList();
        if (unknown.Count > 0)
            Add("layers", $"Unknown layer{(unknown.Count > 1 ? "s" : "")} " +
                string.Join(", ", unknown.Take(3).Select(l => $"'{Clip(l)}'"))
                + (unknown.Count > 3 ? $" and {unknown.Count - 3} more" : "")
                + $". Layers: {string.Join(", ", knownLayers.Order())}.");
        if (Layers.Distinct().Count() != Layers.Length) Add("layers", "Each layer may appear once.");
        if (Year is { } y && !years.Contains(y))
            Add("year", $"No trade data for {y}. Years: {string.Join(", ", years.Order())}.");
        if (Layers.Contains("trade") && Year is null) Add("year", "The trade layer needs a year.");
        if (Center.Length != 2) Add("center", "center is [latitude, longitude].");
        else
        {
            if (!double.IsFinite(Latitude) || Latitude is < -90 or > 90)
                Add("center", "Latitude must lie within -90..90.");
            if (!double.IsFinite(Longitude) || Longitude is < -180 or > 180)
                Add("center", "Longitude must lie within -180..180.");
        }
        if (Zoom is < 0 or > 18) Add("zoom", "zoom is a whole number from 0 to 18.");
        if (Basemap is not ("offline" or "osm")) Add("basemap", "basemap is 'offline' or 'osm'.");
        else if (Basemap == "osm" && !onlineTiles)
            Add("basemap", "Online tiles are not configured on this server; use 'offline'.");
        if (Lang is not null && !Language.All.Contains(Lang))
            Add("lang", $"lang is one of {string.Join(", ", Language.All)}, or absent.");
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
