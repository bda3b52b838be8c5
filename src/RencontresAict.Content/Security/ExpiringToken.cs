namespace RencontresAict.Content.Security;

/// <summary>A genuine token's fields (<see cref="ExpiringTokenProtector"/>), and whether its time is over.</summary>
public sealed record ExpiringToken(IReadOnlyList<string> Fields, bool Expired);
