using System.Globalization;
using System.Text.RegularExpressions;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Admin.ContentTypes;

/// <summary>
/// Changes content definitions the way Orchard's ContentTypes admin does, through ContentDefinitionManager, so they
/// stay exportable as a ContentDefinition recipe step: add a field to a part, move a field, rename types and fields.
/// Each method returns a French error, or null when the change was saved.
/// </summary>
public sealed partial class ContentTypeEditor(ContentDefinitionManager definitions, DocumentSession session)
{
    public async Task<string?> RenameTypeAsync(string typeName, string displayName)
    {
        if (string.IsNullOrWhiteSpace(displayName))
        {
            return "Le nom affiché est obligatoire.";
        }

        var document = await definitions.LoadForUpdateAsync();
        var type = document.ContentTypeDefinitionRecords.Find(t => t.Name == typeName);
        if (type is null)
        {
            return "Type de contenu inconnu.";
        }

        type.DisplayName = displayName.Trim();
        return await SaveAsync(document);
    }

    public async Task<string?> RenameFieldAsync(string partName, string fieldName, string displayName)
    {
        if (string.IsNullOrWhiteSpace(displayName))
        {
            return "Le nom affiché est obligatoire.";
        }

        var document = await definitions.LoadForUpdateAsync();
        var field = document.ContentPartDefinitionRecords.Find(p => p.Name == partName)?.ContentPartFieldDefinitionRecords.Find(f => f.Name == fieldName);
        if (field is null)
        {
            return "Champ inconnu.";
        }

        FieldSettings(field)["DisplayName"] = displayName.Trim();
        return await SaveAsync(document);
    }

    /// <summary>Adds a field to the type's own part (named like the type), creating that part when the type has none.</summary>
    public async Task<string?> AddFieldAsync(string typeName, string fieldType, string technicalName, string displayName)
    {
        if (!definitions.IsKnownFieldType(fieldType))
        {
            return "Type de champ inconnu.";
        }

        if (!TechnicalName().IsMatch(technicalName ?? ""))
        {
            return "Le nom technique commence par une lettre et ne contient que des lettres, des chiffres et _ (par exemple Salle ou Room2).";
        }

        var document = await definitions.LoadForUpdateAsync();
        var type = document.ContentTypeDefinitionRecords.Find(t => t.Name == typeName);
        if (type is null)
        {
            return "Type de contenu inconnu.";
        }

        if (!type.ContentTypePartDefinitionRecords.Exists(p => p.Name == typeName))
        {
            type.ContentTypePartDefinitionRecords.Add(new ContentTypePartDefinitionRecord
            {
                PartName = typeName, Name = typeName,
                Settings = new() { ["ContentTypePartSettings"] = new System.Text.Json.Nodes.JsonObject { ["Position"] = type.ContentTypePartDefinitionRecords.Count.ToString(CultureInfo.InvariantCulture) } },
            });
        }

        var part = document.ContentPartDefinitionRecords.Find(p => p.Name == typeName);
        if (part is null)
        {
            part = new ContentPartDefinitionRecord { Name = typeName };
            document.ContentPartDefinitionRecords.Add(part);
        }

        if (part.ContentPartFieldDefinitionRecords.Exists(f => string.Equals(f.Name, technicalName, StringComparison.OrdinalIgnoreCase)))
        {
            return $"Le champ « {technicalName} » existe déjà.";
        }

        var field = new ContentPartFieldDefinitionRecord { FieldName = fieldType, Name = technicalName! };
        FieldSettings(field)["DisplayName"] = string.IsNullOrWhiteSpace(displayName) ? technicalName : displayName.Trim();
        FieldSettings(field)["Position"] = part.ContentPartFieldDefinitionRecords.Count.ToString(CultureInfo.InvariantCulture);
        part.ContentPartFieldDefinitionRecords.Add(field);
        return await SaveAsync(document);
    }

    /// <summary>Moves a field one place up (-1) or down (+1) and renumbers every field's Position.</summary>
    public async Task<string?> MoveFieldAsync(string partName, string fieldName, int direction)
    {
        var document = await definitions.LoadForUpdateAsync();
        var part = document.ContentPartDefinitionRecords.Find(p => p.Name == partName);
        if (part is null)
        {
            return "Partie inconnue.";
        }

        var ordered = part.ContentPartFieldDefinitionRecords.OrderBy(PositionOf).ToList();
        var index = ordered.FindIndex(f => f.Name == fieldName);
        var target = index + Math.Sign(direction);
        if (index < 0 || target < 0 || target >= ordered.Count)
        {
            return null;
        }

        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
        {
            FieldSettings(ordered[i])["Position"] = i.ToString(CultureInfo.InvariantCulture);
        }

        part.ContentPartFieldDefinitionRecords = ordered;
        return await SaveAsync(document);
    }

    public static int PositionOf(ContentPartFieldDefinitionRecord field) =>
        (int)(JsonPaths.GetDecimal(field.Settings, "ContentPartFieldSettings", "Position") ?? int.MaxValue);

    private static System.Text.Json.Nodes.JsonObject FieldSettings(ContentPartFieldDefinitionRecord field)
    {
        if (field.Settings["ContentPartFieldSettings"] is not System.Text.Json.Nodes.JsonObject settings)
        {
            settings = [];
            field.Settings["ContentPartFieldSettings"] = settings;
        }

        return settings;
    }

    private async Task<string?> SaveAsync(ContentDefinitionDocument document)
    {
        try
        {
            await definitions.SaveAsync(document);
            await session.SaveChangesAsync();
            return null;
        }
        catch (ContentDefinitionException exception)
        {
            await session.RollbackAsync();
            return exception.Message;
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex TechnicalName();
}
