using System.Data.Common;

namespace RencontresAict.Content.Documents;

/// <summary>A turn to write (see <see cref="IDatabase.EnterWriteAsync"/>), ended by disposing it.</summary>
public interface IWriteTurn : IDisposable
{
    /// <summary>
    /// The connection the turn's transaction runs on, or null for one of the session's own. SQLite gives every turn
    /// the same open connection: no other connection writes the file, so its page cache stays valid from one
    /// transaction to the next instead of being read again from disk at each one.
    /// </summary>
    DbConnection? Connection { get; }
}
