using System.Data.Common;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using RencontresAict.Content.ContentManagement;

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

    public async Task<long> InsertDocumentAsync(string type, string content) =>
        await ExecuteScalarAfterWriteAsync<long>(
            "INSERT INTO Document (Type, Content, Version) VALUES (@type, @content, 1) RETURNING Id",
            new { type, content });

    /// <summary>Replaces a document's content; false when someone else changed it since <paramref name="expectedVersion"/>.</summary>
    public async Task<bool> UpdateDocumentAsync(long id, string content, long? expectedVersion = null)
    {
        var rows = await ExecuteAsync(
            expectedVersion is null
                ? "UPDATE Document SET Content = @content, Version = Version + 1 WHERE Id = @id"
                : "UPDATE Document SET Content = @content, Version = Version + 1 WHERE Id = @id AND Version = @expectedVersion",
            new { id, content, expectedVersion });
        return rows == 1;
    }

    public Task<StoredDocument?> GetDocumentAsync(long id) =>
        QueryFirstOrDefaultAsync<StoredDocument>("SELECT Id, Type, Content, Version FROM Document WHERE Id = @id", new { id });

    public async Task<IReadOnlyList<StoredDocument>> GetDocumentsAsync(IEnumerable<long> ids)
    {
        var list = ids.Distinct().ToArray();
        if (list.Length == 0)
        {
            return [];
        }

        // Parameters are spelled out: Dapper would pass a PostgreSQL array where SQLite needs a list.
        var parameters = new DynamicParameters();
        for (var i = 0; i < list.Length; i++)
        {
            parameters.Add("p" + i, list[i]);
        }

        var placeholders = string.Join(", ", list.Select((_, i) => "@p" + i));
        var rows = await QueryAsync<StoredDocument>($"SELECT Id, Type, Content, Version FROM Document WHERE Id IN ({placeholders})", parameters);
        var byId = rows.ToDictionary(d => d.Id);
        return list.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    /// <summary>
    /// The document <paramref name="stamp"/> names, parsed by <paramref name="parse"/> and shared through
    /// <paramref name="cache"/> while its stored version stays the same: callers read the stamp in the query that finds
    /// the document (an index joined to Document), so a cached document costs no other read. A read inside this
    /// session's own write transaction is parsed but not cached, since its version may yet be rolled back. Null when
    /// the document no longer exists.
    /// </summary>
    public async Task<T?> GetParsedAsync<T>(DocumentStamp stamp, ParsedDocumentCache cache, Func<StoredDocument, T> parse) where T : class
    {
        if (cache.TryGet<T>(stamp.Id, stamp.Version, out var cached))
        {
            return cached;
        }

        if (await GetDocumentAsync(stamp.Id) is not { } row)
        {
            return null;
        }

        var value = parse(row);
        if (!HasPendingWrites)
        {
            cache.Set(row.Id, row.Version, value);
        }

        return value;
    }

    /// <summary>Loads a document of which the site has one (site settings, content definitions).</summary>
    public async Task<T?> GetSingletonAsync<T>(string type) where T : class
    {
        var row = await QueryFirstOrDefaultAsync<StoredDocument>(
            "SELECT Id, Type, Content, Version FROM Document WHERE Type = @type ORDER BY Id LIMIT 1", new { type });
        return row is null ? null : JsonSerializer.Deserialize<T>(row.Content, ContentJson.Options);
    }

    /// <summary>Stores a singleton document; unchanged content is not written again, so its version (and caches) stay.</summary>
    public async Task SaveSingletonAsync<T>(string type, T document)
    {
        var content = JsonSerializer.Serialize(document, ContentJson.Options);
        var row = await QueryFirstOrDefaultAsync<StoredDocument>(
            "SELECT Id, Type, Content, Version FROM Document WHERE Type = @type ORDER BY Id LIMIT 1", new { type });
        if (row is null)
        {
            await InsertDocumentAsync(type, content);
        }
        else if (row.Content != content)
        {
            await UpdateDocumentAsync(row.Id, content);
        }
    }

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
