using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Microsoft.Extensions.Configuration;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.Recipes.Scripting;

/// <summary>
/// Evaluates a recipe's scripted values, one instance (and one Jint engine) per execution. Only a whole string of the
/// form <c>[prefix: script]</c> is a script (<c>"Hello [js: 1]"</c> stays text); its result is stringified and evaluated
/// again while it is itself such an expression. JavaScript sees <c>uuid()</c>, <c>variables(name)</c> (evaluated on
/// first use, then cached for the whole execution), <c>parameters(key)</c>, <c>configuration(key, default)</c> and the
/// decoders <c>base64(s)</c>, <c>html(s)</c>, <c>gzip(s)</c>, <c>getUrlPrefix(path)</c> (the site-relative URL of a path:
/// this site has no tenant prefix), and the functions modules add (<see cref="IRecipeScriptFunctions"/>). Each
/// evaluation is limited in time and memory.
/// </summary>
public sealed class RecipeScriptEvaluator : IDisposable
{
    private const long MemoryLimitBytes = 64L * 1024 * 1024;

    /// <summary>Far beyond what a recipe's one-line scripts need; an endless loop reaches it in milliseconds.</summary>
    private const int MaxStatements = 1_000_000;
    private const int MaxReevaluations = 32;

    private readonly IdGenerator _ids;
    private readonly IConfiguration _configuration;
    private readonly IReadOnlyDictionary<string, string?> _parameters;
    private readonly JsonObject _variables;
    private readonly RecipeFileScripts _files;
    private readonly TimeSpan _timeout;
    private readonly IReadOnlyList<IRecipeScriptFunctions> _functions;
    private readonly Dictionary<string, string> _resolvedVariables = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolvingVariables = new(StringComparer.Ordinal);
    private Engine? _engine;

    public RecipeScriptEvaluator(
        IdGenerator ids,
        IConfiguration configuration,
        IReadOnlyDictionary<string, string?> parameters,
        JsonObject variables,
        string recipeFolder,
        TimeSpan? timeout = null,
        IEnumerable<IRecipeScriptFunctions>? functions = null)
    {
        _functions = functions?.ToList() ?? [];
        _ids = ids;
        _configuration = configuration;
        _parameters = parameters;
        _variables = variables;
        _files = new RecipeFileScripts(recipeFolder);
        // A runaway script is stopped by its statement count, which does not depend on how busy the machine is (a 2 s
        // clock failed a one-call script on a loaded machine, in Jint's first compilation); the clock stays as a backstop.
        _timeout = timeout ?? TimeSpan.FromSeconds(30);
    }

    public RecipeFileScripts Files => _files;

    /// <summary>Replaces, in place, every scripted string value under <paramref name="node"/>.</summary>
    public void EvaluateTree(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (Replacement(value, RecipeJson.PathOf(path, key)) is { } replaced)
                    {
                        obj[key] = replaced;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Replacement(array[i], RecipeJson.PathOf(path, i)) is { } replaced)
                    {
                        array[i] = replaced;
                    }
                }

