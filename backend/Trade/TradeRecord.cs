namespace Maps.Api.Trade;

/// <summary>
/// One year of merchandise trade between China and one Central Asian state, as one side reports it, in USD bn.
/// Exports and imports are the reporter's own: China's when Reporter is "china", the partner's otherwise.
/// </summary>
public sealed record TradeRecord(
    int Year, string Iso3, string Reporter, double Total, double? Exports, double? Imports,
    bool Derived, string? Note, string SourcesJson);

public static class TradePartners
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["KAZ"] = "Kazakhstan", ["KGZ"] = "Kyrgyzstan", ["TJK"] = "Tajikistan", ["TKM"] = "Turkmenistan",
        ["UZB"] = "Uzbekistan",
    };

    public static readonly string[] Reporters = ["china", "partner"];
}
