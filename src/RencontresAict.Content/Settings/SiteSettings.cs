using System.Text.Json.Nodes;

namespace RencontresAict.Content.Settings;

/// <summary>What editors may change about the site, stored as a document and set by the Settings recipe step.</summary>
public sealed class SiteSettings
{
    public string SiteName { get; set; } = "Rencontres de l'AICT";

    public string? BaseUrl { get; set; }

    public string TimeZoneId { get; set; } = "Europe/Paris";

    public string? Calendar { get; set; }

    public int PageSize { get; set; } = 20;

    public int MaxPageSize { get; set; } = 100;

    public int MaxPagedCount { get; set; }

    public string? PageTitleFormat { get; set; }

    public string? SiteSalt { get; set; }

    public string? SuperUser { get; set; }

    public bool UseCdn { get; set; }

    public string? CdnBaseUrl { get; set; }

    public bool AppendVersion { get; set; } = true;

    public int ResourceDebugMode { get; set; }

    public int CacheMode { get; set; }

    /// <summary>Orchard's home route: <c>{"Action":"Display","Controller":"Item","Area":"OrchardCore.Contents","ContentItemId":"…"}</c>.</summary>
    public JsonObject? HomeRoute { get; set; }

    /// <summary>Module settings by name (LuceneSettings, SmtpSettings, RencontresSettings, …), each replaced whole.</summary>
    public JsonObject Properties { get; set; } = [];

    /// <summary>Features and themes named by recipes; recorded so that exports carry them back.</summary>
    public List<string> EnabledFeatures { get; set; } = [];

    public JsonObject? Themes { get; set; }
}
