using RencontresAict.Content;
using RencontresAict.Search;

var builder = WebApplication.CreateBuilder(args);

// The content engine: store, definitions, items, handlers, Liquid.
builder.Services.AddContentEngine();

// Lucene search: French analysis, indexing on publish, the search service, stored queries.
builder.Services.AddSearch();

var app = builder.Build();

// Liveness for load balancers and tests.
app.MapGet("/health", () => Results.Text("ok"));

// /api/search and /api/queries/{name}.
app.MapSearch();

app.Run();
