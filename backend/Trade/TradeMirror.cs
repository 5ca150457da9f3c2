using System.Text.Json.Nodes;

namespace Maps.Api.Trade;

/// <summary>
/// Mirror statistics: where China's customs and the partner both report a year, the gap between the two totals
/// (China's minus the partner's, and as a share of the partner's), beside the reasons sources give for it.
/// The gap is computed from the two sourced values and nothing else.
/// </summary>
public static class TradeMirror
{
    public static JsonArray All(IReadOnlyList<TradeRecord> all, JsonArray reasons) =>
        new(all.Where(r => r.Reporter == "china")
            .OrderBy(r => r.Iso3, StringComparer.Ordinal).ThenBy(r => r.Year)
            .Select(china => For(all, china.Iso3, china.Year, reasons))
            .Where(m => m is not null)
            .ToArray<JsonNode?>());

    /// <summary>The gap for one partner and year, or null unless both sides report it.</summary>
    public static JsonObject? For(IReadOnlyList<TradeRecord> all, string iso3, int year, JsonArray reasons)
    {
        var china = all.SingleOrDefault(r => r.Reporter == "china" && r.Iso3 == iso3 && r.Year == year);
        var partner = all.SingleOrDefault(r => r.Reporter == "partner" && r.Iso3 == iso3 && r.Year == year);
        if (china is null || partner is null) return null;
        var chinaUsd = TradeData.Usd(china.Total)!.Value;
        var partnerUsd = TradeData.Usd(partner.Total)!.Value;
        var gap = chinaUsd - partnerUsd;
        return new JsonObject
        {
            ["iso3"] = iso3,
            ["name"] = TradePartners.Names[iso3],
            ["year"] = year,
            ["china"] = chinaUsd,
            ["partner"] = partnerUsd,
            ["gap"] = gap,
            ["gapPercentOfPartner"] = Math.Round((double)gap / partnerUsd * 100, 1),
            ["chinaSources"] = JsonNode.Parse(china.SourcesJson),
            ["partnerSources"] = JsonNode.Parse(partner.SourcesJson),
            ["reasons"] = new JsonArray(reasons.Where(r => r?["iso3"]?.GetValue<string>() == iso3)
                .Select(r => r!.DeepClone()).ToArray()),
        };
    }
}
