using System.Net.Http.Headers;
using System.Text;
using CsCheck;

namespace Maps.Api.Tests.Errors;

/// <summary>A request that no endpoint should accept, with how it was made (for the failure message).</summary>
public sealed record HostileRequest(string Method, string Path, string? ContentType, byte[]? Body, string Kind)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            else message.Content.Headers.ContentType = null;
            // A server refuses a body over its limit before reading it; without 100-continue the client is still
            // sending megabytes when the connection closes, and never reads the 413 (as curl and browsers do).
            if (Body.Length > 64 * 1024) message.Headers.ExpectContinue = true;
        }
        return message;
    }

    public override string ToString() =>
        $"{Kind}: {Method} {(Path.Length > 200 ? Path[..200] + "…" : Path)} [{ContentType}] {Preview()}";

    private string Preview() => Body is null ? "" : Body.Length > 160 ? $"{Body.Length} bytes" : Encoding.UTF8.GetString(Body);
}

/// <summary>
/// Generators of malformed requests for every endpoint: bad query values, bad path segments, JSON of every wrong
/// shape, wrong content types, huge and deeply nested bodies, invalid UTF-8, wrong methods. Each value is malformed by
/// construction (no generated value can be a valid one), so every answer must be a refusal.
/// </summary>
public static class HostileRequests
{
    /// <summary>Text that is no number, id, code or year the API knows.</summary>
    private static readonly Gen<string> Junk = Gen.OneOf(
        Gen.OneOf("", " ", "-", "null", "undefined", "NaN", "Infinity", "-Infinity", "1e309", "0x10", "１２", "٣",
            "<script>alert(1)</script>", "'; DROP TABLE widgets; --", "../../etc/passwd", "%", "%zz", "\u0000", "\uFFFF",
            "🛤️", "Ωmega", "a,b,c", ",,,", "[]", "{}", "true", " 4", "4 ", "+4", "4.0", "1,2,3,4,5"),
        Gen.String[Gen.Char["abcxyzXYZ!@$^*()_+=~`|<>?;:'\"-ÄΩ漢字 "], 1, 40].Where(s => s.Any(char.IsLetter)),
        // Long, but inside Kestrel's 8 KiB request line even twice over (a longer line is Kestrel's 414, tested apart).
        Gen.Int[1, 2].Select(n => new string('x', n * 1500)));

    /// <summary>Percent-encoded bytes that are not UTF-8 (or are a null), straight into a query string.</summary>
    private static readonly Gen<string> RawEncoded = Gen.OneOf("%FF", "%C3%28", "%ED%A0%80", "%F8%88%80%80%80", "%00", "%E2%82", "%C0%AF");

    private static readonly Gen<string> Value = Gen.OneOf(Junk.Select(Uri.EscapeDataString), RawEncoded);

    /// <summary>
    /// A comma-separated list of values, kept inside Kestrel's request line like every single value: five long values
    /// joined overran it, and Kestrel's own 414 (no problem detail, tested apart) failed the run for one seed in many.
    /// </summary>
    private static Gen<string> ValueList(int min, int max) =>
        Value.Array[min, max].Select(a => string.Join(',', a)).Where(list => list.Length <= 3000);

