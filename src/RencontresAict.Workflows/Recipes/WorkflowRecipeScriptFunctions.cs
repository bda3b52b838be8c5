using Jint;
using Jint.Native;
using RencontresAict.Content.Recipes.Scripting;
using RencontresAict.Workflows.Http;

namespace RencontresAict.Workflows.Recipes;

/// <summary>
/// <c>createWorkflowToken(workflowTypeId, activityId, lifespanDays)</c> in recipe scripts, as Orchard's HTTP workflows
/// feature: the token of <c>/workflows/invoke/{token}</c> for that start activity. A missing or zero lifespan means no
/// expiry (a hundred years), as Orchard's <c>TokenLifeSpan</c> 0. Shipped recipes build a form's action with it:
/// <c>getUrlPrefix('/workflows/invoke/' + encodeURI(createWorkflowToken(typeId, activityId)))</c>.
/// </summary>
internal sealed class WorkflowRecipeScriptFunctions(WorkflowTokenService tokens) : IRecipeScriptFunctions
{
    private const int NoExpiryDays = 36500;

    public IEnumerable<KeyValuePair<string, Delegate>> Functions =>
    [
        new("createWorkflowToken", new Func<string, string, JsValue?, string>(CreateToken)),
    ];

    private string CreateToken(string workflowTypeId, string activityId, JsValue? lifespan)
    {
        var days = lifespan is not null && lifespan.IsNumber() && lifespan.AsNumber() is var d && d >= 1 ? Math.Min(d, NoExpiryDays) : NoExpiryDays;
        return tokens.CreateToken(new WorkflowPayload(workflowTypeId, activityId), TimeSpan.FromDays(days));
    }
}
