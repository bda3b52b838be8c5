using System.Globalization;

namespace RencontresAict.Web.Display.Languages;

/// <summary>
/// The public site's language comes from its address: under <c>/en</c> the request's culture and UI culture are English
/// (<c>en</c>), elsewhere French (<c>fr-FR</c>), whatever the server's or the browser's. The admin keeps its own choice
/// (its culture cookie). Runs before the output cache, which keys pages by culture.
/// </summary>
public static class PublicCultures
{
    public const string EnglishPrefix = "/en";

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static CultureInfo French { get; } = CultureInfo.GetCultureInfo("fr-FR");

    public static bool IsEnglishPath(PathString path) => path.StartsWithSegments(EnglishPrefix, StringComparison.OrdinalIgnoreCase);

    public static IApplicationBuilder UsePublicCultures(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
        {
            // Setting a culture copies the execution context: only when it changes.
            var culture = IsEnglishPath(context.Request.Path) ? English : French;
            if (!ReferenceEquals(CultureInfo.CurrentCulture, culture))
            {
                CultureInfo.CurrentCulture = culture;
            }

            if (!ReferenceEquals(CultureInfo.CurrentUICulture, culture))
            {
                CultureInfo.CurrentUICulture = culture;
            }
        }

        return next(context);
    });
}
