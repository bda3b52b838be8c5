using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Forms.Display;
using RencontresAict.Forms.Models;
using RencontresAict.Forms.Validation;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Http;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Forms.Http;

/// <summary>
/// <c>POST /formulaires/{formId}</c>: every form posts here and runs the workflow its FormPart.WorkflowTypeId names
/// (or, for a form imported from Orchard with no id, the one its <c>/workflows/Invoke?token=</c> Action names). In
/// order: body over the limit, 413; a bad antiforgery token, 400; a filled honeypot, "thank you" and nothing stored; a
/// form its submission handler closed (<see cref="IFormSubmissionHandler"/>: a registration outside its window), the
/// page saying why; a broken element rule, the page again (422) with values and messages; a
/// post already accepted (same one-time token), "already received". Then the workflow; if it added errors (a
/// duplicate), the page again. A form in a language (its LocalizationPart's Culture) is answered in that language, from
/// its messages to the workflow's texts: the request takes the form's culture. Nothing is stored unless the whole post is accepted. The one-time token is written last
/// in the post's transaction, so the write turn is taken by the workflow's first write, not before its reads.
/// </summary>
public static class FormEndpoints
{
    public static IEndpointRouteBuilder MapFormEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/formulaires/{formId}", PostAsync).DisableAntiforgery().RequireRateLimiting(FormsOptions.RateLimitPolicy)
            .AddEndpointFilter(endpoints.ServiceProvider.GetRequiredService<FormPostGate>());
        return endpoints;
    }

    private static async Task<IResult> PostAsync(
        string formId, HttpContext http, IOptions<FormsOptions> options, ContentManager content, FormDefinitionReader forms, FormModelState state, IAntiforgery antiforgery,
        IFormPageRenderer pages, FormSubmissionHandlers handlers, FormSubmissionStore submissions, WorkflowTypeStore types,
        WorkflowTokenService tokens, HttpWorkflowInvoker invoker, DocumentSession session, TimeProvider clock, IStringLocalizer<FormModelState> texts)
    {
        if (await FormBodyReader.ReadAsync(http, options.Value.MaxBodyBytes) is not { } posted)
        {
            return http.Request.HasFormContentType ? await FormPages.TooLargeAsync(pages, http) : Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        if (await forms.GetPublishedAsync(formId) is not { } form)
        {
            return Results.NotFound();
        }

        state.Form = form;
        if (form.Culture is { } culture)
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        }

        if (form.EnableAntiForgeryToken && !await antiforgery.IsRequestValidAsync(http))
        {
            return await FormPages.ExpiredFormAsync(pages, http, FormPath(form.Item));
        }

        // The shared definition is read-only: a page shown again renders a copy of the form of its own.
        async Task<IResult> ShowFormAsync(int status) =>
            await content.GetAsync(formId) is { } item ? await pages.RenderContentAsync(http, item, status) : Results.NotFound();

        if (!string.IsNullOrEmpty(posted[FormDisplayManager.HoneypotInputName]))
        {
            return handlers.For(form)?.GetThankYouPath(form) is { Length: > 0 } thanks ? Results.Redirect(thanks) : await FormPages.ThanksAsync(pages, http);
        }

        state.Bind(posted);
        if (await handlers.GetClosedReasonAsync(form) is not null)
        {
            return await ShowFormAsync(StatusCodes.Status403Forbidden);
        }

        FormValidator.Validate(form, state, texts);
        if (!state.IsValid)
        {
            return await ShowFormAsync(StatusCodes.Status422UnprocessableEntity);
        }

        var workflow = await FindWorkflowAsync(form, types, tokens);
        if (workflow is null)
        {
            return await FormPages.MessageAsync(pages, http, StatusCodes.Status503ServiceUnavailable, "Formulaire indisponible",
                "Ce formulaire n'est relié à aucun traitement pour le moment : rien n'a été enregistré. Réessayez plus tard.");
        }

        var token = posted[FormDisplayManager.TokenInputName].ToString();
        if (token.Length is > 0 and <= 64)
        {
            if (await submissions.IsSubmittedAsync(token))
            {
                return await FormPages.AlreadyReceivedAsync(pages, http);
            }

            submissions.RecordSubmissionOnSave(token, form.FormId, clock.GetUtcNow());
        }

        IResult result;
        try
        {
            result = await invoker.InvokeAsync(http, workflow.Value.Type, workflow.Value.Start);
        }
        catch (DuplicateSubmissionException)
        {
            await session.RollbackAsync();
            return await FormPages.AlreadyReceivedAsync(pages, http);
        }

        return state.IsValid ? result : await ShowFormAsync(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<(Workflows.Models.WorkflowType Type, Workflows.Models.ActivityRecord Start)?> FindWorkflowAsync(
        FormDefinition form, WorkflowTypeStore types, WorkflowTokenService tokens)
    {
        var typeId = form.WorkflowTypeId;
        string? activityId = null;
        if (typeId is null && form.Action is { } action && ActionToken(action) is { Length: > 0 } token
            && tokens.TryReadToken<WorkflowPayload>(token, out var payload) == TokenResult.Valid)
        {
            (typeId, activityId) = (payload!.WorkflowTypeId, payload.ActivityId);
        }

        var type = typeId is null ? null : await types.GetAsync(typeId);
        var start = type?.Activities.Find(a => a.Name == nameof(HttpRequestEvent) && (activityId is null ? a.IsStart : a.ActivityId == activityId)
            && string.Equals(JsonPaths.GetString(a.Properties, "HttpMethod") ?? "GET", "POST", StringComparison.OrdinalIgnoreCase));
        return type is { IsEnabled: true } && start is not null ? (type, start) : null;
    }

    /// <summary>The token of an Orchard form's Action: <c>/workflows/Invoke?token=…</c> or <c>/workflows/invoke/{token}</c>.</summary>
    private static string? ActionToken(string action)
    {
        if (action.Contains("token=", StringComparison.Ordinal))
        {
            return Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(action[(action.IndexOf('?', StringComparison.Ordinal) + 1)..])["token"].ToString();
        }

        const string Prefix = "/workflows/invoke/";
        var at = action.IndexOf(Prefix, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : Uri.UnescapeDataString(action[(at + Prefix.Length)..].Split('?', '#')[0]);
    }

    private static string? FormPath(ContentItem item) => item.GetText("AutoroutePart", "Path") is { Length: > 0 } path ? "/" + path.Trim('/') : null;
}
