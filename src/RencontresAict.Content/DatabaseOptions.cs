namespace RencontresAict.Content;

/// <summary>Boot settings of the store (section <c>Database</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>For SQLite, defaults to <c>{DataPath}/site.db</c>.</summary>
    public string? ConnectionString { get; set; }
}
