using RencontresAict.Content.Recipes;

namespace RencontresAict.Content.Setup;

/// <summary>What setup did: nothing (the store already held a site) or ran the setup recipe.</summary>
public sealed record SiteSetupResult(bool SetUp, string? RecipePath, RecipeExecutionResult? Recipe, TimeSpan Elapsed);
