using System.Net;
using System.Net.Http.Headers;

namespace RencontresAict.Tests.Admin;

/// <summary>
/// Around the editor: the preview opens in a new tab under a banner that leads back, a published item links to its
/// public page, the media field shows thumbnails and takes an upload, and labels speak French (no IANA id, no UTC).
/// </summary>
[Trait("Dates", "ServerZone")]
public sealed class EditorPreviewAndMediaTests
{
    private static readonly byte[] _png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task ThePreviewHasABannerAndAWayBackAndAPublishedItemLinksToItsPage()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();
        var editPath = "/admin/contents/Session/edit/" + AdminSite.SessionId;
        var form = AdminSite.FormValues(await AdminSite.GetPageAsync(client, editPath));
        form["Session.Room"] = "Salle Condorcet";
        await AdminSite.PostAsync(client, editPath + "?handler=Save", form, editPath);

        var editor = await AdminSite.GetPageAsync(client, editPath);
        var previewLink = editor.QuerySelector("#preview-link")!;
        var preview = await AdminSite.GetPageAsync(client, previewLink.GetAttribute("href")!);
        var banner = preview.QuerySelector(".admin-preview-banner")!;

        Assert.Equal("_blank", previewLink.GetAttribute("target"));
        Assert.Contains("Brouillon — aperçu", banner.TextContent, StringComparison.Ordinal);
        Assert.Equal(editPath, banner.QuerySelector("a")!.GetAttribute("href"));
        Assert.Same(preview.Body!.FirstElementChild, banner);
        Assert.NotNull(preview.QuerySelector("link[href='/admin/assets/preview.css']"));
        Assert.Equal("/programme/2022-06-20-1430-points-pays", editor.QuerySelector("#public-link")!.GetAttribute("href"));
        Assert.Equal("_blank", editor.QuerySelector("#public-link")!.GetAttribute("target"));
        Assert.Null(editor.QuerySelector("form[data-dirty=true]"));
        Assert.NotNull(editor.QuerySelector("form[data-unsaved-warning]"));

        var newSession = await AdminSite.GetPageAsync(client, "/admin/contents/Session/edit");
        Assert.Null(newSession.QuerySelector("#public-link"));
        Assert.Null(newSession.QuerySelector("#preview-link"));
    }

    [Fact]
    public async Task TheMediaFieldUploadsFromTheEditorAndShowsThumbnailsAndTheEditionZoneIsChosenByCity()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();
        const string editPath = "/admin/contents/Speaker/edit/4a1ct130spkrrebsamen000001";
        var page = await AdminSite.GetPageAsync(client, editPath);
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in AdminSite.FormValues(page))
        {
            content.Add(new StringContent(value), key);
        }

        content.Add(new StringContent(page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken");
        var file = new ByteArrayContent(_png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(file, "Speaker.Photo.Upload", "Portrait Rebsamen.png");

        var saved = await client.PostAsync(new Uri(editPath + "?handler=Save", UriKind.Relative), content);
        var editor = await AdminSite.GetPageAsync(client, editPath);
        var chosen = editor.QuerySelector("input[name='Speaker.Photo']:checked")!;
        var thumbnail = editor.QuerySelector($"label[for='{chosen.Id}'] img")!;

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("portrait-rebsamen.png", chosen.GetAttribute("value"));
        Assert.Equal("/media/portrait-rebsamen.png", thumbnail.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(thumbnail.GetAttribute("src")!, UriKind.Relative))).StatusCode);
        Assert.Equal("radio", chosen.GetAttribute("type"));
        Assert.NotNull(editor.QuerySelector("input[type=file][name='Speaker.Photo.Upload'][data-media-upload]"));

        var edition = await AdminSite.GetPageAsync(client, "/admin/contents/Edition/edit/4a1ct130ed1t0n000000000013");
        var zone = edition.QuerySelector("#f_Edition_TimeZone")!;
        Assert.Equal("Fuseau horaire", edition.QuerySelector("label[for=f_Edition_TimeZone]")!.TextContent.Trim());
        Assert.Equal("Heure de Paris", zone.QuerySelector("option[selected]")!.TextContent);
        Assert.DoesNotContain("IANA", edition.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", edition.Body!.TextContent, StringComparison.Ordinal);
    }
}
