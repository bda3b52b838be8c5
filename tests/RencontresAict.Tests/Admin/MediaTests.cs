using System.Net;
using System.Net.Http.Headers;

namespace RencontresAict.Tests.Admin;

public sealed class MediaTests
{
    private static readonly byte[] _png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task AnExeRenamedJpgIsRefusedAndNothingIsStored()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();

        var response = await UploadAsync(client, "photo.jpg", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0, 0, 0, 0x04, 0, 0, 0, 0xFF, 0xFF, 0, 0]);
        var page = await AdminSite.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Type de fichier refusé", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.DataPath, "media")) && Directory.EnumerateFiles(Path.Combine(site.DataPath, "media"), "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task ATraversalNameIsNeutralisedAndTheFileIsServedWithItsRealTypeAndNosniff()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();

        var first = await UploadAsync(client, "../../Logo Cités Unies.PNG", _png);
        var second = await UploadAsync(client, "..\\..\\logo-cites-unies.gif", _png);
        var served = await client.GetAsync(new Uri("/media/logo-cites-unies.png", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(["logo-cites-unies-1.png", "logo-cites-unies.png"], Directory.GetFiles(Path.Combine(site.DataPath, "media")).Select(Path.GetFileName).Order());
        Assert.False(File.Exists(Path.Combine(site.DataPath, "..", "Logo Cités Unies.PNG")));
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsRefused()
    {
        await using var site = AdminSite.Start(new Dictionary<string, string?> { ["Admin:Media:MaxFileSize"] = "20" });
        var client = await site.SignInAsync();

        var response = await UploadAsync(client, "grand.png", [.. _png, .. new byte[64]]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("taille maximale", (await AdminSite.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAuthorDeletesOnlyTheFilesTheyUploadedAndAnEditorDeletesAnyFile()
    {
        await using var site = AdminSite.Start();
        await site.CreateUserAsync("autrice", "Autrice-pass-1", "Author");
        await site.CreateUserAsync("auteur", "Auteur-pass-1", "Author");
        await site.CreateUserAsync("editrice", "Editrice-pass-1", "Editor");
        var autrice = await site.SignInAsync("autrice", "Autrice-pass-1");
        var auteur = await site.SignInAsync("auteur", "Auteur-pass-1");
        var editrice = await site.SignInAsync("editrice", "Editrice-pass-1");
        var media = Path.Combine(site.DataPath, "media");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(autrice, "affiche-autrice.png", _png)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(auteur, "affiche-auteur.png", _png)).StatusCode);
        await File.WriteAllBytesAsync(Path.Combine(media, "ancien-logo.png"), _png);

        var own = await DeleteAsync(autrice, "affiche-autrice.png");
        var someoneElses = await DeleteAsync(autrice, "affiche-auteur.png");
        var nobodys = await DeleteAsync(autrice, "ancien-logo.png");
        var keptAfterRefusals = File.Exists(Path.Combine(media, "affiche-auteur.png")) && File.Exists(Path.Combine(media, "ancien-logo.png"));
        var byEditor = await DeleteAsync(editrice, "affiche-auteur.png");
        var nobodysByEditor = await DeleteAsync(editrice, "ancien-logo.png");

        Assert.Equal("/admin/media", PathOf(own));
        Assert.Equal("/admin/denied", PathOf(someoneElses));
        Assert.Equal("/admin/denied", PathOf(nobodys));
        Assert.True(keptAfterRefusals);
        Assert.Equal("/admin/media", PathOf(byEditor));
        Assert.Equal("/admin/media", PathOf(nobodysByEditor));
        Assert.Empty(Directory.GetFiles(media));
    }

    private static string? PathOf(HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null : location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString;

    private static Task<HttpResponseMessage> DeleteAsync(HttpClient client, string path) =>
        AdminSite.PostAsync(client, "/admin/media?handler=Delete", new() { ["path"] = path }, "/admin/media");

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] bytes)
    {
        var page = await AdminSite.GetPageAsync(client, "/admin/media");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "files", fileName } };
        return await client.PostAsync(new Uri("/admin/media?handler=Upload", UriKind.Relative), content);
    }
}
