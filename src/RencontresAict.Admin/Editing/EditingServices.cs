using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Admin.Editing.Fields;
using RencontresAict.Admin.Editing.Parts;

namespace RencontresAict.Admin.Editing;

/// <summary>Registers the content editor: one editor per field type and per part with properties, the list query, the save actions.</summary>
public static class EditingServices
{
    public static IServiceCollection AddContentEditors(this IServiceCollection services)
    {
        services.AddScoped<IFieldEditor, TextFieldEditor>();
        services.AddScoped<IFieldEditor, HtmlFieldEditor>();
        services.AddScoped<IFieldEditor, MarkdownFieldEditor>();
        services.AddScoped<IFieldEditor, NumericFieldEditor>();
        services.AddScoped<IFieldEditor, BooleanFieldEditor>();
        services.AddScoped<IFieldEditor, DateTimeFieldEditor>();
        services.AddScoped<IFieldEditor, DateFieldEditor>();
        services.AddScoped<IFieldEditor, LinkFieldEditor>();
        services.AddScoped<IFieldEditor, MultiTextFieldEditor>();
        services.AddScoped<IFieldEditor, ContentPickerFieldEditor>();
        services.AddScoped<IFieldEditor, MediaFieldEditor>();
        services.AddScoped<IFieldEditor, TaxonomyFieldEditor>();
        services.AddScoped<IPartEditor, TitlePartEditor>();
        services.AddScoped<IPartEditor, AutoroutePartEditor>();
        services.AddScoped<IPartEditor, HtmlBodyPartEditor>();
        services.AddScoped<IPartEditor, MarkdownBodyPartEditor>();
        services.AddScoped<EditorTimeZones>();
        services.AddScoped<ContentEditorBuilder>();
        services.AddScoped<ContentListQuery>();
        services.AddScoped<ContentSearchQuery>();
        services.AddScoped<ContentEditingService>();
        return services;
    }
}