    private static readonly Gen<string> Zoom = Gen.OneOf(Value, Gen.Int[19, int.MaxValue].Select(i => i.ToString()), Gen.Int[int.MinValue, -1].Select(i => i.ToString()), Gen.Double[0.1, 18.9].Where(d => d % 1 != 0).Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

    private static readonly Gen<string> Bbox = Gen.OneOf(
        Value,
        Gen.Double[-1000, 1000].Array[0, 8].Where(a => a.Length != 4).Select(a => string.Join(',', a.Select(Number))),
        Gen.Select(Gen.Double[181, 1e6], Gen.Double[-90, 90], (x, y) => $"{Number(x)},{Number(y)},{Number(x)},{Number(y)}"),
        Gen.Select(Gen.Double[-180, 180], Gen.Double[1, 89], (x, y) => $"{Number(x)},{Number(y)},{Number(x)},{Number(-y)}"));

    private static readonly Gen<string> Year = Gen.OneOf(Value, Gen.Int[0, 999].Select(i => i.ToString()), Gen.Int[10000, int.MaxValue].Select(i => i.ToString()), Gen.Int[1800, 1900].Select(i => i.ToString()));

    private static readonly Gen<HostileRequest> Queries = Gen.OneOf(
        Gen.Select(Gen.OneOf("borders", "hubs", "railways"), Zoom, (id, z) => Get($"/api/layers/{id}?zoom={z}", "zoom")),
        Gen.Select(Gen.OneOf("borders", "summits"), Bbox, (id, b) => Get($"/api/layers/{id}?bbox={b}", "bbox")),
        Gen.Select(Gen.OneOf("land", "boundaries"), Zoom, (id, z) => Get($"/api/basemap/{id}?zoom={z}", "basemap zoom")),
        Year.Select(y => Get($"/api/trade?year={y}", "trade year")),
        Value.Select(r => Get($"/api/trade?year=2023&reporter={r}", "trade reporter")),
        Gen.OneOf(Value, ValueList(2, 4), Gen.Const("middle-corridor"),
                Gen.Const("middle-corridor,middle-corridor"), Gen.Const(string.Join(',', Enumerable.Repeat("sea-suez", 7))))
            .Select(ids => Get($"/api/routes/compare?ids={ids}", "compare ids")),
        Gen.Select(Value, Value, (from, to) => Get($"/api/routes/plan?from={from}&to={to}", "plan nodes")),
        Gen.OneOf(Value, ValueList(2, 5), Gen.Const("middle-corridor,middle-corridor"),
                Gen.Const("sea-suez,middle-corridor,northern-corridor,cku-railway,cku-to-europe"))
            .Select(ids => Get($"/brief?routes={ids}&lang=en", "brief routes")),
        Value.Select(l => Get($"/brief?routes=middle-corridor&lang={l}", "brief lang")),
        // An empty list (",", " ") avoids nothing, which is a valid plan; every other value names no country.
        Value.Where(a => Uri.UnescapeDataString(a).Split(',').Any(x => x.Trim().Length > 0))
            .Select(a => Get($"/api/routes/plan?from=xian&to=istanbul&avoid={a}", "plan avoid")),
        Gen.OneOf("USA", "XXX", "RUS,XXX", "rus").Select(a => Get($"/api/routes/plan?from=xian&to=istanbul&avoid={a}", "plan avoid code")),
        Value.Select(b => Get($"/api/routes/plan?from=xian&to=istanbul&by={b}", "plan by")),
        Value.Select(u => Get($"/oembed?url={u}", "oembed url")),
        Gen.OneOf("xml", "XML", "yaml", "jsonp").Select(f => Get($"/oembed?url=http%3A%2F%2F127.0.0.1%2Fembed%2Fabcdefghij&format={f}", "oembed format")),
        Value.Select(w => Get($"/oembed?url=http%3A%2F%2F127.0.0.1%2Fembed%2Fabcdefghij&maxwidth={w}", "oembed maxwidth")));

    /// <summary>Path segments: escaped so that the request line stays valid (a raw null is Kestrel's, tested apart).</summary>
    private static readonly Gen<HostileRequest> Paths = Gen.Select(
        Gen.OneOf("/api/layers/", "/api/basemap/", "/api/widgets/", "/embed/", "/api/routes/", "/api/trade/", "/api/", "/api/layers/borders/"),
        Junk.Where(j => j.Trim().Length > 0 && j != "\u0000").Select(j => Uri.EscapeDataString(j)),
        (prefix, segment) => Get(prefix + segment, "path segment"));

    /// <summary>JSON values of any shape (not one of them a widget or a route).</summary>
    private static Gen<string> Json(int depth) => depth == 0
        ? Gen.OneOf(Gen.OneOf("null", "true", "false", "0", "-1", "1e400", "\"\"", "[]", "{}"), Junk.Select(JsonString))
        : Gen.OneOf(
            Json(depth - 1),
            Json(depth - 1).Array[0, 4].Select(items => $"[{string.Join(',', items)}]"),
            Gen.Select(Gen.OneOf("type", "title", "layers", "geometry", "coordinates", "properties", "mode", "center", "zoom", "x"), Json(depth - 1))
                .Array[0, 4].Select(members => "{" + string.Join(',', members.Select(m => $"\"{m.Item1}\":{m.Item2}")) + "}"));

    private static readonly Gen<string> WrongWidget = Gen.OneOf(
        Json(3),
        // No layer id below is one the atlas has, so each of these is refused whatever else it holds.
        Gen.Select(Json(1), Json(1), Json(1), (title, layers, center) =>
            $"{{\"title\":{title},\"layers\":{layers},\"center\":{center},\"zoom\":4,\"basemap\":\"offline\"}}"),
        Gen.OneOf(Json(1).Where(z => z != "0"), Gen.OneOf("4.5", "-1", "19", "1e20", "\"4\"")).Select(zoom =>
            $"{{\"title\":\"t\",\"layers\":[\"hubs\"],\"center\":[44,80],\"zoom\":{zoom}}}"),
        Gen.Int[1, 5000].Select(n => $"{{\"title\":\"t\",\"layers\":[{string.Join(',', Enumerable.Range(0, n).Select(i => $"\"l{i}\""))}],\"center\":[44,80],\"zoom\":4}}"),
        Gen.OneOf(Json(1).Where(c => !IsCenter(c)), Gen.OneOf("[91,0]", "[0,181]", "[1,2,3]", "[\"a\",\"b\"]", "[1e400,0]")).Select(center =>
            $"{{\"title\":\"t\",\"layers\":[\"hubs\"],\"center\":{center},\"zoom\":4}}"));

    private static readonly Gen<string> WrongRoute = Gen.OneOf(
        Json(3),
        Json(2).Select(mode => $"{{\"type\":\"Feature\",\"properties\":{{\"mode\":{mode}}},\"geometry\":{{\"type\":\"LineString\",\"coordinates\":[[70,40],[71,41]]}}}}"),
        Json(2).Select(geometry => $"{{\"type\":\"Feature\",\"properties\":{{}},\"geometry\":{geometry}}}"),
        Json(2).Select(coordinates => $"{{\"type\":\"LineString\",\"coordinates\":{coordinates}}}"),
        Gen.OneOf("[[200,0],[0,0]]", "[[0,95],[0,0]]", "[[1,1],[1,1]]", "[[1e400,0],[0,0]]", "[[0,0,0,0],[1,1]]", "[[0],[1,1]]")
            .Select(c => $"{{\"type\":\"LineString\",\"coordinates\":{c}}}"),
        Gen.Int[10_001, 12_000].Select(n => $"{{\"type\":\"LineString\",\"coordinates\":[{string.Join(',', Enumerable.Range(0, n).Select(i => $"[{i % 90},{i % 45}]"))}]}}"));

    /// <summary>Bodies that are not even JSON: cut short, nested past any limit, too large, not UTF-8.</summary>
    private static readonly Gen<byte[]> Broken = Gen.OneOf(
        Gen.OneOf("", " ", "{", "[", "{\"title\":", "{\"title\":\"t\",}", "// comment\n{}", "{'title':'t'}", "\"unterminated", "NaN")
            .Select(Encoding.UTF8.GetBytes),
        Gen.Int[65, 20_000].Select(n => Encoding.UTF8.GetBytes(new string('[', n) + new string(']', n))),
        Gen.Int[65, 5_000].Select(n => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", n)) + "1" + new string('}', n))),
        Gen.Int[1, 3].Select(n => Encoding.UTF8.GetBytes("{\"title\":\"" + new string('x', n * 1024 * 1024) + "\"}")),
        Gen.OneOf<byte[]>([0x7B, 0x22, 0x74, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0x22, 0x7D], [0xC3, 0x28], [0xEF, 0xBB, 0xBF, 0xFF], [0x00, 0x00, 0x00]));

    private static readonly Gen<string?> JsonType = Gen.OneOf<string?>("application/json", "application/geo+json", "application/json; charset=utf-8");

    private static readonly Gen<string?> WrongType = Gen.OneOf<string?>(null, "text/plain", "application/xml", "multipart/form-data; boundary=x",
        "application/x-www-form-urlencoded", "image/png", "!!!", "text/json");

    private static readonly Gen<HostileRequest> Bodies = Gen.OneOf(
        Gen.Select(WrongWidget, JsonType, (b, t) => Post("/api/widgets", t, Encoding.UTF8.GetBytes(b), "widget of the wrong shape")),
        Gen.Select(WrongRoute, JsonType, (b, t) => Post("/api/routes/metrics", t, Encoding.UTF8.GetBytes(b), "route of the wrong shape")),
        Gen.Select(Gen.OneOf("/api/widgets", "/api/routes/metrics"), Broken, JsonType, (p, b, t) => Post(p, t, b, "broken body")),
        Gen.Select(Gen.OneOf("/api/widgets", "/api/routes/metrics"), WrongType, (p, t) =>
            Post(p, t, Encoding.UTF8.GetBytes("{\"title\":\"t\",\"layers\":[\"hubs\"],\"center\":[44,80],\"zoom\":4}"), "wrong content type")));

    private static readonly Gen<HostileRequest> Methods = Gen.Select(
        Gen.OneOf("PUT", "DELETE", "PATCH", "POST"),
        Gen.OneOf("/api/layers", "/api/layers/borders", "/api/trade?year=2023", "/api/routes", "/api/routes/compare?ids=a,b", "/healthz", "/oembed"),
        (method, path) => new HostileRequest(method, path, "application/json", Encoding.UTF8.GetBytes("{}"), "wrong method"));

    public static readonly Gen<HostileRequest> Any = Gen.Frequency((4, Queries), (2, Paths), (5, Bodies), (1, Methods));

    private static HostileRequest Get(string path, string kind) => new("GET", path, null, null, kind);

    private static HostileRequest Post(string path, string? type, byte[] body, string kind) => new("POST", path, type, body, kind);

    /// <summary>Two numbers a map centre can be: the one JSON value the centre generator must not make.</summary>
    private static bool IsCenter(string json)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var e = doc.RootElement;
        return e.ValueKind == System.Text.Json.JsonValueKind.Array && e.GetArrayLength() == 2
            && e.EnumerateArray().All(v => v.ValueKind == System.Text.Json.JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d) && Math.Abs(d) <= 180);
    }

    private static string JsonString(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static string Number(double d) => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
