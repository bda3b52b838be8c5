namespace RencontresAict.Content.Setup;

/// <summary>The site's users, one singleton document of type <c>Users</c>: <c>{"Users":[{UserId, UserName, Email, PasswordHash, Roles}]}</c>.</summary>
public sealed class UsersDocument
{
    public const string DocumentType = "Users";

    public List<UserRecord> Users { get; set; } = [];
}
