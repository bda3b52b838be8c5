namespace RencontresAict.Content.Liquid;

/// <summary>A Liquid template that does not parse; the message says where.</summary>
public sealed class LiquidParseException(string message) : Exception(message);
