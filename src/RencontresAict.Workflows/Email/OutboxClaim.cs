namespace RencontresAict.Workflows.Email;

/// <summary>A message a dispatcher has claimed: only the holder of <see cref="ClaimToken"/> may record its outcome.</summary>
public sealed record OutboxClaim(long DocumentId, string ClaimToken, int Attempts);
