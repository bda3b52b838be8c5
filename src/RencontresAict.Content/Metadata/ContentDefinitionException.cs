namespace RencontresAict.Content.Metadata;

/// <summary>A content definition that names something the site does not know.</summary>
public sealed class ContentDefinitionException(string message) : Exception(message);
