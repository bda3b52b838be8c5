using Dapper;
using Microsoft.Extensions.Logging;

namespace RencontresAict.Content.Documents;

/// <summary>Brings every module's tables to their latest step, each step in its own transaction.</summary>
public sealed class SchemaMigrator(IDatabase database, IEnumerable<IDataMigration> migrations, ILogger<SchemaMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS SchemaVersion (Module TEXT NOT NULL PRIMARY KEY, Version INTEGER NOT NULL)");
        foreach (var migration in migrations)
        {
            var current = await connection.ExecuteScalarAsync<long?>(
                "SELECT Version FROM SchemaVersion WHERE Module = @Module", new { migration.Module }) ?? 0;
            for (var step = (int)current; step < migration.Steps.Count; step++)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var sql = migration.Steps[step].Replace("{Identity}", database.IdentityColumn, StringComparison.Ordinal);
                await connection.ExecuteAsync(sql, transaction: transaction);
                await connection.ExecuteAsync(
                    step == 0
                        ? "INSERT INTO SchemaVersion (Module, Version) VALUES (@Module, @Version)"
                        : "UPDATE SchemaVersion SET Version = @Version WHERE Module = @Module",
                    new { migration.Module, Version = step + 1 }, transaction);
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Migrated {Module} to schema step {Step}", migration.Module, step + 1);
            }
        }
    }
}
