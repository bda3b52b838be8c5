namespace RencontresAict.Admin.Layers;

/// <summary>A layer as its form posts it: name (fixed for an existing layer), rule script, description.</summary>
public sealed class LayerInput
{
    public string? Name { get; set; }

    public string? Rule { get; set; }

    public string? Description { get; set; }

    /// <summary>The form of a new layer (its name is typed, not fixed).</summary>
    public bool IsNew { get; set; }
}
