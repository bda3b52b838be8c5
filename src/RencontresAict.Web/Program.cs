using RencontresAict.Admin;
using RencontresAict.Content;
using RencontresAict.Content.Setup;
using RencontresAict.Web.Cli;

// One-shot verbs (import-recipe, export-recipe, rebuild-index) do their work and exit; no web host starts.
if (await CommandLine.TryRunAsync(args, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);

// The content engine: store, definitions, items, handlers, Liquid, recipes.
builder.Services.AddContentEngine();

// An empty data folder is set up from Site:SetupRecipe before the server starts listening.
builder.Services.AddHostedService<SiteSetupHostedService>();

// The staff's admin at /admin: sign-in, roles, content editing, media, content types.
builder.Services.AddAdmin();

var app = builder.Build();

// Liveness for load balancers and tests.
app.MapGet("/health", () => Results.Text("ok"));

// The admin's route group (every page requires sign-in) and the media files at /media.
app.MapAdmin();

await app.RunAsync();
return 0;
