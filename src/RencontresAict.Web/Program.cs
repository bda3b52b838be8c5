using RencontresAict.Content;

var builder = WebApplication.CreateBuilder(args);

// The content engine: store, definitions, items, handlers, Liquid.
builder.Services.AddContentEngine();

var app = builder.Build();

// Liveness for load balancers and tests.
app.MapGet("/health", () => Results.Text("ok"));

app.Run();
