using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using netDumbster.smtp;
using Npgsql;
using RencontresAict.ClusterBench;

// The fault campaign (bench/cluster/run.sh starts PostgreSQL and Redis and publishes the site): two nodes started
// from deploy/ on one PostgreSQL and one Redis, registrations spread over both at a steady pace, and meanwhile a kill -9
// of node-1 (started again at once), a Redis restart, a PostgreSQL restart. Then the outbox is left to drain into an
// SMTP server of this process, and every accepted answer, stored registration and received e-mail is counted.
// Exits 0 only with 0 lost and 0 doubled.
var count = int.Parse(Arg("--count", "500"), CultureInfo.InvariantCulture);
var workers = int.Parse(Arg("--workers", "16"), CultureInfo.InvariantCulture);
var perSecond = double.Parse(Arg("--per-second", "25"), CultureInfo.InvariantCulture);
var data = Arg("--data", "");
var postgres = Arg("--postgres", "");
var run = Guid.NewGuid().ToString("N")[..8];

using var smtp = SimpleSmtpServer.Start(int.Parse(Arg("--smtp-port", "2525"), CultureInfo.InvariantCulture));
Directory.CreateDirectory(Path.Combine(data, "media"));
var machines = new Dictionary<string, string>
{
    ["Database__ConnectionString"] = postgres,
    ["Redis__Configuration"] = Arg("--redis", ""),
    ["Email__Smtp__Host"] = "127.0.0.1",
    ["Email__Smtp__Port"] = Arg("--smtp-port", "2525"),
    ["Media__Path"] = Path.Combine(data, "media"),
    ["Api__TokenSigningKeyPath"] = WriteKey("token-signing.pem"),
    ["Api__TokenEncryptionKeyPath"] = WriteKey("token-encryption.pem"),
    ["AllowedHosts"] = "127.0.0.1",
    ["Site__AsOf"] = "2022-05-01T10:00:00Z", // registration open
    ["Site__AdminPassword"] = "Campagne-de-pannes-1",
    ["Forms__PostsPerIp"] = "1000000",
    ["Logging__LogLevel__Default"] = "Warning",
};
var nodes = Arg("--ports", "5191,5192").Split(',').Select((port, n) => new SiteNode($"node-{n + 1}", Arg("--site", ""), Arg("--deploy", "deploy"),
    new Dictionary<string, string>(machines) { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}", ["Site__DataPath"] = Path.Combine(data, $"node-{n + 1}") },
    Path.Combine(data, $"node-{n + 1}.log"))).ToList();
