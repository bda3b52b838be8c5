using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using RencontresAict.Api.Queries;
using RencontresAict.Api.Security;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Security;

namespace RencontresAict.Api.Rest;

/// <summary>
/// The content REST API of Orchard's ApiController: GET one published item, GET a page of a type, POST to create or
/// update (published, or a draft with <c>?draft=true</c>), DELETE. Permissions are checked here, per item type.
/// </summary>
public static class ContentApiEndpoints
{
    public static RouteGroupBuilder MapContentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/content").RequireCors(ApiOptions.CorsPolicy).DisableAntiforgery().WithTags("Content");
        api.MapGet("/{contentItemId}", GetAsync).WithSummary("The published version of an item").Produces<ContentItem>();
        api.MapGet("/", ListAsync).WithSummary("A page of published items of a type, filtered on indexed fields").Produces<ContentListResponse>();
        api.MapPost("/", PostAsync).WithSummary("Create or update an item (arrays replaced on merge)").Accepts<ContentItem>("application/json")
            .Produces<ContentItem>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).WithRequestBodyLimit();
        api.MapDelete("/{contentItemId}", DeleteAsync).WithSummary("Remove every version of an item").Produces<ContentItem>().Produces(StatusCodes.Status204NoContent);
        return api;
    }

    private static async Task<IResult> GetAsync(string contentItemId, HttpContext context, ApiCallerResolver callers, ContentManager content, ContentDefinitionManager definitions)
    {
        var caller = await callers.GetAsync(context);
        var item = await content.GetAsync(contentItemId);
        var type = item is null ? null : await definitions.GetTypeDefinitionAsync(item.ContentType);
        if (item is null || type is null || !PersonalDataSettings.Of(type).LetsRead(caller.Has))
        {
            return ApiProblems.NotFound();
        }

        return caller.Has(ApiPermissions.AccessContentApi) && caller.CanRead(type) ? Json(item) : ApiProblems.Denied(context, caller);
    }

    private static async Task<IResult> ListAsync(
        string? type, int? skip, int? take, ContentStatus? status, HttpContext context, ApiCallerResolver callers,
        ContentDefinitionManager definitions, ContentQueryRunner queries, IOptions<ApiOptions> options)
    {
        var caller = await callers.GetAsync(context);
        var definition = string.IsNullOrEmpty(type) ? null : await definitions.GetTypeDefinitionAsync(type);
        if (definition is null)
        {
            return ApiProblems.BadRequest("Type de contenu inconnu.", $"Unknown content type '{type}'.");
        }

        var wanted = status ?? ContentStatus.Published;
        if (!caller.Has(ApiPermissions.AccessContentApi) || !caller.CanRead(definition, publishedOnly: wanted == ContentStatus.Published))
        {
            return ApiProblems.Denied(context, caller);
        }

        var page = Math.Clamp(take ?? options.Value.DefaultPageSize, 1, options.Value.MaxPageSize);
        var query = new ContentQuery { ContentType = definition.Name, Status = wanted, Skip = Math.Max(0, skip ?? 0), Take = page };
        try
        {
            ContentListFilters.Apply(context.Request.Query, definition, await definitions.LoadAsync(), query);
        }
        catch (FormatException e)
        {
            return ApiProblems.BadRequest("Filtre invalide.", e.Message);
        }

        return Json(new ContentListResponse(await queries.ListAsync(query), query.Skip, page));
    }

    private static async Task<IResult> PostAsync(
        bool? draft, HttpContext context, ApiCallerResolver callers, ContentManager content, ContentDefinitionManager definitions, DocumentSession session,
        IOptions<ApiOptions> options)
    {
        var caller = await callers.GetAsync(context);
        if (!caller.Has(ApiPermissions.AccessContentApi) || !(caller.Has(Permissions.EditContent) || caller.Has(Permissions.PublishContent)))
        {
            return ApiProblems.Denied(context, caller);
        }

        ContentItem model;
        try
        {
            var body = await JsonNode.ParseAsync(context.Request.Body, ContentJson.NodeOptions, ContentJson.DocumentOptions) as JsonObject
                ?? throw new JsonException("The body must be a JSON object.");
            model = ContentItemJsonConverter.FromJson(body);
        }
        catch (JsonException e)
        {
            return ApiProblems.BadRequest("Le corps de la requête n'est pas un contenu JSON valide.", e.Message);
        }

        var existing = string.IsNullOrEmpty(model.ContentItemId) ? null : await content.GetAsync(model.ContentItemId, VersionOptions.Latest);
        var type = await definitions.GetTypeDefinitionAsync(existing?.ContentType ?? model.ContentType);
        if (type is null)
        {
            return ApiProblems.BadRequest("Type de contenu inconnu.", $"Unknown content type '{model.ContentType}'.");
        }

        var asDraft = draft == true;
        var allowed = caller.Has(ApiPermissions.AccessContentApi)
            && (existing is null ? caller.CanWrite(type, Permissions.PublishContent) : caller.CanWrite(type, Permissions.EditContent))
            && (asDraft || caller.CanWrite(type, Permissions.PublishContent));
        if (!allowed)
        {
            return ApiProblems.Denied(context, caller);
        }

        if (ContentTextLimits.Check(model, type, await definitions.LoadAsync(), options.Value) is { Count: > 0 } tooLong)
        {
            return ApiProblems.Invalid(tooLong);
        }

        try
        {
            var item = existing is null ? await CreateAsync(model, type, caller, content, asDraft) : await UpdateAsync(model, content, asDraft);
            await session.SaveChangesAsync();
            return Json(item);
        }
        catch (ContentValidationException e)
        {
            return ApiProblems.Invalid(e.Errors);
        }
        catch (ContentConcurrencyException)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Ce contenu vient d'être modifié par ailleurs ; rechargez-le.");
        }
    }

    private static async Task<ContentItem> CreateAsync(ContentItem model, ContentTypeDefinitionRecord type, ApiCaller caller, ContentManager content, bool draft)
    {
        var item = await content.NewAsync(type.Name);
        if (IdGenerator.IsValid(model.ContentItemId))
        {
            item.ContentItemId = model.ContentItemId;
        }

        item.Owner = caller.ClientId;
        item.Author = caller.ClientId;
        item.DisplayText = model.DisplayText;
        JsonPaths.Merge(item.Content, model.Content);
        await content.CreateAsync(item, publish: !draft);
        return item;
    }

    private static async Task<ContentItem> UpdateAsync(ContentItem model, ContentManager content, bool draft)
    {
        var item = (await content.GetAsync(model.ContentItemId, VersionOptions.DraftRequired))!;
        JsonPaths.Merge(item.Content, model.Content);
        if (model.DisplayText is not null)
        {
            item.DisplayText = model.DisplayText;
        }

        await content.UpdateAsync(item);
        if (!draft)
        {
            await content.PublishAsync(item);
        }

        return item;
    }

    private static async Task<IResult> DeleteAsync(
        string contentItemId, HttpContext context, ApiCallerResolver callers, ContentManager content, ContentDefinitionManager definitions, DocumentSession session)
    {
        var caller = await callers.GetAsync(context);
        var item = await content.GetAsync(contentItemId, VersionOptions.Latest);
        var type = item is null ? null : await definitions.GetTypeDefinitionAsync(item.ContentType);
        if (!caller.Has(ApiPermissions.AccessContentApi) || !caller.Has(Permissions.DeleteContent) || (type is not null && !caller.CanWrite(type, Permissions.DeleteContent)))
        {
            return ApiProblems.Denied(context, caller);
        }

        if (item is null)
        {
            return Results.NoContent();
        }

        await content.RemoveAsync(item);
        await session.SaveChangesAsync();
        return Json(item);
    }

    private static IResult Json(object value) => Results.Json(value, ContentJson.Options);
}
