using Ganss.Xss;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.Handlers;

/// <summary>
/// Sanitizes editors' HTML on every save: no script, no event handlers, no javascript: links. The sanitizer is built on
/// the first HTML body saved (AngleSharp's CSS tables take a good part of a start), not with every content manager.
/// </summary>
public sealed class HtmlBodyPartHandler(Lazy<IHtmlSanitizer> sanitizer) : ContentHandlerBase
{
    public override Task CreatingAsync(ContentContext context) => Sanitize(context.ContentItem);

    public override Task UpdatingAsync(ContentContext context) => Sanitize(context.ContentItem);

    private Task Sanitize(ContentItem item)
    {
        if (item.GetPart("HtmlBodyPart") is { } part && item.GetText("HtmlBodyPart", "Html") is { } html)
        {
            part["Html"] = sanitizer.Value.Sanitize(html);
        }

        return Task.CompletedTask;
    }
}
