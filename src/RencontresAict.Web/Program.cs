using RencontresAict.Content;
using RencontresAict.Workflows;

var builder = WebApplication.CreateBuilder(args);

// The content engine: store, definitions, items, handlers, Liquid.
builder.Services.AddContentEngine();

// Workflows (types, instances, activities, signal links, timers) and the e-mail outbox with its dispatcher.
builder.Services.AddWorkflows();

var app = builder.Build();

// Liveness for load balancers and tests.
app.MapGet("/health", () => Results.Text("ok"));

// Workflow URLs: /workflows/Invoke (HttpRequestEvent) and /workflows/signal (signal links).
app.MapWorkflows();

app.Run();
