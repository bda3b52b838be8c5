using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Liquid;
using RencontresAict.Forms.Models;
using RencontresAict.Forms.Validation;
using RencontresAict.Workflows.Activities;

namespace RencontresAict.Forms.Display;

/// <summary>
/// Renders a Form with the theme's widget templates (<c>Widget-Form</c>, <c>Widget-Input</c>, <c>Widget-Select</c>…):
/// each element gets its value (the visitor's after a post, else its default), its French errors and the ids that tie
/// hint and error to it (aria-describedby). The form posts to <c>/formulaires/{id}</c> with the antiforgery token, a
/// one-time submission token, the honeypot and the page it was on. A page showing a form is never output-cached
/// (its token belongs to one visitor). A form its submission handler closed (<see cref="IFormSubmissionHandler"/>:
/// a registration outside its window) shows why instead of its fields.
/// </summary>
public sealed class FormDisplayManager(
    TemplateResolver templates,
    LiquidTemplateManager liquid,
    FormModelState state,
    IAntiforgery antiforgery,
    IHttpContextAccessor http,
    IdGenerator ids,
    FormSubmissionHandlers handlers,
    IServiceProvider services)
{
    public const string TokenInputName = "__FormToken";
    public const string HoneypotInputName = "site_web";
    public const string FormIdInputName = "__FormId";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string PostPath(string formId) => $"/formulaires/{formId}";

    public async Task<string> RenderAsync(ContentItem item)
    {
        var form = FormDefinition.From(item);
        var context = http.HttpContext;
        NeverCache(context);

        var model = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Id"] = form.HtmlId,
            ["Method"] = form.Method == "GET" ? "get" : "post",
            ["Action"] = PostPath(form.FormId),
            ["ContentItem"] = item,
        };
        if (await handlers.GetClosedReasonAsync(form) is { } closedReason)
        {
            model["Closed"] = true;
            model["ClosedMessage"] = closedReason;
            return await RenderTemplateAsync("Form", model);
        }

        var summary = Summary(form);
        var elements = new List<string>();
        foreach (var element in form.Elements)
        {
            elements.Add(await RenderTemplateAsync(element.ContentType, ElementModel(form, element, summary)));
        }

        model["Elements"] = elements;
        model["Summary"] = summary;
        model["HasSummaryWidget"] = form.Elements.Any(e => e.ContentType == "ValidationSummary");
        model["Hidden"] = HiddenInputs(form, context);
        return await RenderTemplateAsync("Form", model);
    }

    /// <summary>
    /// One element of a form, rendered where a template places it (Orchard's <c>shape_build_display</c> on a widget of the
    /// form's flow), with the form's values and errors; null when the form has no such element.
    /// </summary>
    public async Task<string?> RenderElementAsync(ContentItem formItem, string elementId)
    {
        var form = FormDefinition.From(formItem);
        return form.Elements.FirstOrDefault(e => e.ContentItemId == elementId) is { } element
            ? await RenderTemplateAsync(element.ContentType, ElementModel(form, element, Summary(form)))
            : null;
    }

    /// <summary>The <c>&lt;form&gt;</c> around an item that is itself a form (Orchard's Form wrapper on a FormPart).</summary>
    public string Wrap(ContentItem formItem, string html)
    {
        var form = FormDefinition.From(formItem);
        NeverCache(http.HttpContext);
        var hidden = string.Concat(HiddenInputs(form, http.HttpContext).Select(i =>
            $"<input type=\"hidden\" name=\"{Encoder.Encode(i["Name"] as string ?? "")}\" value=\"{Encoder.Encode(i["Value"] as string ?? "")}\">"));
        var method = form.Method == "GET" ? "get" : "post";
        return $"<form id=\"{Encoder.Encode(form.HtmlId)}\" action=\"{Encoder.Encode(PostPath(form.FormId))}\" method=\"{method}\" class=\"form-content\">"
            + hidden + html + "</form>";
    }

    /// <summary>A page showing a form is never output-cached: its tokens belong to one visitor.</summary>
    private static void NeverCache(HttpContext? context)
    {
        if (context?.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            cache.Context.AllowCacheStorage = false;
        }
    }

    private List<Dictionary<string, object?>> HiddenInputs(FormDefinition form, HttpContext? context)
    {
        var hidden = new List<Dictionary<string, object?>> { Input(FormIdInputName, form.FormId), Input(TokenInputName, ids.GenerateUniqueId()) };
        if (form.EnableAntiForgeryToken && context is not null)
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            hidden.Add(Input(tokens.FormFieldName, tokens.RequestToken));
        }

        if (form.SaveFormLocation && context is not null)
        {
            hidden.Add(Input(HttpRequestEvent.FormLocationInputName, state.GetValue(HttpRequestEvent.FormLocationInputName) ?? context.Request.Path.Value));
        }

        return hidden;

        static Dictionary<string, object?> Input(string name, string? value) => new() { ["Name"] = name, ["Value"] = value };
    }

    /// <summary>Every error, in the order of the fields, each linking to its field; errors of the form as a whole first.</summary>
    private List<Dictionary<string, object?>> Summary(FormDefinition form)
    {
        var summary = state.GetErrors("").Select(m => new Dictionary<string, object?> { ["Message"] = m, ["Href"] = null }).ToList();
        foreach (var field in form.Fields)
        {
            summary.AddRange(state.GetErrors(field.Name!).Select(m => new Dictionary<string, object?>
            {
                ["Message"] = m,
                ["Href"] = "#" + (field.IsGroup ? field.HtmlId + "-0" : field.HtmlId),
            }));
        }

        var known = form.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, messages) in state.Errors.Where(e => e.Key.Length > 0 && !known.Contains(e.Key)))
        {
            summary.AddRange(messages.Select(m => new Dictionary<string, object?> { ["Message"] = m, ["Href"] = null }));
        }

        return summary;
    }

    private Dictionary<string, object?> ElementModel(FormDefinition form, FormElement element, List<Dictionary<string, object?>> summary)
    {
        var name = element.Name ?? element.For ?? "";
        var values = state.IsBound ? state.GetValues(name) : element.DefaultValue is { } d && element.InputType is not ("checkbox" or "radio") ? [d] : [];
        var errors = name.Length > 0 ? state.GetErrors(name) : [];
        var hintId = element.Hint is null ? null : element.HtmlId + "-aide";
        var errorId = errors.Count > 0 ? element.HtmlId + "-erreur" : null;
        var choiceValue = element.DefaultValue ?? "true";
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Element"] = element,
            ["Name"] = name,
            ["Id"] = element.HtmlId,
            ["Values"] = values.ToList(),
            ["Value"] = element.InputType is "checkbox" or "radio" ? choiceValue : values.Count > 0 ? values[0] : null,
            ["Checked"] = values.Contains(choiceValue),
            ["Errors"] = errors.ToList(),
            ["ErrorId"] = errorId,
            ["HintId"] = hintId,
            ["DescribedBy"] = string.Join(' ', new[] { hintId, errorId }.OfType<string>()) is { Length: > 0 } by ? by : null,
            ["Invalid"] = errors.Count > 0,
            ["Options"] = element.Options.Select((o, i) => new Dictionary<string, object?>
            {
                ["Text"] = o.Text, ["Value"] = o.Value, ["Id"] = $"{element.HtmlId}-{i}",
                ["Selected"] = values.Contains(o.Value) || (!state.IsBound && o.Value == element.DefaultValue),
            }).ToList(),
            ["Summary"] = summary,
            ["ShowsOwnErrors"] = form.Fields.Any(f => f.Name == element.For),
        };
    }

    private async Task<string> RenderTemplateAsync(string widgetType, Dictionary<string, object?> model)
    {
        if (await templates.FindFirstAsync(TemplateAlternates.ForWidget(widgetType)) is not { } found)
        {
            return "";
        }

        var context = liquid.CreateContext(services, model);
        context.SetValue("Model", (object)model);
        return await found.Template.RenderAsync(context, Encoder);
    }
}
