using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fluid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// Parses Liquid once per distinct source and renders it with Orchard's objects in scope (<c>ContentItem</c>,
/// <c>Model</c>) and the registered filters. Output is HTML-encoded unless the template asks for <c>raw</c>.
/// </summary>
public sealed class LiquidTemplateManager
{
    private readonly FluidParser _parser = new OrchardFluidParser(new FluidParserOptions { AllowFunctions = true });
    private readonly ConcurrentDictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);
    private readonly IServiceScopeFactory _scopes;

    public LiquidTemplateManager(IOptions<LiquidOptions> liquidOptions, IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        Options = new TemplateOptions { MemberAccessStrategy = new UnsafeMemberAccessStrategy() };
        Options.ValueConverters.Add(ConvertJson);
        foreach (var (name, type) in liquidOptions.Value.FilterTypes)
        {
            Options.Filters.AddFilter(name, (input, arguments, context) =>
            {
                var liquidContext = (LiquidTemplateContext)context;
                var filter = (ILiquidFilter)ActivatorUtilities.GetServiceOrCreateInstance(liquidContext.Services, type);
                return filter.ProcessAsync(input, arguments, liquidContext);
            });
        }
    }

    public TemplateOptions Options { get; }

    public IFluidTemplate Parse(string source) =>
        _templates.GetOrAdd(source, s => _parser.TryParse(s, out var template, out var error)
            ? template
            : throw new LiquidParseException(error));

    public bool TryValidate(string source, out string? error) => _parser.TryParse(source, out _, out error);

    public LiquidTemplateContext CreateContext(IServiceProvider services, object? model) => new(services, Options, model);

    /// <summary>Renders a small template (a slug pattern, an e-mail subject) with an item as ContentItem and Model.</summary>
    public async Task<string> RenderAsync(string source, object? model, TextEncoder? encoder = null, IServiceProvider? services = null)
    {
        await using var scope = services is null ? _scopes.CreateAsyncScope() : default(AsyncServiceScope?);
        var context = CreateContext(services ?? scope!.Value.ServiceProvider, model);
        context.SetValue("Model", model);
        context.SetValue("ContentItem", model);
        return await Parse(source).RenderAsync(context, encoder ?? NullEncoder.Default);
    }

    /// <summary>JSON nodes (part and field values) are shown to templates as dictionaries, lists and scalars.</summary>
    private static object? ConvertJson(object? value) => value switch
    {
        JsonObject obj => obj.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal),
        JsonArray array => array.Select(n => (object?)n).ToList(),
        JsonValue scalar => ToClr(scalar),
        _ => null,
    };

    internal static object? ToClr(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj,
        JsonArray array => array,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.Number => v.TryGetValue<decimal>(out var d) ? d : v.GetValue<double>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        _ => null,
    };
}
