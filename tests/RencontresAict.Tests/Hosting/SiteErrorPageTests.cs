using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Tests.Forms;

namespace RencontresAict.Tests.Hosting;

public sealed class SiteErrorPageTests
{
    [Fact]
    public async Task AFullDatabaseAnswersThePublicPageWithAFrench503AndRetryAfter()
    {
        await using var site = await SiteFactory.StartAsync(services: FailingDatabase.Install);
        site.Services.GetRequiredService<FailingDatabase>().ReadFailure = new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri("/intervenants", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), response.Headers.RetryAfter?.Delta);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("Le site est momentanément indisponible. Réessayez dans quelques minutes.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFullDiskDuringARegistrationPostAnswersAFrench503()
    {
        await using var site = await SiteFactory.StartAsync(
            new Dictionary<string, string?> { ["Site:AsOf"] = RegistrationSite.OpenAsOf, ["Forms:PostsPerIp"] = "1000" }, FailingDatabase.Install);
        using var visitor = new RegistrationVisitor(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var (action, hidden) = await visitor.OpenFormAsync();
        site.Services.GetRequiredService<FailingDatabase>().WriteFailure = new IOException("No space left on device", 28);

        using var response = await visitor.PostAsync(action, hidden, RegistrationVisitor.ValidAnswers());
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("Le site est momentanément indisponible", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADatabaseServerOutOfReachAnswersThePublicPageWithAFrench503AndRetryAfter()
    {
        await using var site = await SiteFactory.StartAsync(services: FailingDatabase.Install);
        site.Services.GetRequiredService<FailingDatabase>().ReadFailure =
            new Npgsql.NpgsqlException("Failed to connect to 127.0.0.1:5432", new System.Net.Sockets.SocketException(111));
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri("/intervenants", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("Le site est momentanément indisponible", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyOtherFailureAnswersAFrenchErrorPageThatShowsNothingOfTheException()
    {
        await using var site = await SiteFactory.StartAsync(services: FailingDatabase.Install);
        site.Services.GetRequiredService<FailingDatabase>().ReadFailure = new InvalidOperationException("secret detail of the failure");
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri("/intervenants", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Une erreur est survenue", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", body, StringComparison.Ordinal);
        Assert.Null(response.Headers.RetryAfter);
    }
}
