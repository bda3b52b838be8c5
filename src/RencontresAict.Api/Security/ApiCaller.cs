using RencontresAict.Content.Metadata;
using RencontresAict.Content.Security;

namespace RencontresAict.Api.Security;

/// <summary>Who is calling the API and what they may do: an API client with roles, or an anonymous visitor.</summary>
public sealed class ApiCaller(string? clientId, IReadOnlyList<string> roles, IReadOnlySet<string> permissions)
{
    public string? ClientId { get; } = clientId;

    public bool IsAuthenticated => ClientId is not null;

    public IReadOnlyList<string> Roles { get; } = roles;

    public bool Has(string permission) => permissions.Contains(permission);

    /// <summary>May read items of this type: ViewContent, PreviewContent for non-published versions, the type's own permission for personal data.</summary>
    public bool CanRead(ContentTypeDefinitionRecord type, bool publishedOnly = true) =>
        Has(Permissions.ViewContent)
        && (publishedOnly || Has(Permissions.PreviewContent))
        && PersonalDataSettings.Of(type).LetsRead(Has);

    /// <summary>May change items of this type with the given permission; nobody writes personal data through the API.</summary>
    public bool CanWrite(ContentTypeDefinitionRecord type, string permission) =>
        Has(permission) && !PersonalDataSettings.Of(type).HoldsPersonalData;
}
