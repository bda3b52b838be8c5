namespace RencontresAict.Tests.Fixtures;

/// <summary>
/// The Redis server run-tests.sh starts for the tests (host:port in RAICT_TEST_REDIS); each test gets key and channel
/// names of its own (Redis:InstanceName), so tests never see each other's locks or messages.
/// </summary>
public static class RedisTestServer
{
    public const string EnvironmentVariable = "RAICT_TEST_REDIS";

    public static string Configuration
    {
        get
        {
            var server = Environment.GetEnvironmentVariable(EnvironmentVariable);
            return string.IsNullOrWhiteSpace(server)
                ? throw new InvalidOperationException($"{EnvironmentVariable} is not set: run the tests with ./run-tests.sh, which starts a Redis server.")
                : server;
        }
    }

    public static string NewInstanceName() => "raict-test-" + Guid.NewGuid().ToString("N");
}
