namespace RencontresAict.Content.Security;

/// <summary>The roles every site has, named as in Orchard Core.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Author = "Author";

    /// <summary>Whoever is not signed in; every caller also gets what this role grants.</summary>
    public const string Anonymous = "Anonymous";
}
