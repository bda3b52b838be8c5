namespace RencontresAict.Api.Security;

/// <summary>A program allowed to ask for access tokens (OAuth2 client credentials); its roles decide what it may do.</summary>
public sealed class ApiClient
{
    public string ClientId { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>The secret hashed by ASP.NET Core's PasswordHasher; the secret itself is never stored.</summary>
    public string SecretHash { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}
