namespace RencontresAict.Forms.Models;

/// <summary>A field a submission handler reads by name, with the French reasons the editor gives for keeping it.</summary>
public sealed record RequiredFormField(string Name, string RenameRefusal, string RemoveRefusal);
