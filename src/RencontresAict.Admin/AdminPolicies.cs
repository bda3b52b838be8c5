namespace RencontresAict.Admin;

/// <summary>Names of the admin's authentication scheme and authorization policy.</summary>
public static class AdminPolicies
{
    /// <summary>The cookie scheme of the staff's sessions.</summary>
    public const string Scheme = "RencontresAdmin";

    /// <summary>Every /admin endpoint requires a signed-in user holding AccessAdminPanel.</summary>
    public const string AccessAdminPanel = "AdminPanel";
}