                break;
            default:
                break;
        }
    }

    /// <summary>The value with its expression evaluated (repeatedly), or the value itself when it is not an expression.</summary>
    public string Evaluate(string value)
    {
        for (var round = 0; TryParseExpression(value, out var prefix, out var script); round++)
        {
            if (round == MaxReevaluations)
            {
                throw new RecipeScriptException($"The expression still gives an expression after {MaxReevaluations} evaluations.");
            }

            value = prefix switch
            {
                "js" => EvaluateJavaScript(script),
                "file" => _files.Evaluate(script),
                _ => throw new RecipeScriptException($"Unknown script engine '{prefix}' (known: js, file)."),
            };
        }

        return value;
    }

    /// <summary>True when the whole (trimmed) value is <c>[prefix: script]</c> with a prefix of letters only.</summary>
    public static bool TryParseExpression(string value, out string prefix, out string script)
    {
        prefix = script = "";
        var text = value.Trim();
        if (text.Length < 3 || text[0] != '[' || text[^1] != ']')
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 2 || !text.AsSpan(1, colon - 1).ToString().All(char.IsAsciiLetter))
        {
            return false;
        }

        prefix = text[1..colon];
        script = text[(colon + 1)..^1];
        return true;
    }

    public void Dispose() => _engine?.Dispose();

    private JsonValue? Replacement(JsonNode? value, string path)
    {
        if (value is JsonObject or JsonArray)
        {
            EvaluateTree(value, path);
            return null;
        }

        if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.String || !TryParseExpression(v.GetValue<string>(), out _, out _))
        {
            return null;
        }

        try
        {
            return JsonValue.Create(Evaluate(v.GetValue<string>()));
        }
        catch (RecipeScriptException e)
        {
            throw new RecipeStepException(path, e.Message, e);
        }
    }

    private string EvaluateJavaScript(string script)
    {
        var engine = _engine ??= CreateEngine();
        JsValue result;
        try
        {
            result = engine.Evaluate(script);
        }
        catch (RecipeScriptException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new RecipeScriptException($"[js:{script}] failed: {e.Message}", e);
        }

        return Stringify(engine, result);
    }

    private Engine CreateEngine()
    {
        var engine = new Engine(options => options
            .MaxStatements(MaxStatements)
            .TimeoutInterval(_timeout)
            .LimitMemory(MemoryLimitBytes)
            .LimitRecursion(256));
        engine.SetValue("uuid", new Func<string>(_ids.GenerateUniqueId));
        engine.SetValue("variables", new Func<string, JsValue>(Variable));
        engine.SetValue("parameters", new Func<string, string?>(key => _parameters.TryGetValue(key, out var value) ? value : null));
        engine.SetValue("configuration", new Func<string, string?, string?>((key, fallback) => _configuration[key] ?? fallback));
        engine.SetValue("base64", new Func<string, string>(s => Encoding.UTF8.GetString(Convert.FromBase64String(s))));
        engine.SetValue("html", new Func<string, string>(WebUtility.HtmlDecode));
        engine.SetValue("gzip", new Func<string, string>(Gunzip));
        engine.SetValue("getUrlPrefix", new Func<string?, string>(path => "/" + (path ?? "").Trim(' ', '/')));
        foreach (var (name, function) in _functions.SelectMany(f => f.Functions))
        {
            engine.SetValue(name, function);
        }
        return engine;
    }

    private JsValue Variable(string name)
    {
        if (_resolvedVariables.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (!_variables.TryGetPropertyValue(name, out var node))
        {
            throw new RecipeScriptException(
                $"The variable '{name}' was used in the recipe but not defined. Add it to the 'variables' section of the recipe.");
        }

        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            // Numbers, booleans, objects and arrays reach scripts as their JavaScript values.
            return new Jint.Native.Json.JsonParser(_engine!).Parse(node?.ToJsonString() ?? "null");
        }

        if (!_resolvingVariables.Add(name))
        {
            throw new RecipeScriptException($"The variable '{name}' refers to itself.");
        }

        try
        {
            var resolved = Evaluate(value.GetValue<string>());
            _resolvedVariables[name] = resolved;
            return resolved;
        }
        finally
        {
            _resolvingVariables.Remove(name);
        }
    }

    private static string Stringify(Engine engine, JsValue result) => result switch
    {
        _ when result.IsUndefined() || result.IsNull() => "",
        _ when result.IsString() => result.AsString(),
        _ when result.IsObject() && !result.IsDate() => new Jint.Native.Json.JsonSerializer(engine).Serialize(result).ToString(),
        _ => result.ToString(),
    };

    private static string Gunzip(string base64)
    {
        using var input = new MemoryStream(Convert.FromBase64String(base64));
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
