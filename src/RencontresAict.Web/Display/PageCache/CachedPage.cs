using Microsoft.Extensions.Primitives;

namespace RencontresAict.Web.Display.PageCache;

/// <summary>
/// A public answer as it was sent: its headers (the security headers are added again on each answer), its bytes, when
/// it was kept (each answer from the cache says its Age, as the output cache does) and until when it may be served.
/// </summary>
public sealed record CachedPage(IReadOnlyList<KeyValuePair<string, StringValues>> Headers, byte[] Body, DateTimeOffset StoredUtc, DateTimeOffset ExpiresUtc);
