using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace RencontresAict.Workflows.Expressions;

/// <summary>The request as templates and scripts read it: form and query values as text (or lists of text when repeated).</summary>
public static class RequestValues
{
    public static async Task<Dictionary<string, object?>> FormAsync(HttpContext? http)
    {
        if (http?.Request is not { HasFormContentType: true } request)
        {
            return new(StringComparer.OrdinalIgnoreCase);
        }

        var form = await request.ReadFormAsync();
        return form.ToDictionary(p => p.Key, p => ToValue(p.Value), StringComparer.OrdinalIgnoreCase);
    }

    public static Dictionary<string, object?> Query(HttpContext? http) =>
        http?.Request.Query.ToDictionary(p => p.Key, p => ToValue(p.Value), StringComparer.OrdinalIgnoreCase)
        ?? new(StringComparer.OrdinalIgnoreCase);

    public static async Task<Dictionary<string, object?>> ModelAsync(HttpContext? http) => new(StringComparer.Ordinal)
    {
        ["Form"] = await FormAsync(http),
        ["Query"] = Query(http),
        ["Method"] = http?.Request.Method,
        ["Path"] = http?.Request.Path.Value,
        ["Host"] = http?.Request.Host.Value,
        ["Scheme"] = http?.Request.Scheme,
    };

    private static object? ToValue(StringValues values) => values.Count switch
    {
        0 => null,
        1 => values[0],
        _ => values.ToArray(),
    };
}
