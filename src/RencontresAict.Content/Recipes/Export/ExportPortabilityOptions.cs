namespace RencontresAict.Content.Recipes.Export;

/// <summary>
/// What this site's modules add beyond Orchard Core (their own workflow activities and parts): an export naming any
/// of them still imports here, but a stock Orchard Core 2.x site cannot run it; <c>export-recipe</c> says which.
/// Modules add theirs with <c>services.Configure&lt;ExportPortabilityOptions&gt;(…)</c>.
/// </summary>
public sealed class ExportPortabilityOptions
{
    public HashSet<string> SiteOnlyActivities { get; } = new(StringComparer.Ordinal);

    public HashSet<string> SiteOnlyParts { get; } = new(StringComparer.Ordinal);
}
