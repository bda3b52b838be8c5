namespace RencontresAict.Admin.Editing;

/// <summary>
/// What one editor shows: a label, a partial view (<c>Pages/Shared/Editors/_{Partial}.cshtml</c>) and its values.
/// Inputs are named by <see cref="Key"/> ("Session.StartsAt"), the member the engine keys its validation errors by.
/// </summary>
public sealed class EditorInput
{
    public required string Key { get; init; }

    public required string Label { get; init; }

    public required string Partial { get; init; }

    public string? Hint { get; init; }

    /// <summary>The value shown; after a refused post, the text as typed when it could not be read.</summary>
    public string? Value { get; set; }

    /// <summary>A second value: a link's text.</summary>
    public string? SecondValue { get; init; }

    public IReadOnlyList<EditorOption> Options { get; init; } = [];

    public bool Multiple { get; init; }

    public bool Required { get; init; }

    /// <summary>Extra input attributes (step, min, max, data-*).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> Errors { get; set; } = [];

    /// <summary>The HTML id of the main input.</summary>
    public string Id => "f_" + Key.Replace('.', '_');
}
