using System.Text.Json.Serialization;

namespace RencontresAict.Api.Security;

/// <summary>The form fields of a client-credentials request (described for the OpenAPI document).</summary>
public sealed record TokenRequest(
    [property: JsonPropertyName("grant_type")] string GrantType,
    [property: JsonPropertyName("client_id")] string ClientId,
    [property: JsonPropertyName("client_secret")] string ClientSecret);
