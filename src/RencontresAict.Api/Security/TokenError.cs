using System.Text.Json.Serialization;

namespace RencontresAict.Api.Security;

/// <summary>An OAuth2 error answer (RFC 6749 §5.2).</summary>
public sealed record TokenError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string Description);
