using System.Text.Json.Nodes;
using Maps.Api.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Maps.Api.Languages;

/// <summary>
/// The atlas's languages (en, ru, zh) and how data carries them: a feature's <c>names</c> ({ en, ru, zh }, a language
/// left out where no source gives the name) and, for other words the build wrote in each language, <c>translations</c>
/// ({ ru: { property: value } }). An answer in a language swaps these in and falls back to English.
/// </summary>
public static class Language
{
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = ["en", "ru", "zh"];

    /// <summary>The language asked for: absent is English; anything but en, ru or zh is a 400 problem detail.</summary>
    public static bool TryParse(string? lang, out string language, out ProblemHttpResult? problem)
    {
        language = lang ?? English;
        problem = null;
        if (All.Contains(language)) return true;
        problem = Problems.BadRequest("Invalid lang", $"lang is one of {string.Join(", ", All)}; got '{Clip(lang!)}'.");
        return false;
    }

    /// <summary>A { en, ru, zh } object's text in the language, else its English, else null.</summary>
    public static string? Pick(JsonNode? texts, string language) =>
        texts is JsonObject o
            ? Text(o, language) ?? Text(o, English)
            : texts is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>
    /// A feature's properties as shown in a language: name from names, the build's translations over the English words;
    /// the translations themselves are dropped from every answer, English included (names stay: popups show them all).
    /// </summary>
    public static JsonObject Localize(JsonObject properties, string language)
    {
        var translations = properties["translations"]?[language] as JsonObject;
        properties.Remove("translations");
        if (language == English) return properties;
        if (Text(properties["names"] as JsonObject, language) is { } name) properties["name"] = name;
        foreach (var (key, value) in translations ?? [])
            if (value is not null) properties[key] = value.DeepClone();
        return properties;
    }

    private static string? Text(JsonObject? o, string key) =>
        o?[key] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;

    private static string Clip(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
