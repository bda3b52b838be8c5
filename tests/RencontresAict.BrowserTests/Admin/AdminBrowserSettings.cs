namespace RencontresAict.BrowserTests.Admin;

/// <summary>
/// Settings for the admin's browser tests. appsettings.json names port 5080, which wins over KestrelSite's
/// UseKestrel(0): sites started in parallel then collide, so each asks for a free port itself.
/// </summary>
public static class AdminBrowserSettings
{
    public static IDictionary<string, string?> RandomPort => new Dictionary<string, string?> { ["Urls"] = "http://127.0.0.1:0" };
}
