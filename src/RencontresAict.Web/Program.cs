using RencontresAict.Api;
using RencontresAict.Content;

var builder = WebApplication.CreateBuilder(args);

// The content engine: store, definitions, items, handlers, Liquid.
builder.Services.AddContentEngine();

// The headless API: programme exports, REST content API, GraphQL, API client tokens, CORS, OpenAPI.
builder.Services.AddApi();

var app = builder.Build();

// Liveness for load balancers and tests.
app.MapGet("/health", () => Results.Text("ok"));

// /programme.ics, /schedule.json|xml, /api/content, /api/graphql, /connect/token, /openapi/v1.json.
app.MapApi();

app.Run();
