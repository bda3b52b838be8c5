namespace RencontresAict.Workflows.Activities;

/// <summary>Whether a join waits for every incoming branch or continues on the first.</summary>
public enum JoinMode
{
    WaitAll,
    WaitAny,
}
