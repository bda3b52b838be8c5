using System.Text.Json.Nodes;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Layers;

namespace RencontresAict.Content.Recipes.Steps;

/// <summary>
/// The <c>layers</c> step: <c>Layers[]</c> of <c>{Name, Description, LayerRule: {Conditions: [...]}}</c>, stored by
/// name. Every condition must be one <see cref="LayerRule"/> can evaluate at render time; a rule it could not
/// evaluate is refused here rather than silently hiding or showing its widgets.
/// </summary>
public sealed class LayersStepHandler(DocumentSession session) : IRecipeStepHandler
{
    public const string DocumentType = "Layers";

    public string Name => "layers";

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context)
    {
        var layers = KeyedStepDocument.ReadArray(step, "Layers", "Name", context);
        for (var i = 0; i < layers.Count; i++)
        {
            if (LayerRule.Unsupported(layers[i].Entry) is { } condition)
            {
                throw new RecipeStepException($"{context.StepPath}.Layers[{i}].LayerRule",
                    $"The layer '{layers[i].Key}' uses the rule condition '{condition}', which this site cannot evaluate "
                    + $"(supported: {string.Join(", ", LayerRule.SupportedConditions)}).");
            }
        }

        await KeyedStepDocument.MergeAsync(session, DocumentType, layers);
    }
}
