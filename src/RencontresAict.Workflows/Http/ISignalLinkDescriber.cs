namespace RencontresAict.Workflows.Http;

/// <summary>
/// Lets the module that sends a signal link in its e-mails say, in its own words, what the link does and what already
/// happened (a registration's "Confirm": « Votre inscription est déjà confirmée »). Null: not one of its links.
/// </summary>
public interface ISignalLinkDescriber
{
    Task<SignalLinkDescription?> DescribeAsync(SignalPayload link);
}
