namespace RencontresAict.Workflows.Http;

/// <summary>How a workflow URL's token reads.</summary>
public enum TokenResult
{
    Valid,
    Invalid,
    Expired,
}
