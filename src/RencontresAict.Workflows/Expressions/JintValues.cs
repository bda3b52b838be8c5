using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Expressions;

/// <summary>Moves values between the workflow (CLR objects, JSON) and scripts (plain JavaScript values) through JSON.</summary>
public static class JintValues
{
    public static JsValue ToJs(Engine engine, object? value) => value switch
    {
        null => JsValue.Null,
        string or bool or int or long or double or decimal => JsValue.FromObject(engine, value),
        JsonValue json => ToJs(engine, WorkflowValues.FromJson(json)),
        _ => new JsonParser(engine).Parse(
            value is JsonNode node ? node.ToJsonString() : System.Text.Json.JsonSerializer.Serialize(value, value.GetType(), ContentJson.Options)),
    };

    public static object? FromJs(Engine engine, JsValue value)
    {
        if (value.IsNull() || value.IsUndefined())
        {
            return null;
        }

        if (value.IsString() || value.IsBoolean() || value.IsNumber())
        {
            return value.ToObject();
        }

        var json = new JsonSerializer(engine).Serialize(value);
        return json.IsString() ? JsonNode.Parse(json.AsString()) : null;
    }
}
