using Microsoft.Data.Sqlite;
using RencontresAict.Web.Cli;

namespace RencontresAict.Tests.Editions;

/// <summary>The program's verbs run in-process on a data folder, and what its database holds, for the edition tests.</summary>
public static class EditionCli
{
    public static async Task<(int? ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CommandLine.TryRunAsync(args, output, error);
        return (exitCode, output.ToString().TrimEnd('\n'), error.ToString().TrimEnd('\n'));
    }

    /// <summary>The stored documents and index rows, to show that a refused verb wrote nothing.</summary>
    public static async Task<string> StoredRowsAsync(string dataPath)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "site.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT (SELECT COUNT(*) FROM Document) || '/' || (SELECT COUNT(*) FROM ContentItemIndex) || '/' || (SELECT COUNT(*) FROM WorkflowTypeIndex)";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
