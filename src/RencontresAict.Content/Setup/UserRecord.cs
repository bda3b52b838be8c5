namespace RencontresAict.Content.Setup;

/// <summary>A user as setup records it, until the users module takes over (only a PasswordHasher v3 hash is kept).</summary>
public sealed class UserRecord
{
    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    public string Email { get; set; } = "";

    public string PasswordHash { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}
