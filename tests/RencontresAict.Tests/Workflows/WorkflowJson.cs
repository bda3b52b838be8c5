using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Recipes;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Workflows.Models;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Tests.Workflows;

/// <summary>Builds a workflow type in Orchard's recipe JSON and imports it through the WorkflowType step.</summary>
public sealed class WorkflowJson(string name, string? workflowTypeId = null)
{
    private readonly JsonArray _activities = [];
    private readonly JsonArray _transitions = [];

    public string WorkflowTypeId { get; } = workflowTypeId ?? Guid.NewGuid().ToString("N")[..26];

    public bool IsSingleton { get; init; }

    public bool DeleteFinishedWorkflows { get; init; }

    public static object Expr(string expression) => new { Expression = expression };

    public WorkflowJson Start(string id, string activity, object? properties = null) => Add(id, activity, properties, isStart: true);

    public WorkflowJson Activity(string id, string activity, object? properties = null) => Add(id, activity, properties, isStart: false);

    public WorkflowJson Transition(string from, string outcome, string to)
    {
        _transitions.Add(new JsonObject
        {
            ["Id"] = _transitions.Count,
            ["SourceActivityId"] = from,
            ["SourceOutcomeName"] = outcome,
            ["DestinationActivityId"] = to,
        });
        return this;
    }

    public JsonObject ToJson() => new()
    {
        [nameof(WorkflowTypeId)] = WorkflowTypeId,
        ["Name"] = name,
        ["IsEnabled"] = true,
        [nameof(IsSingleton)] = IsSingleton,
        ["LockTimeout"] = 0,
        ["LockExpiration"] = 0,
        [nameof(DeleteFinishedWorkflows)] = DeleteFinishedWorkflows,
        ["Activities"] = _activities.DeepClone(),
        ["Transitions"] = _transitions.DeepClone(),
    };

    public async Task<WorkflowType> ImportAsync(ContentEngineHost host)
    {
        await host.InScopeAsync(sp => ImportStepAsync(sp, new JsonObject { ["name"] = "WorkflowType", ["data"] = new JsonArray(ToJson()) }));
        return (await host.InScopeAsync(sp => sp.GetRequiredService<WorkflowTypeStore>().GetAsync(WorkflowTypeId)))!;
    }

    /// <summary>Runs the step through the recipe executor, as a recipe holding only that step would.</summary>
    internal static async Task ImportStepAsync(IServiceProvider services, JsonObject step)
    {
        var recipe = RecipeReader.Parse(new JsonObject { ["steps"] = new JsonArray(step.DeepClone()) }.ToJsonString(), "workflow.recipe.json", Path.GetTempPath());
        await services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe);
    }

    private WorkflowJson Add(string id, string activity, object? properties, bool isStart)
    {
        var props = properties is null ? [] : (JsonSerializer.SerializeToNode(properties) as JsonObject)!;
        props["ActivityMetadata"] = new JsonObject { ["Title"] = $"{activity} {id}" };
        _activities.Add(new JsonObject
        {
            ["ActivityId"] = id,
            ["Name"] = activity,
            ["X"] = 10 * _activities.Count,
            ["Y"] = 0,
            ["IsStart"] = isStart,
            ["Properties"] = props,
        });
        return this;
    }
}
