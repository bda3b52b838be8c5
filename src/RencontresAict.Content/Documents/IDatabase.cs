using System.Data.Common;

namespace RencontresAict.Content.Documents;

/// <summary>The store's connection factory: one implementation per database provider.</summary>
public interface IDatabase
{
    string ProviderName { get; }

    /// <summary>The column definition of an auto-incremented 64-bit primary key.</summary>
    string IdentityColumn { get; }

    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default);
}
