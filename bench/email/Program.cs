// E-mail outbox benchmark: queues N messages (one transaction each, as N registrations would), then times the
// dispatcher sending them all to an SMTP server (or to the pickup folder). Usage:
//   dotnet run -c Release --project bench/email -- [--count 2000] [--smtp 127.0.0.1:2525 | --pickup]
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RencontresAict.Content;
using RencontresAict.Content.Documents;
using RencontresAict.Workflows;
using RencontresAict.Workflows.Email;

var count = int.Parse(Option("--count") ?? "2000", CultureInfo.InvariantCulture);
var pickup = args.Contains("--pickup");
var smtp = (Option("--smtp") ?? "127.0.0.1:2525").Split(':');
var dataPath = Path.Combine(Path.GetTempPath(), "raict-email-bench", Guid.NewGuid().ToString("N"));
var settings = new Dictionary<string, string?>
{
    ["Site:DataPath"] = dataPath,
    ["Email:DeliveryMethod"] = pickup ? "PickupDirectory" : "Smtp",
    ["Email:Smtp:Host"] = smtp[0],
    ["Email:Smtp:Port"] = smtp[1],
    ["Email:DefaultSender"] = "Rencontres AICT <inscriptions@rencontres-aict.fr>",
};

var services = new ServiceCollection();
services.AddLogging(b => b.AddConsole().SetMinimumLevel(LogLevel.Warning));
services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
services.AddContentEngine();
services.AddWorkflows();
await using var provider = services.BuildServiceProvider();
await provider.GetRequiredService<SchemaMigrator>().MigrateAsync();

var enqueue = Stopwatch.StartNew();
for (var i = 0; i < count; i++)
{
    await using var scope = provider.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<EmailOutbox>().EnqueueAsync(new OutboxMessage
    {
        To = [$"Participant {i} <participant{i}@example.org>"],
        Subject = $"Confirmez votre inscription aux Rencontres de l'AICT (n°{i})",
        HtmlBody = $"<p>Bonjour,</p><p>Merci pour votre inscription n°{i}. <a href=\"https://example.org/workflows/signal?token={Guid.NewGuid():N}\">Je confirme</a></p>",
    });
    await scope.ServiceProvider.GetRequiredService<DocumentSession>().SaveChangesAsync();
}

enqueue.Stop();

var dispatcher = provider.GetRequiredService<OutboxDispatcher>();
var dispatch = Stopwatch.StartNew();
while (await dispatcher.DispatchDueAsync() > 0)
{
}

dispatch.Stop();
int sent;
await using (var scope = provider.CreateAsyncScope())
{
    sent = (await scope.ServiceProvider.GetRequiredService<OutboxStore>().ListAsync(OutboxStatus.Sent)).Count;
}

var target = pickup ? "pickup folder" : $"SMTP {smtp[0]}:{smtp[1]}";
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"queued {count} in {enqueue.Elapsed.TotalSeconds:F2} s ({count / enqueue.Elapsed.TotalSeconds:F0}/s, one transaction each); dispatched {sent}/{count} to {target} in {dispatch.Elapsed.TotalSeconds:F2} s ({sent / dispatch.Elapsed.TotalSeconds:F0} messages/s)"));
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(dataPath, recursive: true);
return sent == count ? 0 : 1;

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
