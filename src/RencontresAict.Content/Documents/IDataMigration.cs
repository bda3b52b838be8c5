namespace RencontresAict.Content.Documents;

/// <summary>
/// A module's schema, as numbered steps of SQL. Step N runs once, when the stored version of the module is N-1.
/// Write portable SQL; <c>{Identity}</c> is replaced by the provider's auto-increment key column.
/// </summary>
public interface IDataMigration
{
    string Module { get; }

    IReadOnlyList<string> Steps { get; }
}
