using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Tests.Api.Fixtures;

/// <summary>
/// The conference content types as the 13th edition's recipe defines them (same part and field names), trimmed to
/// what the API reads, plus a Registration type holding personal data.
/// </summary>
public static class ConferenceDefinitions
{
    private const string Types = """
    [
      { "Name": "Edition", "DisplayName": "Édition", "ContentTypePartDefinitionRecords": [
          { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "AutoroutePart", "Name": "AutoroutePart" },
          { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart" }, { "PartName": "Edition", "Name": "Edition" } ] },
      { "Name": "Session", "DisplayName": "Séance", "ContentTypePartDefinitionRecords": [
          { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "AutoroutePart", "Name": "AutoroutePart" },
          { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart" }, { "PartName": "Session", "Name": "Session" } ] },
      { "Name": "Speaker", "DisplayName": "Intervenant", "ContentTypePartDefinitionRecords": [
          { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "AutoroutePart", "Name": "AutoroutePart" },
          { "PartName": "Speaker", "Name": "Speaker" } ] },
      { "Name": "Partner", "DisplayName": "Partenaire", "ContentTypePartDefinitionRecords": [
          { "PartName": "TitlePart", "Name": "TitlePart" } ] },
      { "Name": "Venue", "DisplayName": "Lieu", "ContentTypePartDefinitionRecords": [
          { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Venue", "Name": "Venue" } ] },
      { "Name": "Taxonomy", "DisplayName": "Taxonomie", "ContentTypePartDefinitionRecords": [
          { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "TaxonomyPart", "Name": "TaxonomyPart" } ] },
      { "Name": "Format", "DisplayName": "Format", "ContentTypePartDefinitionRecords": [
          { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Format", "Name": "Format" } ] },
      { "Name": "Registration", "DisplayName": "Inscription",
        "Settings": { "PersonalDataSettings": { "HoldsPersonalData": true, "Permission": "ManageRegistrations" } },
        "ContentTypePartDefinitionRecords": [
          { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Registration", "Name": "Registration" } ] }
    ]
    """;

    private const string Parts = """
    [
      { "Name": "Edition", "ContentPartFieldDefinitionRecords": [
          { "FieldName": "NumericField", "Name": "Number" }, { "FieldName": "TextField", "Name": "Theme" },
          { "FieldName": "TextField", "Name": "Tagline" }, { "FieldName": "DateTimeField", "Name": "StartsAt" },
          { "FieldName": "DateTimeField", "Name": "EndsAt" }, { "FieldName": "TextField", "Name": "TimeZone" },
          { "FieldName": "ContentPickerField", "Name": "Venue" }, { "FieldName": "ContentPickerField", "Name": "Organiser" } ] },
      { "Name": "Session", "ContentPartFieldDefinitionRecords": [
          { "FieldName": "ContentPickerField", "Name": "Edition" }, { "FieldName": "TaxonomyField", "Name": "Format" },
          { "FieldName": "DateTimeField", "Name": "StartsAt", "Settings": { "DateTimeFieldSettings": { "Required": true } } },
          { "FieldName": "DateTimeField", "Name": "EndsAt" }, { "FieldName": "TextField", "Name": "Room" },
          { "FieldName": "ContentPickerField", "Name": "Speakers" }, { "FieldName": "NumericField", "Name": "Capacity" },
          { "FieldName": "BooleanField", "Name": "Cancelled" } ] },
      { "Name": "Speaker", "ContentPartFieldDefinitionRecords": [
          { "FieldName": "MultiTextField", "Name": "Functions" }, { "FieldName": "TextField", "Name": "Organisation" } ] },
      { "Name": "Venue", "ContentPartFieldDefinitionRecords": [
          { "FieldName": "TextField", "Name": "StreetAddress" }, { "FieldName": "TextField", "Name": "PostalCode" },
          { "FieldName": "TextField", "Name": "City" }, { "FieldName": "TextField", "Name": "Country" },
          { "FieldName": "NumericField", "Name": "Latitude" }, { "FieldName": "NumericField", "Name": "Longitude" } ] },
      { "Name": "Format", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Description" } ] },
      { "Name": "Registration", "ContentPartFieldDefinitionRecords": [
          { "FieldName": "TextField", "Name": "Email" }, { "FieldName": "ContentPickerField", "Name": "Edition" } ] }
    ]
    """;

    public static async Task AddAsync(IServiceProvider services)
    {
        var manager = services.GetRequiredService<ContentDefinitionManager>();
        var document = await manager.LoadForUpdateAsync();
        document.ContentTypeDefinitionRecords.AddRange(JsonSerializer.Deserialize<List<ContentTypeDefinitionRecord>>(Types, ContentJson.Options)!);
        document.ContentPartDefinitionRecords.AddRange(JsonSerializer.Deserialize<List<ContentPartDefinitionRecord>>(Parts, ContentJson.Options)!);
        await manager.SaveAsync(document);
    }
}
