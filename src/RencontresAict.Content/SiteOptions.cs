namespace RencontresAict.Content;

/// <summary>Boot settings of the site (section <c>Site</c>); what editors change lives in stored site settings.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>SQLite database, Lucene index, media and mail pickup folder.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>The recipe (file name without <c>.recipe.json</c>, or a path) that sets up an empty site.</summary>
    public string SetupRecipe { get; set; } = "rencontres-aict-13";

    /// <summary>Where recipes are looked up by name; relative to the content root.</summary>
    public string RecipesPath { get; set; } = "recipes";

    /// <summary>Where themes live; relative to the content root.</summary>
    public string ThemesPath { get; set; } = "themes";

    public string Theme { get; set; } = "Rencontres";

    /// <summary>
    /// The site's public address, the root of every absolute link it writes (see SiteBaseUrl); the stored site setting
    /// BaseUrl overrides it when set.
    /// </summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";

    public string AdminUserName { get; set; } = "admin";

    public string AdminEmail { get; set; } = "admin@localhost";

    public string? AdminPassword { get; set; }

    /// <summary>When set, the site behaves as at that instant (every clock read goes through TimeProvider).</summary>
    public DateTimeOffset? AsOf { get; set; }
}
