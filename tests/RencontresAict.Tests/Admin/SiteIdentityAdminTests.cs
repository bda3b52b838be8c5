using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using RencontresAict.Tests.Media;
using SkiaSharp;

namespace RencontresAict.Tests.Admin;

/// <summary>The site's identity page: staff set the logo, favicon and description that every public page shows.</summary>
public sealed class SiteIdentityAdminTests
{
    private const string Page = "/admin/settings/identity";

    [Fact]
    public async Task StaffUploadALogoAndDescribeTheSiteKeepTheirWorkWhenRefusedAndVisitorsSeeItAtOnce()
    {
        await using var site = AdminSite.Start();
        using var staff = await site.SignInAsync();
        using var visitor = site.CreateClient();
        var before = await AdminSite.GetPageAsync(visitor, "/");
        Assert.Null(before.QuerySelector(".site-name img.site-logo"));

        var tooLong = string.Join(' ', Enumerable.Repeat("Les Rencontres de l'AICT réunissent les collectivités.", 7));
        using var refused = await PostAsync(staff, tooLong, upload: MediaResizingTests.Image(120, 60, SKEncodedImageFormat.Png));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var form = await AdminSite.ParseAsync(refused);
        Assert.Contains("300 au plus", form.QuerySelector("#identity-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(tooLong, form.QuerySelector<IHtmlTextAreaElement>("#f_Description")!.Value);
        Assert.Equal("Logo des Rencontres", form.QuerySelector<IHtmlInputElement>("#f_LogoAlt")!.Value);
        var uploaded = form.QuerySelector<IHtmlInputElement>("input[name=Logo]:checked")!.Value;
        Assert.StartsWith("logo", uploaded, StringComparison.Ordinal);
        Assert.NotNull(form.QuerySelector($"label img[src='/media/{uploaded}']"));

        var values = AdminSite.FormValues(form);
        values["Description"] = "Deux jours d'échanges entre collectivités territoriales françaises et leurs partenaires.";
        values["Favicon"] = uploaded;
        using var saved = await AdminSite.PostAsync(staff, Page, values);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await AdminSite.GetPageAsync(visitor, "/");
        var search = await AdminSite.GetPageAsync(visitor, "/recherche");
        Assert.Equal($"/media/{uploaded}?height=50", after.QuerySelector(".site-name img.site-logo")!.GetAttribute("src"));
        Assert.Equal($"/media/{uploaded}?width=32&height=32&rmode=pad", after.QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        Assert.Equal("Logo des Rencontres", after.QuerySelector("meta[property='og:image:alt']")?.GetAttribute("content"));
        Assert.Equal(values["Description"], search.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        var reopened = await AdminSite.GetPageAsync(staff, Page);
        Assert.Equal(values["Description"], reopened.QuerySelector<IHtmlTextAreaElement>("#f_Description")!.Value);
        Assert.Equal(uploaded, reopened.QuerySelector<IHtmlInputElement>("input[name=Favicon]:checked")!.Value);
    }

    [Fact]
    public async Task OnlyThoseWhoManageSettingsOpenTheIdentityPage()
    {
        await using var site = AdminSite.Start();
        await site.CreateUserAsync("editrice", "Editrice-pass-1", "Editor");
        using var editor = await site.SignInAsync("editrice", "Editrice-pass-1");
        using var admin = await site.SignInAsync();

        using var denied = await editor.GetAsync(new Uri(Page, UriKind.Relative));
        var menu = await AdminSite.GetPageAsync(admin, "/admin");

        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
        Assert.NotNull(menu.QuerySelector($"nav a[href='{Page}']"));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string description, byte[] upload)
    {
        var page = await AdminSite.GetPageAsync(client, Page);
        var content = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(description), "Description" },
            { new StringContent("Logo des Rencontres"), "LogoAlt" },
        };
        var file = new ByteArrayContent(upload);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(file, "Logo.Upload", "logo.png");
        return await client.PostAsync(new Uri(Page, UriKind.Relative), content);
    }
}
