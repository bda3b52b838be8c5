namespace RencontresAict.Content;

/// <summary>Boot settings of the store (section <c>Database</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>For SQLite, defaults to <c>{DataPath}/site.db</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// PostgreSQL: the most connections the site opens at once, when the connection string does not say
    /// (Maximum Pool Size). Requests beyond it wait for a free connection instead of being refused by a server whose
    /// max_connections (100 by default, shared with other clients) Npgsql's own default of 100 would exhaust.
    /// </summary>
    public int PostgresMaxPoolSize { get; set; } = 32;
}
