namespace RencontresAict.Admin.Editing;

/// <summary>The editor of a part with its own properties (TitlePart, AutoroutePart, HtmlBodyPart, MarkdownBodyPart).</summary>
public interface IPartEditor
{
    string PartName { get; }

    /// <summary>The part's property the editor changes ("Title", "Path", …).</summary>
    string Property { get; }

    string Label { get; }

    Task<EditorInput> BuildAsync(FieldEditorContext context);

    Task ReadAsync(FieldEditorContext context, EditorForm form);
}
