using Microsoft.AspNetCore.Http;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Display;

public sealed class NotFoundTests
{
    [Theory]
    [InlineData("/cette-page-n-existe-pas")]
    [InlineData("/programme/session-inconnue")]
    [InlineData("/theme/absent.css")]
    public async Task UnknownUrlsGetTheThemes404Page(string path)
    {
        await using var site = await SiteFactory.StartAsync();

        var (status, page) = await site.GetPageAsync(path);

        Assert.Equal(404, status);
        Assert.Equal("Page introuvable", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/../appsettings.json")]
    [InlineData("/theme/../../appsettings.json")]
    [InlineData("/theme/..%2f..%2fappsettings.json")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/theme/%2e%2e/Views/Layout.liquid")]
    [InlineData("/theme/..\\Views\\Layout.liquid")]
    public async Task TraversalAttemptsGetThe404PageNeverAFile(string rawPath)
    {
        await using var site = await SiteFactory.StartAsync();

        // The raw path is given to the server as is: an HTTP client would have normalised the dots away.
        var context = await site.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = PathString.FromUriComponent(rawPath.Replace("\\", "%5C", StringComparison.Ordinal));
        });
        using var reader = new StreamReader(context.Response.Body);
        var body = await reader.ReadToEndAsync();

        Assert.Equal(404, context.Response.StatusCode);
        Assert.Contains("Page introuvable", body, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Logging\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemeAssetsAreServedUnderTheme()
    {
        await using var site = await SiteFactory.StartAsync();
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri("/theme/site.css", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
    }
}
