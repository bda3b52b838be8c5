using Microsoft.AspNetCore.Identity;
using RencontresAict.Content.Documents;

namespace RencontresAict.Api.Security;

/// <summary>Reads, saves and checks API clients; secrets are hashed with <see cref="PasswordHasher{TUser}"/>.</summary>
public sealed class ApiClientStore(DocumentSession session, IPasswordHasher<ApiClient> hasher)
{
    public const string DocumentType = "ApiClients";

    public async Task<ApiClientsDocument> GetDocumentAsync() =>
        await session.GetSingletonAsync<ApiClientsDocument>(DocumentType) ?? new ApiClientsDocument();

    public async Task<ApiClient?> FindAsync(string clientId) =>
        (await GetDocumentAsync()).Clients.Find(c => string.Equals(c.ClientId, clientId, StringComparison.Ordinal));

    /// <summary>Adds the client or replaces the one with its id; a null <paramref name="secret"/> keeps the stored hash.</summary>
    public async Task SaveAsync(string clientId, string? displayName, string? secret, IEnumerable<string> roles)
    {
        var document = await GetDocumentAsync();
        var client = document.Clients.Find(c => c.ClientId == clientId);
        if (client is null)
        {
            client = new ApiClient { ClientId = clientId };
            document.Clients.Add(client);
        }

        client.DisplayName = displayName ?? client.DisplayName;
        client.Roles = roles.ToList();
        if (secret is not null)
        {
            client.SecretHash = hasher.HashPassword(client, secret);
        }

        if (string.IsNullOrEmpty(client.SecretHash))
        {
            throw new InvalidOperationException($"API client '{clientId}' has no secret.");
        }

        await session.SaveSingletonAsync(DocumentType, document);
    }

    /// <summary>The client when the secret matches; null otherwise (unknown id and wrong secret look the same).</summary>
    public async Task<ApiClient?> ValidateAsync(string clientId, string secret)
    {
        var client = await FindAsync(clientId);
        return client is not null && hasher.VerifyHashedPassword(client, client.SecretHash, secret) != PasswordVerificationResult.Failed
            ? client
            : null;
    }
}
