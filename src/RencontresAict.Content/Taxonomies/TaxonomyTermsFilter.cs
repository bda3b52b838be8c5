using Fluid;
using Fluid.Values;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Liquid;

namespace RencontresAict.Content.Taxonomies;

/// <summary>
/// <c>{% assign terms = Model.Field.TermContentItemIds | taxonomy_terms: Model.Field.TaxonomyContentItemId %}</c>:
/// the terms a TaxonomyField names, in its order, each as <c>{ContentItemId, DisplayText, Url}</c> (Url is the term's
/// page when its taxonomy routes its terms, else empty). Orchard's filter of that name returns the term items.
/// </summary>
public sealed class TaxonomyTermsFilter(ContentManager content) : ILiquidFilter
{
    public async ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context)
    {
        var taxonomyId = arguments.At(0).ToStringValue();
        if (input is not ArrayValue ids || string.IsNullOrEmpty(taxonomyId) || await content.GetAsync(taxonomyId) is not { } taxonomy)
        {
            return new ArrayValue([]);
        }

        var terms = ContainedItemRoutes.ContainedOf(taxonomy).ToList();
        var found = new List<FluidValue>();
        foreach (var id in ids.Values.Select(v => v.ToStringValue()))
        {
            if (terms.Find(t => JsonPaths.GetString(t, "ContentItemId") == id) is { } term)
            {
                found.Add(FluidValue.Create(new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["ContentItemId"] = id,
                    ["DisplayText"] = JsonPaths.GetString(term, "DisplayText") ?? JsonPaths.GetString(term, "TitlePart", "Title") ?? id,
                    ["Url"] = ContainedItemRoutes.UrlOf(taxonomy, term) ?? "",
                }, context.Options));
            }
        }

        return new ArrayValue(found);
    }
}
