using RencontresAict.Content;
using RencontresAict.Content.Setup;
using RencontresAict.Forms;
using RencontresAict.Web.Cli;
using RencontresAict.Web.Display;
using RencontresAict.Workflows;

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

// Workflows (types, instances, activities, signal links, timers) and the e-mail outbox with its dispatcher.
builder.Services.AddWorkflows();

// Forms (elements, rules, the form activities), the registration and its e-mails; posts are rate-limited per IP.
builder.Services.AddForms();

// The public site: theme views, pages by path, output cache evicted when published content changes.
builder.Services.AddPublicSite();

var app = builder.Build();

// Liveness for load balancers and tests.
app.MapGet("/health", () => Results.Text("ok"));

// Workflow URLs: /workflows/Invoke (HttpRequestEvent) and /workflows/signal (signal links).
app.MapWorkflows();

// Form posts (/formulaires/{id}) and cancellation links; turns the rate limiter on before the output cache.
app.MapForms();

// Public pages (/, /programme, /intervenants, /partenaires, /infos-pratiques, content paths, the theme's 404).
app.MapPublicSite();

await app.RunAsync();
return 0;
