using System.Globalization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Conference.Registrations;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Tests.Workflows;

namespace RencontresAict.Tests.Forms;

/// <summary>
/// The site set up from the 13th edition's recipe, as on 1 May 2022 (registration open), its e-mail going to a real
/// SMTP server in the test process. <see cref="NewVisitor"/> gives a browser-like client (cookies, no redirects).
/// </summary>
public sealed class RegistrationSite : IAsyncDisposable
{
    public const string FormId = "4a1ct130f0rm1nscr1pt10n001";
    public const string OpenAsOf = "2022-05-01T10:00:00Z";

    private RegistrationSite(SiteFactory site, SmtpSink smtp)
    {
        Site = site;
        Smtp = smtp;
    }

    public SiteFactory Site { get; }

    public SmtpSink Smtp { get; }

    /// <param name="settings">Extra configuration, over the defaults above.</param>
    /// <param name="smtpUp">Whether the SMTP sink accepts connections from the start.</param>
    /// <param name="provider">"Sqlite" (a file in the data folder) or "Postgres" (a fresh database on the server run-tests.sh starts).</param>
    public static async Task<RegistrationSite> StartAsync(IDictionary<string, string?>? settings = null, bool smtpUp = true, string provider = "Sqlite")
    {
        var smtp = new SmtpSink(start: smtpUp);
        var all = new Dictionary<string, string?>
        {
            ["Site:AsOf"] = OpenAsOf,
            ["Email:DeliveryMethod"] = "Smtp",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Email:DefaultSender"] = "Rencontres AICT <inscriptions@rencontres-aict.fr>",
            ["Email:PollInterval"] = "00:00:00.200",
            ["Email:RetryBaseDelay"] = "00:00:01",
            ["Forms:PostsPerIp"] = "1000",
        };
        if (provider == "Postgres")
        {
            all["Database:Provider"] = "Postgres";
            all["Database:ConnectionString"] = await PostgresTestServer.CreateDatabaseAsync();
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new RegistrationSite(await SiteFactory.StartAsync(all), smtp);
    }

    public RegistrationVisitor NewVisitor() =>
        new(Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Sets the edition's Capacity (null: no limit), as an editor would.</summary>
    public Task SetCapacityAsync(int? capacity) => Site.InScopeAsync(async sp =>
    {
        var content = sp.GetRequiredService<ContentManager>();
        var edition = (await content.GetAsync(SiteFactory.EditionId, VersionOptions.DraftRequired))!;
        edition.GetOrCreatePart("Edition")["Capacity"] = new System.Text.Json.Nodes.JsonObject { ["Value"] = capacity };
        await content.UpdateAsync(edition);
        await content.PublishAsync(edition);
    });

    public async Task<IReadOnlyDictionary<string, int>> CountByStatusAsync()
    {
        IReadOnlyDictionary<string, int> counts = new Dictionary<string, int>();
        await Site.InScopeAsync(async sp => counts = await sp.GetRequiredService<RegistrationStore>().CountByStatusAsync(SiteFactory.EditionId));
        return counts;
    }

    public async Task<IReadOnlyList<ContentItem>> ListRegistrationsAsync()
    {
        var items = new List<ContentItem>();
        await Site.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<ContentItemStore>();
            var ids = await store.Session.QueryAsync<long>("SELECT DocumentId FROM RegistrationIndex ORDER BY DocumentId");
            items.AddRange(await store.LoadManyAsync(ids));
        });
        return items;
    }

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        Smtp.Dispose();
    }
}
