namespace RencontresAict.Api.Security;

/// <summary>The site's API clients, stored as one document (a site has a handful).</summary>
public sealed class ApiClientsDocument
{
    public List<ApiClient> Clients { get; set; } = [];
}
