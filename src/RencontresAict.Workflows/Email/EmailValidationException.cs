namespace RencontresAict.Workflows.Email;

/// <summary>A message the outbox refuses (no recipient, a malformed address, a line break in an address).</summary>
public sealed class EmailValidationException(string message) : Exception(message);
