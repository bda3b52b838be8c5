using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Documents;

namespace RencontresAict.Tests.Hosting;

/// <summary>The site's SQLite store, made to fail on demand: opening a connection, or starting a write.</summary>
public sealed class FailingDatabase(IDatabase inner) : IDatabase, IDisposable
{
    public Exception? ReadFailure { get; set; }

    public Exception? WriteFailure { get; set; }

    private Exception? _passingFailure;
    private int _passingFailuresLeft;

    /// <summary>The next <paramref name="count"/> writes fail with <paramref name="failure"/>, then writes work again (a restart).</summary>
    public void FailNextWrites(Exception failure, int count)
    {
        _passingFailure = failure;
        Volatile.Write(ref _passingFailuresLeft, count);
    }

    public string ProviderName => inner.ProviderName;

    public string IdentityColumn => inner.IdentityColumn;

    public bool BindsListsAsArrays => inner.BindsListsAsArrays;

    public bool LendsConnectionsPerQuery => inner.LendsConnectionsPerQuery;

    public string? TransactionLockSql(bool shared) => inner.TransactionLockSql(shared);

    /// <summary>Puts a FailingDatabase around the site's SQLite store; resolve it to set the failures.</summary>
    public static void Install(IServiceCollection services)
    {
        services.AddSingleton(sp => new FailingDatabase(ActivatorUtilities.CreateInstance<SqliteDatabase>(sp)));
        services.AddSingleton<IDatabase>(sp => sp.GetRequiredService<FailingDatabase>());
    }

    public Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        ReadFailure is { } failure ? throw failure : inner.OpenConnectionAsync(cancellationToken);

    public ValueTask<IWriteTurn?> EnterWriteAsync(CancellationToken cancellationToken = default) =>
        WriteFailure is { } failure ? throw failure
        : Interlocked.Decrement(ref _passingFailuresLeft) >= 0 ? throw _passingFailure!
        : inner.EnterWriteAsync(cancellationToken);

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