var clock = Stopwatch.StartNew();
try
{
    nodes.ForEach(n => n.Start());
    await Task.WhenAll(nodes.Select(n => n.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2))));
    Log($"both nodes answer /health ({workers} visitors, {perSecond} registrations/s, {count} registrations)");

    var load = new RegistrationLoad(nodes, count, workers, perSecond, run);
    var burst = load.RunAsync();
    await FaultAsync(load, count / 5, "kill -9 node-1, started again at once", async () =>
    {
        nodes[0].Kill();
        nodes[0].Start();
        await nodes[0].WaitUntilHealthyAsync(TimeSpan.FromMinutes(2));
    });
    await FaultAsync(load, count * 9 / 20, "Redis restarted", () => ShellAsync(Arg("--restart-redis", "")));
    await FaultAsync(load, count * 7 / 10, "PostgreSQL restarted", () => ShellAsync(Arg("--restart-postgres", "")));
    await burst;
    Log($"burst over: {load.Accepted} accepted ({load.AlreadyReceived} of them « Demande déjà reçue » after a cut answer), {load.Refused.Count} refused");
    foreach (var (what, n) in load.Retries.OrderBy(r => r.Key, StringComparer.Ordinal))
    {
        Log($"  retried: {what}: {n}");
    }

    foreach (var refusal in load.Refused.Take(10))
    {
        Log($"  refused: {refusal}");
    }

    var unsent = await WaitForOutboxAsync();
    await Task.Delay(1000); // a message is received before its Sent is recorded: nothing is in flight any more
    var stored = await QueryAsync("SELECT EmailKey, COUNT(*) FROM RegistrationIndex WHERE EmailKey LIKE @p GROUP BY EmailKey");
    var mails = smtp.ReceivedEmail.SelectMany(m => m.ToAddresses.Select(a => (To: a.Address.ToLowerInvariant(), Id: m.Headers["Message-ID"])))
        .Where(m => m.To.StartsWith($"campagne-{run}-", StringComparison.Ordinal)).ToList();
    var perRecipient = mails.GroupBy(m => m.To).ToDictionary(g => g.Key, g => g.Count());
    var accepted = load.AcceptedEmails.ToHashSet(StringComparer.Ordinal);
    var lostRegistrations = accepted.Count(e => !stored.ContainsKey(e));
    var doubledRegistrations = stored.Count(s => s.Value > 1);
    var lostMails = stored.Keys.Count(e => !perRecipient.ContainsKey(e));
    var doubledMails = perRecipient.Count(r => r.Value > 1);
    Log($"registrations: {count} tried, {accepted.Count} accepted, {stored.Count} stored ({stored.Keys.Count(k => !accepted.Contains(k))} stored but not answered), " +
        $"{stored.Values.Sum()} rows");
    Log($"e-mails: {mails.Count} received for {perRecipient.Count} recipients ({mails.Select(m => m.Id).Distinct().Count()} distinct Message-Ids), outbox not sent: {unsent}");
    Log($"LOST: {lostRegistrations} accepted registrations not stored, {lostMails} stored registrations without an e-mail");
    Log($"DOUBLED: {doubledRegistrations} registrations stored twice, {doubledMails} recipients with more than one e-mail");
    return lostRegistrations + doubledRegistrations + lostMails + doubledMails == 0 && load.Refused.IsEmpty && unsent == 0 ? 0 : 1;
}
finally
{
    nodes.ForEach(n => n.Stop());
}

async Task FaultAsync(RegistrationLoad load, int after, string what, Func<Task> fault)
{
    while (load.Accepted < after)
    {
        await Task.Delay(20);
    }

    var started = clock.Elapsed;
    Log($"fault after {load.Accepted} accepted: {what}...");
    await fault();
    Log($"  ...back after {(clock.Elapsed - started).TotalSeconds:F1} s ({load.Accepted} accepted meanwhile in all)");
}

async Task<long> WaitForOutboxAsync()
{
    var until = clock.Elapsed + TimeSpan.FromMinutes(4); // a message claimed by the killed node waits for its lease (2 min)
    long unsent = -1;
    while (clock.Elapsed < until && unsent != 0)
    {
        await Task.Delay(500);
        unsent = (await QueryAsync("SELECT Status, COUNT(*) FROM OutboxMessageIndex WHERE Status <> 'Sent' AND @p = @p GROUP BY Status")).Values.Sum();
    }

    Log($"outbox drained: {unsent} not sent");
    return unsent;
}

async Task<Dictionary<string, long>> QueryAsync(string sql)
{
    await using var connection = new NpgsqlConnection(postgres);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    command.Parameters.AddWithValue("p", $"campagne-{run}-%");
    await using var reader = await command.ExecuteReaderAsync();
    var rows = new Dictionary<string, long>(StringComparer.Ordinal);
    while (await reader.ReadAsync())
    {
        rows[reader.GetString(0)] = reader.GetInt64(1);
    }

    return rows;
}

static async Task ShellAsync(string command)
{
    using var shell = Process.Start(new ProcessStartInfo("bash") { ArgumentList = { "-c", command }, UseShellExecute = false })!;
    await shell.WaitForExitAsync();
    if (shell.ExitCode != 0)
    {
        throw new InvalidOperationException($"'{command}' exited with {shell.ExitCode}");
    }
}

string WriteKey(string name)
{
    using var rsa = RSA.Create(2048);
    var path = Path.Combine(data, name);
    File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
    return path;
}

void Log(string line) => Console.WriteLine($"[{clock.Elapsed.TotalSeconds,6:F1} s] {line}");

string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
