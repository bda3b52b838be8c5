namespace RencontresAict.Content.Security;

/// <summary>Orchard Core's built-in role names. Anonymous and Authenticated are given to every visitor and every user.</summary>
public static class RoleNames
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Author = "Author";
    public const string Contributor = "Contributor";
    public const string Anonymous = "Anonymous";
    public const string Authenticated = "Authenticated";

    /// <summary>Roles no user is given by hand: every visitor is Anonymous, every signed-in user Authenticated.</summary>
    public static IReadOnlyList<string> System { get; } = [Anonymous, Authenticated];
}
