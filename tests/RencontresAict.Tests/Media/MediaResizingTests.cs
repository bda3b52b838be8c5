using System.Text.Encodings.Web;
using Fluid;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Admin.Media;
using RencontresAict.Content.Liquid;
using RencontresAict.Content.Recipes;
using RencontresAict.Tests.Fixtures;
using SkiaSharp;

namespace RencontresAict.Tests.Media;

public sealed class MediaResizingTests
{
    [Fact]
    public async Task ImagesAreServedResizedFromADiskCacheOnlyInAllowedSizesAndNeverOverThePixelLimit()
    {
        await using var site = await SiteFactory.StartAsync(new Dictionary<string, string?> { ["Admin:Media:MaxSourcePixels"] = "100000" });
        var media = Path.Combine(site.DataPath, "media");
        Directory.CreateDirectory(media);
        await File.WriteAllBytesAsync(Path.Combine(media, "portrait.jpg"), Image(400, 200, SKEncodedImageFormat.Jpeg));
        await File.WriteAllBytesAsync(Path.Combine(media, "affiche.png"), Image(400, 300, SKEncodedImageFormat.Png));
        await File.WriteAllTextAsync(Path.Combine(media, "dessin.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        using var client = site.CreateClient();

        var resized = await SizeOfAsync(client, "/media/portrait.jpg?width=160");
        var cropped = await SizeOfAsync(client, "/media/portrait.jpg?width=100&height=100&rmode=crop");
        var padded = await SizeOfAsync(client, "/media/portrait.jpg?width=100&height=100&rmode=pad");
        var cachedFiles = Directory.GetFiles(Path.Combine(media, ".resized"), "*", SearchOption.AllDirectories).Length;
        var again = await SizeOfAsync(client, "/media/portrait.jpg?width=160");
        var unsupported = await SizeOfAsync(client, "/media/portrait.jpg?width=123");
        using var hidden = await client.GetAsync(new Uri("/media/.resized/160xauto-undefined-q0-same/portrait.jpg", UriKind.Relative));
        using var tooLarge = await client.GetAsync(new Uri("/media/affiche.png?width=100", UriKind.Relative));
        using var svg = await client.GetAsync(new Uri("/media/dessin.svg?width=100", UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/media/portrait.jpg?width=160", UriKind.Relative)));

        Assert.Equal((160, 80), resized);
        Assert.Equal((100, 100), cropped);
        Assert.Equal((100, 100), padded);
        Assert.Equal(3, cachedFiles);
        Assert.Equal((160, 80), again);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(media, ".resized"), "*", SearchOption.AllDirectories).Length);
        Assert.Equal((400, 200), unsupported);
        Assert.Equal(404, (int)hidden.StatusCode);
        Assert.Equal(422, (int)tooLarge.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Equal(MediaFiles.SvgPolicy, svg.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("<script>", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(200, (int)head.StatusCode);
        Assert.Equal("image/jpeg", head.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task ResizeUrlWritesOrchardsQueryFromArgumentsOrAStoredMediaProfileAndLeavesSvgAlone()
    {
        await using var site = await SiteFactory.StartAsync();
        var recipe = RecipeReader.Parse(
            """{ "steps": [ { "name": "MediaProfiles", "MediaProfiles": { "banner": { "Hint": "", "Width": 1140, "Height": 400, "Mode": 2, "Format": 6, "Quality": 70 } } } ] }""",
            "profiles.recipe.json", Path.GetTempPath());
        await site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe);
        var media = Path.Combine(site.DataPath, "media");
        Directory.CreateDirectory(media);
        await File.WriteAllBytesAsync(Path.Combine(media, "bandeau.jpg"), Image(1200, 600, SKEncodedImageFormat.Jpeg));

        var named = await RenderAsync(site, "{{ 'photos/a.jpg' | asset_url | resize_url: width: 160, height: 160, mode: 'crop' }}");
        var positional = await RenderAsync(site, "{{ '/media/a.png' | resize_url: 240 }}");
        var heightOnly = await RenderAsync(site, "{{ 'a.webp' | resize_url: height: 100 }}");
        var profile = await RenderAsync(site, "{{ 'bandeau.jpg' | asset_url | resize_url: profile: 'banner' }}");
        var svg = await RenderAsync(site, "{{ 'logo.svg' | asset_url | resize_url: width: 100 }}");
        using var client = site.CreateClient();
        var fromProfile = await SizeOfAsync(client, profile);

        Assert.Equal("/media/photos/a.jpg?width=160&height=160&rmode=crop", named);
        Assert.Equal("/media/a.png?width=240", positional);
        Assert.Equal("/media/a.webp?height=100", heightOnly);
        Assert.Equal("/media/bandeau.jpg?width=1140&height=400&rmode=crop&quality=70&format=webp", profile);
        Assert.Equal("/media/logo.svg", svg);
        Assert.Equal((1140, 400), fromProfile);
    }

    internal static byte[] Image(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    private static async Task<(int Width, int Height)> SizeOfAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        return (bitmap.Width, bitmap.Height);
    }

    private static async Task<string> RenderAsync(SiteFactory site, string template)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var liquid = scope.ServiceProvider.GetRequiredService<LiquidTemplateManager>();
        var context = liquid.CreateContext(scope.ServiceProvider, null);
        return System.Net.WebUtility.HtmlDecode(await liquid.Parse(template).RenderAsync(context, HtmlEncoder.Default));
    }
}
