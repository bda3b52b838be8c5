namespace RencontresAict.Content.Security;

/// <summary>
/// A fixed-window limit: at most <paramref name="PermitLimit"/> attempts per <paramref name="Window"/> for each key
/// (a client address, an account). The name keeps rules apart when they count the same keys.
/// </summary>
public sealed record ThrottleRule(string Name, int PermitLimit, TimeSpan Window);
