using System.Text.Json.Nodes;
using RencontresAict.Content.Documents;

namespace RencontresAict.Content.Recipes.Steps;

/// <summary>
/// The <c>AdminMenu</c> step: <c>data[]</c> of Orchard admin menus <c>{Id, Name, Enabled, MenuItems[]}</c>, stored by
/// Id as given (their nodes keep Orchard's <c>$type</c>), so the admin shows their links and an export gives them back.
/// </summary>
public sealed class AdminMenuStepHandler(DocumentSession session) : IRecipeStepHandler
{
    public const string DocumentType = "AdminMenus";

    public string Name => "AdminMenu";

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context) =>
        await KeyedStepDocument.MergeAsync(session, DocumentType, KeyedStepDocument.ReadArray(step, "data", "Id", context));
}
