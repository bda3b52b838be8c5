using RencontresAict.Content;
using RencontresAict.Web.Display;

var builder = WebApplication.CreateBuilder(args);

// The content engine: store, definitions, items, handlers, Liquid.
builder.Services.AddContentEngine();

// The public site: theme views, pages by path, output cache evicted when published content changes.
builder.Services.AddPublicSite();

var app = builder.Build();

// Liveness for load balancers and tests.
app.MapGet("/health", () => Results.Text("ok"));

// Public pages (/, /programme, /intervenants, /partenaires, /infos-pratiques, content paths, the theme's 404).
app.MapPublicSite();

app.Run();
