namespace RencontresAict.Api;

/// <summary>Boot settings of the headless API (section <c>Api</c>).</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The CORS policy applied to the API and export endpoints.</summary>
    public const string CorsPolicy = "Api";

    /// <summary>Origins (scheme://host[:port]) whose browsers may call the API; none by default.</summary>
    public List<string> CorsOrigins { get; set; } = [];

    /// <summary>How long an access token from /connect/token is valid.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Issuer of access tokens, an absolute URL; unset, Site:BaseUrl.</summary>
    public Uri? TokenIssuer { get; set; }

    /// <summary>PEM file of the RSA key that signs access tokens; unset, <c>{DataPath}/keys/token-signing.pem</c> (created once).</summary>
    public string? TokenSigningKeyPath { get; set; }

    /// <summary>PEM file of the RSA encryption key of the OAuth2 server; unset, <c>{DataPath}/keys/token-encryption.pem</c>.</summary>
    public string? TokenEncryptionKeyPath { get; set; }

    /// <summary>Token requests one IP address, and one client_id, may make per <see cref="TokenRateLimitWindow"/>; beyond, 429.</summary>
    public int TokenRequestsPerIp { get; set; } = 30;

    public int TokenRequestsPerClient { get; set; } = 10;

    public TimeSpan TokenRateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Host-independent domain of iCalendar UIDs (<c>{ContentItemId}@{CalendarDomain}</c>): never change it.</summary>
    public string CalendarDomain { get; set; } = "rencontres-aict";

    /// <summary>Page size of GET /api/content when <c>take</c> is absent, and its cap.</summary>
    public int DefaultPageSize { get; set; } = 20;

    public int MaxPageSize { get; set; } = 100;

    /// <summary>Largest request body the content API and GraphQL accept, in bytes; beyond, 413.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>Longest title (TitlePart.Title, DisplayText) and other text the write API stores, in characters,
    /// unless the field's settings give their own <c>MaxLength</c>.</summary>
    public int MaxTitleLength { get; set; } = 1000;

    public int MaxTextLength { get; set; } = 200_000;

    /// <summary>Longest GraphQL query text, in characters, checked before parsing; and most aliased fields in one query.</summary>
    public int GraphQLMaxQueryLength { get; set; } = 100_000;

    public int GraphQLMaxAliases { get; set; } = 100;

    /// <summary>GraphQL limits, as Orchard's OrchardCore_Apis_GraphQL section names them.</summary>
    public int GraphQLMaxDepth { get; set; } = 20;

    public int GraphQLMaxComplexity { get; set; } = 100_000;

    public int GraphQLDefaultNumberOfResults { get; set; } = 100;

    public int GraphQLMaxNumberOfResults { get; set; } = 1000;
}
