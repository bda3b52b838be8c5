using RencontresAict.Content.Documents;
using RencontresAict.Content.Setup;

namespace RencontresAict.Content.Security;

/// <summary>Reads and changes the Users document in the current session (user names and e-mails compared case-insensitively).</summary>
public sealed class UserStore(DocumentSession session)
{
    private UsersDocument? _users;

    public async Task<IReadOnlyList<UserRecord>> ListAsync() => (await LoadAsync()).Users;

    public async Task<UserRecord?> FindByIdAsync(string userId) =>
        (await LoadAsync()).Users.Find(u => u.UserId == userId);

    /// <summary>The user whose user name or e-mail address is <paramref name="login"/>.</summary>
    public async Task<UserRecord?> FindByLoginAsync(string login)
    {
        var users = (await LoadAsync()).Users;
        var trimmed = login.Trim();
        return users.Find(u => string.Equals(u.UserName, trimmed, StringComparison.OrdinalIgnoreCase))
            ?? users.Find(u => u.Email.Length > 0 && string.Equals(u.Email, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    public async Task<bool> IsTakenAsync(string userName, string email, string? exceptUserId = null) =>
        (await LoadAsync()).Users.Exists(u => u.UserId != exceptUserId
            && (string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase)
                || (email.Length > 0 && string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase))));

    /// <summary>Adds or replaces the user and writes the document in the session's transaction.</summary>
    public async Task SaveAsync(UserRecord user)
    {
        var document = await LoadAsync();
        var index = document.Users.FindIndex(u => u.UserId == user.UserId);
        if (index >= 0)
        {
            document.Users[index] = user;
        }
        else
        {
            document.Users.Add(user);
        }

        await session.SaveSingletonAsync(UsersDocument.DocumentType, document);
    }

    private async Task<UsersDocument> LoadAsync() =>
        _users ??= await session.GetSingletonAsync<UsersDocument>(UsersDocument.DocumentType) ?? new UsersDocument();
}
