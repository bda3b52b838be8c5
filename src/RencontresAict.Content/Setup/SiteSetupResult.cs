using RencontresAict.Content.Recipes;

namespace RencontresAict.Content.Setup;

/// <summary>What setup did: nothing (the store already held a site) or ran the setup recipe.</summary>
public sealed record SiteSetupResult(bool SetUp, string? RecipePath, RecipeExecutionResult? Recipe, TimeSpan Elapsed)
{
    /// <summary>The administrator setup recorded, when it ran.</summary>
    public string? AdministratorName { get; init; }

    /// <summary>True when setup generated the administrator's password (logged once, at Warning level).</summary>
    public bool PasswordGenerated { get; init; }
}
