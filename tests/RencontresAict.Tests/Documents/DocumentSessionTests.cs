using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Documents;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Documents;

public sealed class DocumentSessionTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task ListParametersSelectTheSameRowsOnEveryDatabase(string provider)
    {
        await using var host = await ContentEngineHost.StartAsync(provider: provider);
        var ids = await host.InScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<DocumentSession>();
            return new[]
            {
                await session.InsertDocumentAsync("Probe", "{\"n\":1}"),
                await session.InsertDocumentAsync("Probe", "{\"n\":2}"),
                await session.InsertDocumentAsync("Probe", "{\"n\":3}"),
            };
        });

        var (inside, outside) = await host.InScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<DocumentSession>();
            var wanted = new[] { ids[0], ids[2] };
            var inList = await session.QueryAsync<long>("SELECT Id FROM Document WHERE Type = 'Probe' AND Id IN @wanted ORDER BY Id", new { wanted });
            var notInList = await session.QueryAsync<long>("SELECT Id FROM Document WHERE Type = 'Probe' AND Id NOT IN @wanted ORDER BY Id", new { wanted });
            return (inList.ToArray(), notInList.ToArray());
        });

        Assert.Equal([ids[0], ids[2]], inside);
        Assert.Equal([ids[1]], outside);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task AfterCommitActionsCanUseTheDatabaseWhileTheCommittingScopeIsStillOpen(string provider)
    {
        // One pooled connection at most: an action that needed a second one while the first was held would wait forever.
        await using var host = await ContentEngineHost.StartAsync(provider: provider, settings: new Dictionary<string, string?> { ["Database:PostgresMaxPoolSize"] = "1" });
        var seenByAction = -1L;

        await host.InScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<DocumentSession>();
            await session.InsertDocumentAsync("Probe", "{}");
            session.AfterCommit(async () =>
            {
                await using var other = sp.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
                seenByAction = await other.ServiceProvider.GetRequiredService<DocumentSession>()
                    .ExecuteScalarAsync<long>("SELECT COUNT(*) FROM Document WHERE Type = 'Probe'");
            });
            await session.SaveChangesAsync().WaitAsync(TimeSpan.FromSeconds(10));
            return 0;
        });

        Assert.Equal(1, seenByAction);
    }
}
