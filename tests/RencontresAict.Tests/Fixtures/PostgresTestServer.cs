using Npgsql;

namespace RencontresAict.Tests.Fixtures;

/// <summary>
/// The PostgreSQL server run-tests.sh starts for the tests (its connection string in RAICT_TEST_POSTGRES);
/// each test gets a database of its own.
/// </summary>
public static class PostgresTestServer
{
    public const string EnvironmentVariable = "RAICT_TEST_POSTGRES";

    public static async Task<string> CreateDatabaseAsync()
    {
        var server = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set: run the tests with ./run-tests.sh, which starts a PostgreSQL server.");
        }

        var name = "raict_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
