using System.Data.Common;

namespace RencontresAict.Content.Documents;

/// <summary>The store's connection factory: one implementation per database provider.</summary>
public interface IDatabase
{
    string ProviderName { get; }

    /// <summary>The column definition of an auto-incremented 64-bit primary key.</summary>
    string IdentityColumn { get; }

    /// <summary>
    /// True when Dapper binds a list parameter as one array (Npgsql) instead of spelling out <c>IN (@p1, @p2…)</c>:
    /// <see cref="DocumentSession"/> then writes the code's portable <c>IN @list</c> as <c>= ANY(@list)</c>.
    /// </summary>
    bool BindsListsAsArrays { get; }

    /// <summary>
    /// True when connections come from a bounded pool that a server shares (PostgreSQL): reads outside a transaction
    /// then borrow one per query instead of holding one for the whole request. SQLite's connections are local and
    /// set up with pragmas on each open: a session keeps one.
    /// </summary>
    bool LendsConnectionsPerQuery { get; }

    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits for this process's turn to write, before a write transaction begins; disposing the result ends the turn.
    /// SQLite admits one writer per file: queuing writers here (first come, first served) replaces the busy handler's
    /// sleep-and-retry, which made waiting writers doze up to 100 ms at a time. PostgreSQL locks rows: no turn.
    /// </summary>
    ValueTask<IWriteTurn?> EnterWriteAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The statement that takes the lock named <c>@Name</c> until the transaction ends (<paramref name="shared"/>: one
    /// that other shared holders may hold too), or null when a write transaction already excludes every other writer.
    /// </summary>
    string? TransactionLockSql(bool shared);
}
