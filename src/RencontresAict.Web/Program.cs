using RencontresAict.Content.Setup;
using RencontresAict.Web;
using RencontresAict.Web.Cli;

// One-shot verbs (import-recipe, export-recipe, rebuild-index) do their work and exit; no web host starts.
if (await CommandLine.TryRunAsync(args, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);

// Every module of the site (listed in SiteModules.cs).
builder.Services.AddSiteModules();

// An empty data folder is set up from Site:SetupRecipe before the server starts listening.
builder.Services.AddHostedService<SiteSetupHostedService>();

var app = builder.Build();

// Every module's endpoints, the public site's catch-all last.
app.MapSiteModules();

await app.RunAsync();
return 0;
