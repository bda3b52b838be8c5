namespace RencontresAict.Forms.Models;

/// <summary>One choice of a SelectPart (<c>{"Text": "…", "Value": "…"}</c>).</summary>
public sealed record SelectOption(string Text, string Value);
