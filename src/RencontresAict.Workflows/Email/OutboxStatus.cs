namespace RencontresAict.Workflows.Email;

/// <summary>Where a message is in its delivery: waiting, claimed by a dispatcher, delivered, or given up after retries.</summary>
public enum OutboxStatus
{
    Pending,
    Sending,
    Sent,
    Failed,
}
