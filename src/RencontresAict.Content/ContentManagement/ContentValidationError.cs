namespace RencontresAict.Content.ContentManagement;

public sealed record ContentValidationError(string Member, string Message);
