using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RencontresAict.Workflows.Activities;

namespace RencontresAict.Workflows.Services;

/// <summary>
/// Finds activity kinds by technical name and creates them from the scope a workflow runs in. Activities are
/// resolved when they run, not injected, because tasks use services (the content manager) whose handlers in
/// turn raise workflow events.
/// </summary>
public sealed class ActivityLibrary(IOptions<WorkflowActivityOptions> options)
{
    public IReadOnlyCollection<string> Names => options.Value.ActivityTypes.Keys;

    public bool IsKnown(string name) => options.Value.ActivityTypes.ContainsKey(name);

    public IActivity? Create(string name, IServiceProvider services) =>
        options.Value.ActivityTypes.TryGetValue(name, out var type)
            ? (IActivity)ActivatorUtilities.GetServiceOrCreateInstance(services, type)
            : null;
}
