using System.Text.Json.Nodes;

namespace Maps.Api.Routes;

/// <summary>
/// CO2e per TEU on one basis for every mode: well-to-wheel (ISO 14083, GLEC Framework) intensities, each a range where
/// traction or vessel size varies, over the route's lengths (published where known), at the stated tonnes per TEU.
/// </summary>
public static class RouteCo2
{
    public const string Basis = "well-to-wheel CO2e (ISO 14083 / GLEC Framework), kg per TEU";

    /// <summary>
    /// Sea legs on ferries (the Caspian crossings) use the ro-pax factor; other sea legs the container-ship one.
    /// </summary>
    public static string FactorKey(RouteLeg leg) =>
        leg.Mode == "sea" && leg.Segment?.Vessel == "ferry" ? "ferry" : leg.Mode;

    public static JsonObject Of(IReadOnlyList<RouteSection> sections, JsonObject factors)
    {
        var tonnes = factors["tonnesPerTeu"]?["value"]?.GetValue<double>() ?? 10;
        var byFactor = sections.GroupBy(s => FactorKey(s.Leg)).ToDictionary(g => g.Key, g => g.Sum(s => s.LengthKm));
        double min = 0, max = 0;
        var used = new JsonObject();
        foreach (var (key, km) in byFactor.Where(f => f.Value > 0))
        {
            if (factors["co2eKg"]?[key] is not JsonObject factor) continue;
            // Container-ship intensities are published per TEU-km already; the others per tonne-km.
            var perTeu = factor["per"]?.GetValue<string>() == "TEU-km" ? 1 : tonnes;
            var low = factor["min"]!.GetValue<double>() * perTeu;
            var high = factor["max"]!.GetValue<double>() * perTeu;
            min += km * low;
            max += km * high;
            used[key] = new JsonObject
            {
                ["km"] = Math.Round(km), ["minKgPerTeuKm"] = Math.Round(low, 4),
                ["maxKgPerTeuKm"] = Math.Round(high, 4),
                ["basis"] = factor["basis"]?.DeepClone(), ["sources"] = factor["sources"]?.DeepClone(),
            };
        }
        return new JsonObject
        {
            ["min"] = Math.Round(min), ["max"] = Math.Round(max), ["basis"] = Basis,
            ["tonnesPerTeu"] = factors["tonnesPerTeu"]?.DeepClone(),
            ["byMode"] = used,
        };
    }
}
