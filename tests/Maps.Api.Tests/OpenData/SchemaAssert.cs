using System.Text.Json;

namespace Maps.Api.Tests.OpenData;

/// <summary>
/// Checks a real answer against a schema of the OpenAPI document: types (with nullable), required members, items and
/// nested members, $ref resolved. Enough to catch a schema that no longer says what the endpoint writes.
/// </summary>
public static class SchemaAssert
{
    public static void Conforms(JsonElement document, JsonElement schema, JsonElement value, string path = "$")
    {
        schema = Resolve(document, schema);
        if (value.ValueKind == JsonValueKind.Null)
        {
            Assert.True(Nullable(document, schema), $"{path} is null, which its schema does not allow");
            return;
        }
        if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
        {
            var branches = oneOf.EnumerateArray().Select(b => Resolve(document, b)).Where(b => !IsNullOnly(b)).ToList();
            Assert.Single(branches);
            Conforms(document, branches[0], value, path);
            return;
        }
        if (!schema.TryGetProperty("type", out var type)) return;
        switch (type.GetString())
        {
            case "object":
                Assert.True(value.ValueKind == JsonValueKind.Object, $"{path} should be an object, is {value.ValueKind}");
                if (schema.TryGetProperty("required", out var required))
                    foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                        Assert.True(value.TryGetProperty(name, out _), $"{path}.{name} is required by the schema but missing");
                if (schema.TryGetProperty("properties", out var properties))
                    foreach (var member in properties.EnumerateObject())
                        if (value.TryGetProperty(member.Name, out var child)) Conforms(document, member.Value, child, $"{path}.{member.Name}");
                if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
                    foreach (var member in value.EnumerateObject()) Conforms(document, additional, member.Value, $"{path}.{member.Name}");
                break;
            case "array":
                Assert.True(value.ValueKind == JsonValueKind.Array, $"{path} should be an array, is {value.ValueKind}");
                var i = 0;
                foreach (var item in value.EnumerateArray()) Conforms(document, schema.GetProperty("items"), item, $"{path}[{i++}]");
                break;
            case "string":
                Assert.True(value.ValueKind == JsonValueKind.String, $"{path} should be a string, is {value.ValueKind}");
                break;
            case "number":
                Assert.True(value.ValueKind == JsonValueKind.Number, $"{path} should be a number, is {value.ValueKind}");
                break;
            case "integer":
                Assert.True(value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _), $"{path} should be an integer, is {value}");
                break;
            case "boolean":
                Assert.True(value.ValueKind is JsonValueKind.True or JsonValueKind.False, $"{path} should be a boolean, is {value.ValueKind}");
                break;
        }
    }

    public static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var node = document;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/')) node = node.GetProperty(part);
            schema = node;
        }
        return schema;
    }

    private static bool Nullable(JsonElement document, JsonElement schema) =>
        (schema.TryGetProperty("nullable", out var n) && n.GetBoolean())
        || (schema.TryGetProperty("oneOf", out var one) && one.EnumerateArray().Any(b => IsNullOnly(Resolve(document, b))))
        || (schema.TryGetProperty("anyOf", out var any) && any.EnumerateArray().Any(b => IsNullOnly(Resolve(document, b))))
        || !schema.TryGetProperty("type", out _) && !schema.TryGetProperty("oneOf", out _) && !schema.TryGetProperty("anyOf", out _);

    private static bool IsNullOnly(JsonElement schema) =>
        schema.TryGetProperty("enum", out var e) && e.GetArrayLength() == 1 && e[0].ValueKind == JsonValueKind.Null;
}
