using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Recipes;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Forms;

public sealed class RegistrationReliabilityTests
{
    [Fact]
    public async Task FiftyRegistrationsWhileSmtpIsDownAllGetTheirEmailOnceWhenItIsBack()
    {
        await using var site = await RegistrationSite.StartAsync(smtpUp: false);

        for (var i = 0; i < 50; i++)
        {
            using var visitor = site.NewVisitor();
            Assert.Equal(HttpStatusCode.Redirect, (await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers($"p{i}@example.org"))).StatusCode);
        }

        site.Smtp.Start();
        var mails = await site.Smtp.WaitForAsync(50, TimeSpan.FromSeconds(120));
        await Task.Delay(1500);

        Assert.Equal(50, site.Smtp.Messages.Count);
        Assert.Equal(50, mails.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
    }

    [Fact]
    public async Task ProcessStoppedBetweenAcceptanceAndSendingLosesNothing()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "raict-site-tests", Guid.NewGuid().ToString("N"));
        // A message claimed when the process stopped is taken again once its (short, here) lease ends.
        var shared = new Dictionary<string, string?> { ["Site:DataPath"] = dataPath, ["Email:ClaimLease"] = "00:00:03" };
        try
        {
            await using (var before = await RegistrationSite.StartAsync(shared, smtpUp: false))
            {
                for (var i = 0; i < 5; i++)
                {
                    using var visitor = before.NewVisitor();
                    await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers($"r{i}@example.org"));
                }
            }

            await using var after = await RegistrationSite.StartAsync(shared);
            var mails = await after.Smtp.WaitForAsync(5);
            await Task.Delay(500);

            Assert.Equal(5, after.Smtp.Messages.Count);
            Assert.Equal(5, mails.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
            Assert.Equal(5, (await after.CountByStatusAsync())["pending"]);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task ImportingTheRecipeAgainKeepsOneFormOneWorkflowAndTheRegistrationsWorking()
    {
        await using var site = await RegistrationSite.StartAsync();
        using var visitor = site.NewVisitor();
        await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers("before@example.org"));

        await site.Site.Services.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(RecipeFiles.Rencontres13);
        var counts = new Dictionary<string, long>();
        await site.Site.InScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<RencontresAict.Content.Documents.DocumentSession>();
            counts["forms"] = await session.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ContentItemIndex WHERE ContentType = 'Form' AND Latest = 1");
            counts["pages"] = await session.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM AutoroutePartIndex WHERE Path LIKE 'inscription%' AND Published = 1");
            counts["workflows"] = await session.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM WorkflowTypeIndex");
        });
        var after = await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers("after@example.org"));

        Assert.Equal(2, counts["forms"]);
        Assert.Equal(5, counts["pages"]);
        Assert.Equal(1, counts["workflows"]);
        Assert.Equal("/inscription/merci", after.Headers.Location!.OriginalString);
        Assert.Equal(2, (await site.CountByStatusAsync())["pending"]);
    }
}
