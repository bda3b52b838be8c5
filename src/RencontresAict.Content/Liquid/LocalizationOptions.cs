namespace RencontresAict.Content.Liquid;

/// <summary>Texts for the <c>t</c> filter: key → French. A key without an entry is shown as written (French source texts).</summary>
public sealed class LocalizationOptions
{
    public Dictionary<string, string> Texts { get; } = new(StringComparer.Ordinal);
}
