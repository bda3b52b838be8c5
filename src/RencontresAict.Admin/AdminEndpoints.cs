using System.Security.Claims;
using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using RencontresAict.Admin.Editing;
using RencontresAict.Admin.Localization;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin;

/// <summary>The admin's small non-page endpoints: its CSS and JS, the language switch, content search, Markdown preview.</summary>
internal static class AdminEndpoints
{
    private static readonly MarkdownPipeline _markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/assets/{name}", Asset).AllowAnonymous();
        group.MapPost("/culture", SwitchCulture).AllowAnonymous().AddEndpointFilter(ValidateAntiforgery);
        group.MapGet("/api/content-search", SearchContent);
        group.MapPost("/api/markdown-preview", PreviewMarkdown).AddEndpointFilter(ValidateAntiforgery);
    }

    private static IResult Asset(string name)
    {
        var stream = typeof(AdminEndpoints).Assembly.GetManifestResourceStream("admin-assets/" + name);
        if (stream is null)
        {
            return Results.NotFound();
        }

        var type = name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        return Results.Stream(stream, type);
    }

    private static IResult SwitchCulture(HttpContext context)
    {
        var culture = context.Request.Form["culture"].ToString() == "en" ? "en" : "fr-FR";
        context.Response.Cookies.Append(AdminCultures.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Path = "/admin", HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
        var back = context.Request.Form["returnUrl"].ToString();
        return Results.LocalRedirect(back.StartsWith("/admin", StringComparison.Ordinal) ? back : "/admin");
    }

    /// <summary>The items of the given types whose title contains <paramref name="q"/> that the user may see, as the content picker filters them.</summary>
    private static async Task<IResult> SearchContent(string? types, string? q, ClaimsPrincipal user, ContentSearchQuery query, PermissionService permissions)
    {
        if (!await permissions.IsAllowedAsync(user, Permissions.ViewOwnContent))
        {
            return Results.Forbid();
        }

        var typeList = (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(10).ToArray();
        var rows = await query.RunAsync(user, typeList, q);
        return rows is null ? Results.Forbid() : Results.Json(rows.Select(r => new { id = r.Id, type = r.Type, text = r.Text }));
    }

    private static async Task<IResult> PreviewMarkdown(HttpContext context, IHtmlSanitizer sanitizer)
    {
        var form = await context.Request.ReadFormAsync();
        return Results.Content(sanitizer.Sanitize(Markdown.ToHtml(form["markdown"].ToString(), _markdown)), "text/html; charset=utf-8");
    }

    private static async ValueTask<object?> ValidateAntiforgery(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var antiforgery = context.HttpContext.RequestServices.GetService(typeof(IAntiforgery)) as IAntiforgery;
        if (antiforgery is null || !await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return Results.BadRequest("Jeton anti-falsification manquant ou invalide.");
        }

        return await next(context);
    }
}
