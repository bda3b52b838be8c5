using Fluid;
using RencontresAict.Content.Templates;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// Finds the template for a list of names (most specific first), as Orchard does: for each name, a template stored
/// by the Templates step or the admin wins over the theme's file of that name.
/// </summary>
public sealed class TemplateResolver(ThemeTemplateStore theme, StoredTemplates stored, LiquidTemplateManager liquid)
{
    public async Task<(string Name, IFluidTemplate Template)?> FindFirstAsync(IEnumerable<string> names)
    {
        var site = await stored.GetSiteTemplatesAsync();
        foreach (var name in names)
        {
            if (site.TryGetValue(name, out var template))
            {
                return (name, liquid.Parse(template.Content));
            }

            if (theme.Find(name) is { } file)
            {
                return (name, file);
            }
        }

        return null;
    }
}
