using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Flows;
using RencontresAict.Content.Liquid;
using RencontresAict.Forms.Editing;
using RencontresAict.Forms.Models;
using RencontresAict.Forms.ReCaptcha;

namespace RencontresAict.Forms.Display;

/// <summary>
/// Forms in Orchard's flows: a Form widget renders whole (its elements, tokens and post address); an element widget
/// placed by a template inside an item that is itself a form (Orchard's coming-soon page: a type with FormPart and
/// FlowPart) renders with that form's values and errors; and such an item is shown inside its <c>&lt;form&gt;</c>,
/// posting to <c>/formulaires/{id}</c> like every form of the site. The Form type itself keeps its own page
/// (<c>Content-Form</c> with <c>render_form</c>). A ReCaptcha widget shows the provider's box when one is configured.
/// </summary>
public sealed class FormWidgetDisplay(FormDisplayManager forms, ReCaptchaWidget reCaptcha) : IWidgetDisplayProvider, IContentDisplayWrapper
{
    public const string FormType = "Form";

    public async Task<string?> RenderAsync(ContentItem widget, ContentItem? container)
    {
        if (widget.ContentType == FormType && FormDefinition.IsForm(widget))
        {
            return await forms.RenderAsync(widget);
        }

        if (widget.ContentType == ReCaptchaWidget.ContentType)
        {
            return reCaptcha.Render();
        }

        return (FormElementKinds.IsKnown(widget.ContentType) || widget.ContentType == "ValidationSummary") && container is not null && FormDefinition.IsForm(container)
            ? await forms.RenderElementAsync(container, widget.ContentItemId)
            : null;
    }

    public Task<string> WrapAsync(ContentItem item, string displayType, string html) =>
        Task.FromResult(item.ContentType != FormType && displayType == TemplateAlternates.Detail && FormDefinition.IsForm(item)
            ? forms.Wrap(item, html)
            : html);
}
