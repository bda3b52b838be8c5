namespace RencontresAict.Admin.Editing;

/// <summary>One choice of a select, a checkbox list or a picker.</summary>
public sealed record EditorOption(string Value, string Text, bool Selected);
