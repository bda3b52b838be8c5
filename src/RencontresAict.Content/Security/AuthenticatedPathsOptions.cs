using Microsoft.AspNetCore.Http;

namespace RencontresAict.Content.Security;

/// <summary>
/// The addresses where someone can be signed in or carry a token, each declared by the module that serves it (the
/// admin, the API, the token endpoint). Only requests under them run authentication: the public pages, forms and
/// exports are the same for everyone, and asking every authentication handler about them cost each request tens of
/// microseconds.
/// </summary>
public sealed class AuthenticatedPathsOptions
{
    public List<PathString> Prefixes { get; } = [];

    public bool Covers(PathString path) => Prefixes.Exists(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
