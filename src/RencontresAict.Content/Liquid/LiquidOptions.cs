namespace RencontresAict.Content.Liquid;

/// <summary>The Liquid filters modules register: name → filter type (resolved per render from the scope).</summary>
public sealed class LiquidOptions
{
    public Dictionary<string, Type> FilterTypes { get; } = new(StringComparer.Ordinal);
}
