using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Workflows;
using RencontresAict.Workflows.Email;
using RencontresAict.Workflows.Models;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Tests.Workflows;

/// <summary>The content engine with the Workflows module, on a fresh SQLite file, a hand-moved clock, and helpers.</summary>
public static class WorkflowsTestHost
{
    /// <summary>A fresh engine with the module; <paramref name="provider"/> is "Sqlite", or "Postgres" on the server run-tests.sh starts.</summary>
    public static Task<ContentEngineHost> StartAsync(TestClock? clock = null, Action<IServiceCollection>? configure = null, string provider = "Sqlite") =>
        ContentEngineHost.StartAsync(
            services =>
            {
                services.AddWorkflows();
                services.AddSingleton<TimeProvider>(clock ?? new TestClock());
                configure?.Invoke(services);
            },
            provider);

    /// <summary>Sends to an SMTP server on localhost at this port, with short retries.</summary>
    public static Action<IServiceCollection> Smtp(int port) => services => services.Configure<EmailOptions>(o =>
    {
        o.DeliveryMethod = EmailDeliveryMethod.Smtp;
        o.Smtp.Host = "127.0.0.1";
        o.Smtp.Port = port;
        o.Smtp.Timeout = TimeSpan.FromSeconds(5);
        o.DefaultSender = "Rencontres AICT <inscriptions@rencontres-aict.fr>";
    });

    public static Task<IReadOnlyList<WorkflowExecutionContext>> TriggerAsync(
        this ContentEngineHost host, string eventName, Dictionary<string, object?>? input = null, string? correlationId = null) =>
        host.InScopeAsync(sp => sp.GetRequiredService<WorkflowManager>().TriggerEventAsync(eventName, input, correlationId));

    public static Task<IReadOnlyList<WorkflowExecutionContext>> SignalAsync(this ContentEngineHost host, string signal, string? correlationId = null) =>
        host.TriggerAsync("SignalEvent", new Dictionary<string, object?> { ["Signal"] = signal }, correlationId);

    public static async Task<WorkflowInstance> GetInstanceAsync(this ContentEngineHost host, string workflowId) =>
        (await host.InScopeAsync(sp => sp.GetRequiredService<WorkflowStore>().GetAsync(workflowId)))!;

    public static Task<IReadOnlyList<WorkflowInstance>> ListInstancesAsync(this ContentEngineHost host, string workflowTypeId) =>
        host.InScopeAsync(sp => sp.GetRequiredService<WorkflowStore>().ListAsync(workflowTypeId));

    public static Task<IReadOnlyList<OutboxMessage>> ListOutboxAsync(this ContentEngineHost host, OutboxStatus? status = null) =>
        host.InScopeAsync(sp => sp.GetRequiredService<OutboxStore>().ListAsync(status));

    public static OutboxDispatcher Dispatcher(this ContentEngineHost host) => host.Services.GetRequiredService<OutboxDispatcher>();
}
