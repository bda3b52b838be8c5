namespace RencontresAict.Admin.Editing;

/// <summary>The editor of one field type (TextField, DateTimeField, …): what it shows, and how it reads the form back.</summary>
public interface IFieldEditor
{
    string FieldType { get; }

    Task<EditorInput> BuildAsync(FieldEditorContext context);

    Task ReadAsync(FieldEditorContext context, EditorForm form);
}
