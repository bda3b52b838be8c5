using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Documents;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Documents;

public sealed class ParsedDocumentTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task ADocumentIsParsedOnceAndParsedAgainOnlyWhenItChanges(string provider)
    {
        await using var host = await ContentEngineHost.StartAsync(provider: provider);
        var parses = 0;
        Probe Parse(StoredDocument row)
        {
            parses++;
            return new Probe(row.Content);
        }

        var id = await host.InScopeAsync(sp => sp.GetRequiredService<DocumentSession>().InsertDocumentAsync("Probe", "{\"n\":1}"));
        var first = await host.InScopeAsync(sp => ReadAsync(sp, id, Parse));
        var second = await host.InScopeAsync(sp => ReadAsync(sp, id, Parse));
        await host.InScopeAsync(sp => sp.GetRequiredService<DocumentSession>().UpdateDocumentAsync(id, "{\"n\":2}"));
        var changed = await host.InScopeAsync(sp => ReadAsync(sp, id, Parse));

        Assert.Same(first, second);
        Assert.Equal("{\"n\":2}", changed!.Content);
        Assert.Equal(2, parses);
    }

    [Fact]
    public async Task AChangeReadInsideAWriteThatIsRolledBackIsNeverSeenByOtherRequests()
    {
        await using var host = await ContentEngineHost.StartAsync();
        var id = await host.InScopeAsync(sp => sp.GetRequiredService<DocumentSession>().InsertDocumentAsync("Probe", "{\"n\":1}"));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<DocumentSession>();
            await session.UpdateDocumentAsync(id, "{\"n\":\"rolled back\"}");
            Assert.Equal("{\"n\":\"rolled back\"}", (await ReadAsync(scope.ServiceProvider, id, row => new Probe(row.Content)))!.Content);
        }

        // The rolled-back change had version 2: the committed change that now takes version 2 must be the one read.
        await host.InScopeAsync(sp => sp.GetRequiredService<DocumentSession>().UpdateDocumentAsync(id, "{\"n\":\"committed\"}"));
        var after = await host.InScopeAsync(sp => ReadAsync(sp, id, row => new Probe(row.Content)));
        Assert.Equal("{\"n\":\"committed\"}", after!.Content);
    }

    [Fact]
    public async Task AWriteRolledBackOnSqlitesSharedWriterConnectionLeavesTheNextWriteWorking()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var connections = new List<object>();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<DocumentSession>();
            await session.InsertDocumentAsync("Probe", "{\"kept\":false}");
            connections.Add(await session.GetConnectionAsync());
        }

        await host.InScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<DocumentSession>();
            await session.InsertDocumentAsync("Probe", "{\"kept\":true}");
            connections.Add(await session.GetConnectionAsync());
        });
        var stored = await host.InScopeAsync(sp => sp.GetRequiredService<DocumentSession>()
            .QueryAsync<string>("SELECT Content FROM Document WHERE Type = 'Probe'"));

        Assert.Equal(["{\"kept\":true}"], stored);
        Assert.Same(connections[0], connections[1]);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task ABeforeCommitActionWritesLastInTheTransactionAndWhenItThrowsNothingIsCommitted(string provider)
    {
        await using var host = await ContentEngineHost.StartAsync(provider: provider);
        var order = new List<string>();

        await host.InScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<DocumentSession>();
            session.BeforeCommit(async () =>
            {
                order.Add("before commit");
                await session.InsertDocumentAsync("Probe", "{\"last\":true}");
            });
            await session.InsertDocumentAsync("Probe", "{\"first\":true}");
            order.Add("work");
        });
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<DocumentSession>();
            await session.InsertDocumentAsync("Probe", "{\"lost\":true}");
            session.BeforeCommit(() => throw new InvalidOperationException("refused"));
            await Assert.ThrowsAsync<InvalidOperationException>(() => session.SaveChangesAsync());
        }

        var stored = await host.InScopeAsync(sp => sp.GetRequiredService<DocumentSession>()
            .QueryAsync<string>("SELECT Content FROM Document WHERE Type = 'Probe' ORDER BY Id"));
        Assert.Equal(["work", "before commit"], order);
        Assert.Equal(["{\"first\":true}", "{\"last\":true}"], stored);
    }

    private static async Task<Probe?> ReadAsync(IServiceProvider services, long id, Func<StoredDocument, Probe> parse)
    {
        var session = services.GetRequiredService<DocumentSession>();
        var stamp = await session.QueryFirstOrDefaultAsync<DocumentStamp>("SELECT Id, Version FROM Document WHERE Id = @id", new { id });
        return await session.GetParsedAsync(stamp!, services.GetRequiredService<ParsedDocumentCache>(), parse);
    }

    private sealed record Probe(string Content);
}
