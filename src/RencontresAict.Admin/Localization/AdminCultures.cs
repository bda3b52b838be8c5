using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;

namespace RencontresAict.Admin.Localization;

/// <summary>The admin speaks French (fr-FR) unless its culture cookie asks for English.</summary>
public static class AdminCultures
{
    public const string CookieName = "raict.admin.culture";

    public static IReadOnlyList<string> Supported { get; } = ["fr-FR", "en"];

    public static RequestLocalizationOptions CreateOptions()
    {
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture("fr-FR")
            .AddSupportedCultures([.. Supported])
            .AddSupportedUICultures([.. Supported]);
        options.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = CookieName }];
        return options;
    }
}
