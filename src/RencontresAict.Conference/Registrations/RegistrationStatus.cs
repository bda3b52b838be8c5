namespace RencontresAict.Conference.Registrations;

/// <summary>The statuses a Registration goes through, as stored in its <c>Registration.Status</c> text field.</summary>
public static class RegistrationStatus
{
    /// <summary>Has a seat; waits for the e-mail address to be confirmed.</summary>
    public const string Pending = "pending";

    public const string Confirmed = "confirmed";

    /// <summary>The edition was full; promoted to pending when a seat is freed.</summary>
    public const string Waiting = "waiting";

    public const string Cancelled = "cancelled";

    public static bool IsKnown(string? status) => status is Pending or Confirmed or Waiting or Cancelled;

    /// <summary>The moves a registration may make; anything else leaves it as it is.</summary>
    public static bool CanMove(string? from, string to) => (from, to) switch
    {
        (Pending, Confirmed) => true,
        (Waiting, Pending) => true,
        (Pending or Confirmed or Waiting, Cancelled) => true,
        _ => false,
    };
}
