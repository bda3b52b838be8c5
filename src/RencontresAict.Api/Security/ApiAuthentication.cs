namespace RencontresAict.Api.Security;

/// <summary>The API authenticates with this scheme only, as Orchard's API controllers use "Api": cookies are ignored.</summary>
public static class ApiAuthentication
{
    public const string Scheme = "Api";

    public const string RoleClaim = "role";

    public const string ClientIdClaim = "client_id";
}
