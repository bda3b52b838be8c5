using System.Text.Json.Nodes;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Liquid;
using RencontresAict.Content.Recipes;
using RencontresAict.Content.Recipes.Steps;

namespace RencontresAict.Content.Templates;

/// <summary>
/// The <c>Templates</c> step: <c>Templates: { "Content__LandingPage": {Description, Content} }</c>, stored by shape
/// name; a name imported again replaces its template. Every template must parse: one that does not is refused with
/// its JSON path, line and column, and the recipe stores nothing.
/// </summary>
public class TemplatesStepHandler(DocumentSession session, LiquidTemplateManager liquid) : IRecipeStepHandler
{
    public virtual string Name => "Templates";

    protected virtual string DocumentType => TemplateDocuments.Site;

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context)
    {
        var (name, value) = RecipeJson.Find(step, "Templates");
        if (value is null)
        {
            return;
        }

        var path = RecipeJson.PathOf(context.StepPath, name!);
        if (value is not JsonObject templates)
        {
            throw new RecipeStepException(path, "'Templates' must map each shape name to {Description, Content}.");
        }

        var entries = new List<(string, JsonObject)>();
        foreach (var (shape, template) in templates)
        {
            var entryPath = RecipeJson.PathOf(path, shape);
            if (template is not JsonObject entry || RecipeJson.AsString(RecipeJson.Property(entry, "Content")) is not { } content)
            {
                throw new RecipeStepException(entryPath, "Each template needs a 'Content' string.");
            }

            if (!liquid.TryValidate(content, out var error))
            {
                throw new RecipeStepException(RecipeJson.PathOf(entryPath, "Content"), $"the Liquid does not parse: {LiquidErrors.Describe(error)}");
            }

            entries.Add((shape, entry));
        }

        await KeyedStepDocument.MergeAsync(session, DocumentType, entries);
    }
}
