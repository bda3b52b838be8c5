using System.Globalization;
using Fluid;

namespace RencontresAict.Content.Liquid;

/// <summary>A Fluid context that carries the scope's services, so filters can reach the content manager.</summary>
public sealed class LiquidTemplateContext : TemplateContext
{
    public LiquidTemplateContext(IServiceProvider services, TemplateOptions options, object? model)
        : base(model ?? new object(), options, allowModelMembers: true)
    {
        Services = services;
        CultureInfo = CultureInfo.GetCultureInfo("fr-FR");
    }

    public IServiceProvider Services { get; }
}
