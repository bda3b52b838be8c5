using System.Text.Json.Nodes;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Liquid;
using RencontresAict.Content.Recipes;
using RencontresAict.Content.Recipes.Steps;

namespace RencontresAict.Content.Templates;

/// <summary>
/// The templates staff or a recipe stored (Orchard's Templates module), by theme file name: the shape name
/// <c>Content__LandingPage</c> answers for <c>Content-LandingPage</c>. Read once per request scope.
/// </summary>
public sealed class StoredTemplates(DocumentSession session)
{
    private Dictionary<string, StoredTemplate>? _site;

    public async Task<IReadOnlyDictionary<string, StoredTemplate>> GetSiteTemplatesAsync() => _site ??= await LoadAsync(TemplateDocuments.Site);

    public async Task<Dictionary<string, StoredTemplate>> LoadAsync(string documentType)
    {
        var entries = await KeyedStepDocument.LoadAsync(session, documentType);
        var templates = new Dictionary<string, StoredTemplate>(StringComparer.Ordinal);
        foreach (var (shape, node) in entries)
        {
            if (node is JsonObject entry && RecipeJson.AsString(RecipeJson.Property(entry, "Content")) is { } content)
            {
                templates[ShapeNames.ToFileName(shape)] = new StoredTemplate(
                    shape, RecipeJson.AsString(RecipeJson.Property(entry, "Description")) ?? "", content);
            }
        }

        return templates;
    }

    /// <summary>Stores (or replaces) one template; the caller has checked that it parses.</summary>
    public async Task SaveAsync(string documentType, string shapeName, string description, string content)
    {
        var entry = new JsonObject { ["Description"] = description, ["Content"] = content };
        await KeyedStepDocument.MergeAsync(session, documentType, [(shapeName, entry)]);
        _site = null;
    }
}
