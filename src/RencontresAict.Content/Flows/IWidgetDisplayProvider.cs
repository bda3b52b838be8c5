using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.Flows;

/// <summary>A module that renders some widgets itself (Forms: a Form and its elements); null leaves the widget to the templates.</summary>
public interface IWidgetDisplayProvider
{
    Task<string?> RenderAsync(ContentItem widget, ContentItem? container);
}
