namespace RencontresAict.Conference.Registrations;

/// <summary>What a signed cancellation link carries: the registration it may cancel.</summary>
public sealed record CancellationPayload(string RegistrationId);
