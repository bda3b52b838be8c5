namespace RencontresAict.Content.Templates;

/// <summary>One stored template: its Orchard shape name, its description and its Liquid.</summary>
public sealed record StoredTemplate(string ShapeName, string Description, string Content);
