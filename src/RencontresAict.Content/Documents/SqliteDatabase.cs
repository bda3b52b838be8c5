using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace RencontresAict.Content.Documents;

/// <summary>An embedded SQLite file under the data folder, in WAL mode so readers never wait for the writer.</summary>
public sealed class SqliteDatabase : IDatabase, IDisposable
{
    /// <summary>As long as SQLite's own busy timeout: a writer that waits longer fails the same way.</summary>
    private static readonly TimeSpan WriteTurnTimeout = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _writeTurn = new(1, 1);
    private readonly string _connectionString;
    private int _walSet;
    private SqliteConnection? _writer;

    public SqliteDatabase(IOptions<SiteOptions> site, IOptions<DatabaseOptions> database)
    {
        var configured = database.Value.ConnectionString;
        if (string.IsNullOrWhiteSpace(configured))
        {
            Directory.CreateDirectory(site.Value.DataPath);
            configured = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(site.Value.DataPath, "site.db"),
                Pooling = true,
                DefaultTimeout = 30,
            }.ToString();
        }

        _connectionString = configured;
    }

    public string ProviderName => "Sqlite";

    public string IdentityColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    public bool BindsListsAsArrays => false;

    public bool LendsConnectionsPerQuery => false;

    /// <summary>None: the write turn and BEGIN IMMEDIATE already make every write transaction the only one.</summary>
    public string? TransactionLockSql(bool shared) => null;

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // WAL is a property of the file, set once per process; the others belong to each connection.
        pragma.CommandText = Interlocked.Exchange(ref _walSet, 1) == 0
            ? "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;"
            : "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public async ValueTask<IWriteTurn?> EnterWriteAsync(CancellationToken cancellationToken = default)
    {
        if (!await _writeTurn.WaitAsync(WriteTurnTimeout, cancellationToken))
        {
            throw new TimeoutException($"No write turn on the SQLite database within {WriteTurnTimeout.TotalSeconds:0} s.");
        }

        try
        {
            // Every turn writes through the same connection, opened at the first one (see IWriteTurn.Connection).
            if (_writer is not { State: System.Data.ConnectionState.Open })
            {
                _writer?.Dispose();
                _writer = (SqliteConnection)await OpenConnectionAsync(cancellationToken);
            }

            return new WriteTurn(_writeTurn, _writer);
        }
        catch
        {
            _writeTurn.Release();
            throw;
        }
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _writeTurn.Dispose();
    }

    private sealed class WriteTurn(SemaphoreSlim turn, DbConnection connection) : IWriteTurn
    {
        private int _released;

        public DbConnection? Connection => connection;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}
