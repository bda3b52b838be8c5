using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.Handlers;

/// <summary>Keeps DisplayText equal to TitlePart.Title, as Orchard's TitlePartHandler does.</summary>
public sealed class TitlePartHandler : ContentHandlerBase
{
    public override Task CreatingAsync(ContentContext context) => Apply(context.ContentItem);

    public override Task UpdatingAsync(ContentContext context) => Apply(context.ContentItem);

    private static Task Apply(ContentItem item)
    {
        if (item.GetText("TitlePart", "Title") is { } title)
        {
            item.DisplayText = title;
        }

        return Task.CompletedTask;
    }
}
