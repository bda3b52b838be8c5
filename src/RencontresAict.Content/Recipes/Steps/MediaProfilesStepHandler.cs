using System.Text.Json.Nodes;
using RencontresAict.Content.Documents;

namespace RencontresAict.Content.Recipes.Steps;

/// <summary>
/// The <c>MediaProfiles</c> step: <c>MediaProfiles: { name: {Hint, Width, Height, Mode, Format, Quality} }</c>, stored
/// by name. The media module applies them: <c>resize_url: profile: 'name'</c>, and their sizes may be asked of /media.
/// </summary>
public sealed class MediaProfilesStepHandler(DocumentSession session) : IRecipeStepHandler
{
    public const string DocumentType = "MediaProfiles";

    public string Name => "MediaProfiles";

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context)
    {
        var (name, value) = RecipeJson.Find(step, "MediaProfiles");
        if (value is null)
        {
            return;
        }

        if (value is not JsonObject profiles || profiles.Any(p => p.Value is not JsonObject))
        {
            throw new RecipeStepException(RecipeJson.PathOf(context.StepPath, name!), "'MediaProfiles' must map each profile name to an object.");
        }

        await KeyedStepDocument.MergeAsync(session, DocumentType, profiles.Select(p => (p.Key, (JsonObject)p.Value!)));
    }
}
