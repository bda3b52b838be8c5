using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;

namespace RencontresAict.Content.Documents;

/// <summary>
/// The unit of work of one request, command or recipe: documents and their index rows are written in one
/// transaction, begun at the first write and committed by <see cref="SaveChangesAsync"/>. Disposing without
/// saving rolls everything back. Actions registered with <see cref="BeforeCommit"/> run last inside the transaction;
/// those registered with <see cref="AfterCommit"/> run once the data is durable.
/// </summary>
public sealed partial class DocumentSession(IDatabase database) : IAsyncDisposable
{
    private readonly List<Func<Task>> _beforeCommit = [];
    private readonly List<Func<Task>> _afterCommit = [];
    private DbConnection? _connection;
    private DbTransaction? _transaction;
    private IWriteTurn? _writeTurn;

    public IDatabase Database => database;

    public bool HasPendingWrites => _transaction is not null;

    public async Task<DbConnection> GetConnectionAsync(CancellationToken cancellationToken = default) =>
        _connection ??= await database.OpenConnectionAsync(cancellationToken);

    public DbTransaction? Transaction => _transaction;

    public async Task BeginWriteAsync(CancellationToken cancellationToken = default)
    {
        if (_transaction is null)
        {
            _writeTurn = await database.EnterWriteAsync(cancellationToken);
            try
            {
                if (_writeTurn?.Connection is { } writer)
                {
                    // Reads so far used a pooled connection; the transaction runs on the turn's own.
                    if (_connection is not null)
                    {
                        await _connection.DisposeAsync();
                    }

                    _connection = writer;
                }

                var connection = await GetConnectionAsync(cancellationToken);
                _transaction = await connection.BeginTransactionAsync(cancellationToken);
            }
            catch
            {
                EndWriteTurn();
                throw;
            }
        }
    }

    /// <summary>
    /// Begins the write transaction if none is open and holds the lock <paramref name="name"/> until it ends: the
    /// transactions taking the same name run their steps after this point one at a time (shared holders together,
    /// apart from an exclusive one). Where a write transaction already excludes every other writer (SQLite), nothing
    /// more is taken.
    /// </summary>
    public async Task LockUntilCommitAsync(string name, bool shared = false)
    {
        await BeginWriteAsync();
        if (database.TransactionLockSql(shared) is { } sql)
        {
            await ExecuteScalarAsync<object>(sql, new { Name = name });
        }
    }

    public Task<IEnumerable<T>> QueryAsync<T>(string sql, object? parameters = null) =>
        ReadAsync(connection => connection.QueryAsync<T>(Portable(sql), parameters, _transaction));

    public Task<T?> QueryFirstOrDefaultAsync<T>(string sql, object? parameters = null) =>
        ReadAsync(connection => connection.QueryFirstOrDefaultAsync<T>(Portable(sql), parameters, _transaction));

    public Task<T?> ExecuteScalarAsync<T>(string sql, object? parameters = null) =>
        ReadAsync(connection => connection.ExecuteScalarAsync<T>(Portable(sql), parameters, _transaction));

    /// <summary>
    /// Runs a read on the session's connection, or, outside a transaction on a database whose pool is bounded, on a
    /// connection borrowed for this one query: a page that renders for a while between its reads then holds none, so a
    /// burst of visitors waits for the pool only as long as each query lasts.
    /// </summary>
    private async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read)
    {
        if (_transaction is not null || !database.LendsConnectionsPerQuery)
        {
            return await read(await GetConnectionAsync());
        }

        await using var connection = await database.OpenConnectionAsync();
        return await read(connection);
    }

    public async Task<int> ExecuteAsync(string sql, object? parameters = null)
    {
        await BeginWriteAsync();
        return await _connection!.ExecuteAsync(Portable(sql), parameters, _transaction);
    }

    /// <summary>The SQL as this database reads it: Dapper's list syntax <c>IN @list</c> becomes <c>= ANY(@list)</c> on PostgreSQL.</summary>
    public string Portable(string sql) =>
        database.BindsListsAsArrays ? ListParameter().Replace(sql, m => (m.Groups[1].Success ? "<> ALL(@" : "= ANY(@") + m.Groups[2].Value + ")") : sql;

    [GeneratedRegex(@"(\bNOT\s+)?\bIN\s+@(\w+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListParameter();

    /// <summary>
    /// Runs <paramref name="action"/> in the transaction when it is saved, after everything else: a write that must
    /// be atomic with the rest but need not take the write turn early (on SQLite, writers take turns). If it throws,
    /// nothing is committed.
    /// </summary>
    public void BeforeCommit(Func<Task> action) => _beforeCommit.Add(action);

    public void AfterCommit(Func<Task> action) => _afterCommit.Add(action);

    public async Task SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        var last = _beforeCommit.ToList();
        _beforeCommit.Clear();
        foreach (var action in last)
        {
            await action();
        }

        if (_transaction is not null)
        {
            try
            {
                await _transaction.CommitAsync(cancellationToken);
                await _transaction.DisposeAsync();
                _transaction = null;
            }
            finally
            {
                if (_transaction is null)
                {
                    EndWriteTurn();
                }
            }

            // The connection goes back to the pool before the after-commit actions, which open scopes (and
            // connections) of their own: holding two at once per request would starve a bounded pool under load.
            // A later read in this scope opens one again. (The turn's own connection was handed back with the turn.)
            if (_connection is not null)
            {
                await _connection.DisposeAsync();
                _connection = null;
            }
        }

        var actions = _afterCommit.ToList();
        _afterCommit.Clear();
        foreach (var action in actions)
        {
            await action();
        }
    }

    public async Task RollbackAsync()
    {
        if (_transaction is not null)
        {
            try
            {
                await _transaction.RollbackAsync();
                await _transaction.DisposeAsync();
            }
            finally
            {
                _transaction = null;
                EndWriteTurn();
            }
        }

        _beforeCommit.Clear();
        _afterCommit.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await RollbackAsync();
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    /// <summary>Ends the turn; the turn's connection, if the session was using it, is no longer the session's.</summary>
    private void EndWriteTurn()
    {
        if (_writeTurn?.Connection is { } writer && ReferenceEquals(_connection, writer))
        {
            _connection = null;
        }

        _writeTurn?.Dispose();
        _writeTurn = null;
    }

    private async Task<T> ExecuteScalarAfterWriteAsync<T>(string sql, object parameters)
    {
        await BeginWriteAsync();
        return (await _connection!.ExecuteScalarAsync<T>(sql, parameters, _transaction))!;
    }
}
