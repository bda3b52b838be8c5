namespace RencontresAict.Admin.Editing;

/// <summary>The editors of one part, under the part's title.</summary>
public sealed record EditorGroup(string Title, IReadOnlyList<EditorInput> Inputs);
