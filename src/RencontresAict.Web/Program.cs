using RencontresAict.Content.Setup;
using RencontresAict.Web;
using RencontresAict.Web.Cli;
using RencontresAict.Web.Cluster;
using RencontresAict.Web.Hosting;

// One-shot verbs (import-recipe, export-recipe, rebuild-index) do their work and exit; no web host starts.
if (await CommandLine.TryRunAsync(args, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);

// Every module of the site (listed in SiteModules.cs).
builder.Services.AddSiteModules();

// An empty data folder is set up from Site:SetupRecipe before the server starts listening.
builder.Services.AddSingleton<SiteSetupHostedService>();
builder.Services.AddHostedService(services => services.GetRequiredService<SiteSetupHostedService>());

var app = builder.Build();

// PostgreSQL and Redis, when configured, must answer before anything starts: else one line and a non-zero exit.
if (await DependencyProbe.FindProblemAsync(app.Services) is { } problem)
{
    app.Logger.LogCritical("{Problem}", problem);
    await app.DisposeAsync(); // flushes the console logger's queue before the process ends
    return 1;
}

// The schema, the first-run setup and the modules' startup tasks begin now, beside the mapping of the endpoints below;
// the host still waits for them before it listens.
_ = app.Services.GetRequiredService<SiteSetupHostedService>().Begin();
_ = StartupWarmUp.BeginAsync(app.Services);

// Every module's endpoints, the public site's catch-all last.
app.MapSiteModules();

await app.RunAsync();
return 0;
