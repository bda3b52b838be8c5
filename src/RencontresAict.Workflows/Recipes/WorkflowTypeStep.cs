using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Recipes;
using RencontresAict.Workflows.Http;
using RencontresAict.Workflows.Models;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Recipes;

/// <summary>
/// The <c>WorkflowType</c> recipe step (Orchard 2.x WorkflowTypeStep): each item of <c>data</c> is a workflow type;
/// one with an existing WorkflowTypeId replaces it whole. As Orchard does, a new type's HttpRequestEvent URLs (those
/// with a <c>TokenLifeSpan</c>) are regenerated for this site; an existing type's URL is kept when it still works
/// here and regenerated when it does not, so an imported URL is never a dead one. Forms bind by WorkflowTypeId anyway.
/// </summary>
internal sealed class WorkflowTypeStep(IServiceProvider services) : IRecipeStepHandler
{
    /// <summary>Orchard's "no expiry" for TokenLifeSpan 0: a hundred years.</summary>
    private const int NoExpiryDays = 36500;

    public string Name => "WorkflowType";

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context)
    {
        try
        {
            await ImportAsync(step);
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith('$'))
        {
            // Messages start with the path inside the step ("$.data[2].Activities: …"); the executor wants it whole.
            var colon = ex.Message.IndexOf(": ", StringComparison.Ordinal);
            throw new RecipeStepException(context.StepPath + ex.Message[1..colon], ex.Message[(colon + 2)..], ex);
        }
    }

    private async Task ImportAsync(JsonObject step)
    {
        var types = services.GetRequiredService<WorkflowTypeStore>();
        var library = services.GetRequiredService<ActivityLibrary>();
        var tokens = services.GetRequiredService<WorkflowTokenService>();
        var data = step["data"] as JsonArray ?? throw new InvalidOperationException("$.data: the WorkflowType step needs a 'data' array.");
        for (var i = 0; i < data.Count; i++)
        {
            var path = $"$.data[{i}]";
            WorkflowType type;
            try
            {
                type = data[i].Deserialize<WorkflowType>(ContentJson.Options) ?? throw new InvalidOperationException($"{path}: empty workflow type.");
            }
            catch (JsonException ex)
            {
                throw new InvalidOperationException($"{path}{ex.Path?.TrimStart('$')}: {ex.Message}", ex);
            }

            Validate(type, library, path);
            var existing = await types.GetAsync(type.WorkflowTypeId);
            var isNew = existing is null;
            foreach (var activity in type.Activities.Where(a => a.Name == "HttpRequestEvent" && a.Properties.ContainsKey("TokenLifeSpan")))
            {
                // Re-importing a recipe whose URL is empty keeps the working URL already stored: the import changes nothing.
                if (!isNew && !Works(activity, type, tokens) && existing!.GetActivity(activity.ActivityId) is { } stored && Works(stored, type, tokens))
                {
                    activity.Properties["Url"] = stored.Properties["Url"]?.DeepClone();
                }
                else if (isNew || !Works(activity, type, tokens))
                {
                    var days = JsonPaths.GetDecimal(activity.Properties, "TokenLifeSpan") is { } d && d > 0 ? (int)d : NoExpiryDays;
                    var token = tokens.CreateToken(new WorkflowPayload(type.WorkflowTypeId, activity.ActivityId), TimeSpan.FromDays(days));
                    activity.Properties["Url"] = $"{WorkflowEndpoints.InvokePath}?token={token}";
                }
            }

            await types.SaveAsync(type);
        }
    }

    private static void Validate(WorkflowType type, ActivityLibrary library, string path)
    {
        if (string.IsNullOrWhiteSpace(type.WorkflowTypeId))
        {
            throw new InvalidOperationException($"{path}.WorkflowTypeId: a workflow type needs an id.");
        }

        for (var j = 0; j < type.Activities.Count; j++)
        {
            if (!library.IsKnown(type.Activities[j].Name))
            {
                throw new InvalidOperationException($"{path}.Activities[{j}].Name: unknown activity '{type.Activities[j].Name}'.");
            }
        }

        for (var j = 0; j < type.Transitions.Count; j++)
        {
            var transition = type.Transitions[j];
            if (type.GetActivity(transition.SourceActivityId) is null || type.GetActivity(transition.DestinationActivityId) is null)
            {
                throw new InvalidOperationException($"{path}.Transitions[{j}]: it links an activity the type does not have.");
            }
        }
    }

    private static bool Works(Models.ActivityRecord activity, WorkflowType type, WorkflowTokenService tokens)
    {
        var url = JsonPaths.GetString(activity.Properties, "Url") ?? "";
        var at = url.IndexOf("token=", StringComparison.OrdinalIgnoreCase);
        return at >= 0
            && tokens.TryReadToken<WorkflowPayload>(Uri.UnescapeDataString(url[(at + 6)..]), out var payload) == TokenResult.Valid
            && payload!.WorkflowTypeId == type.WorkflowTypeId && payload.ActivityId == activity.ActivityId;
    }
}
