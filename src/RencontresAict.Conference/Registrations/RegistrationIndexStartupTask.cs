using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Setup;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// Once the schema is up to date, before the server listens: registrations indexed before the admin's columns existed,
/// or before e-mail keys and names were cleaned of invisible characters (an empty SearchText: every registration has at
/// least an e-mail; the migration empties it), are indexed again, in batches, so the admin's search and sorts find them,
/// the duplicate check compares their cleaned address and their history starts with their current status.
/// </summary>
public sealed class RegistrationIndexStartupTask(IServiceScopeFactory scopes) : ISiteStartupTask
{
    private const int BatchSize = 200;

    public async Task RunAsync(SiteSetupResult setup, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<DocumentSession>();
            var ids = (await session.QueryAsync<long>(
                "SELECT DocumentId FROM RegistrationIndex WHERE SearchText = '' ORDER BY DocumentId LIMIT @take", new { take = BatchSize })).ToList();
            if (ids.Count == 0)
            {
                return;
            }

            var provider = scope.ServiceProvider.GetServices<IContentIndexProvider>().OfType<RegistrationIndexProvider>().Single();
            await session.BeginWriteAsync(cancellationToken);
            foreach (var item in await scope.ServiceProvider.GetRequiredService<ContentItemStore>().LoadManyAsync(ids))
            {
                await provider.ReindexAsync(session, item);
            }

            // A registration with no e-mail at all would come back every time: give it a non-empty search text.
            await session.ExecuteAsync("UPDATE RegistrationIndex SET SearchText = ' ' WHERE SearchText = '' AND DocumentId IN @ids", new { ids });
            await session.SaveChangesAsync(cancellationToken);
        }
    }
}
