using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Web.Display.PageCache;

namespace RencontresAict.Tests.Display;

/// <summary>The byte cache in front of the pipeline: the same answer as the full pipeline, and only what may be shared.</summary>
public sealed class CachedPageTests
{
    [Fact]
    public async Task APageIsAnsweredAgainFromItsBytesWithTheSameHeadersAndBodyAndHeadGivesTheHeadersAlone()
    {
        await using var site = await SiteFactory.StartAsync();
        var store = site.Services.GetRequiredService<CachedPageStore>();
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var rendered = await client.GetAsync(new Uri("/programme", UriKind.Relative));
        var renderedBody = await rendered.Content.ReadAsByteArrayAsync();
        var hitsBefore = store.Hits;
        using var again = await client.GetAsync(new Uri("/programme", UriKind.Relative));
        var againBody = await again.Content.ReadAsByteArrayAsync();
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/programme", UriKind.Relative)));

        Assert.Equal(hitsBefore + 2, store.Hits);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(again.Headers.Age is not null, "no Age on an answer from the cache");
        Assert.Equal(renderedBody, againBody);
        Assert.Equal(rendered.Content.Headers.ContentType, again.Content.Headers.ContentType);
        Assert.Equal(renderedBody.Length, again.Content.Headers.ContentLength);
        Assert.Equal(rendered.Headers.GetValues("Content-Security-Policy"), again.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal("nosniff", Assert.Single(again.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(renderedBody.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnswersThatSetACookieFailOrNameNoCachePolicyAreNeverKeptAndCorsRequestsGoThroughThePipeline()
    {
        await using var site = await SiteFactory.StartAsync(new Dictionary<string, string?> { ["Api:CorsOrigins:0"] = "https://allowed.example" });
        var store = site.Services.GetRequiredService<CachedPageStore>();
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var path in new[] { "/inscription", "/page-qui-n-existe-pas", "/health", "/recherche?q=atelier", "/programme.ics" })
        {
            (await client.GetAsync(new Uri(path, UriKind.Relative))).Dispose();
            (await client.GetAsync(new Uri(path, UriKind.Relative))).Dispose();
        }

        using var cors = new HttpRequestMessage(HttpMethod.Get, new Uri("/programme.ics", UriKind.Relative));
        cors.Headers.Add("Origin", "https://allowed.example");
        using var corsAnswer = await client.SendAsync(cors);

        // The registration form sets its antiforgery cookie, the 404 and /health have no cache policy; the search page is
        // not cached either. The calendar export is.
        Assert.Equal(["/programme.ics"], store.Keys);
        Assert.Equal(HttpStatusCode.OK, corsAnswer.StatusCode);
        Assert.Equal("https://allowed.example", Assert.Single(corsAnswer.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task APublishEmptiesTheByteCacheAndAPageRenderedMeanwhileIsNotKept()
    {
        await using var site = await SiteFactory.StartAsync();
        var store = site.Services.GetRequiredService<CachedPageStore>();
        await site.GetOkPageAsync("/programme");
        var generation = store.Generation;
        Assert.NotNull(store.Find("/programme"));

        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentManager>();
            var draft = (await content.GetAsync("4a1ct130sess10n02206201600", VersionOptions.DraftRequired))!;
            draft.GetPart("TitlePart")!["Title"] = "Pause café et thé";
            await content.SaveDraftAsync(draft);
            await content.PublishAsync(draft);
        });
        store.Add("/rendu-pendant-la-publication", new CachedPage([], [1], DateTimeOffset.UtcNow, DateTimeOffset.MaxValue), generation);

        Assert.Null(store.Find("/programme"));
        Assert.Null(store.Find("/rendu-pendant-la-publication"));
        Assert.Contains("Pause café et thé", (await site.GetOkPageAsync("/programme")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
