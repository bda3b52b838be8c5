using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using RencontresAict.Admin.Editing;
using RencontresAict.Admin.Editing.Fields;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Tests.Admin;

[Trait("Dates", "ServerZone")]
public sealed class DateTimeFieldEditorTests
{
    private static readonly TimeZoneInfo _paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Theory]
    [InlineData("2022-06-20T14:30", "2022-06-20T12:30:00Z")]
    [InlineData("2022-12-05T09:00", "2022-12-05T08:00:00Z")]
    [InlineData("2022-03-27T03:30", "2022-03-27T01:30:00Z")]
    [InlineData("2022-10-30T01:30", "2022-10-29T23:30:00Z")]
    public async Task ParisTimeIsStoredInUtcOnBothSidesOfDaylightSaving(string entered, string stored)
    {
        var (context, form) = Edit(entered);

        await new DateTimeFieldEditor().ReadAsync(context, form);
        var shown = await new DateTimeFieldEditor().BuildAsync(context);

        Assert.Empty(form.Errors);
        Assert.Equal(stored, JsonPaths.GetString(context.Part, "StartsAt", "Value"));
        Assert.Equal(entered, shown.Value);
    }

    [Fact]
    public async Task AnHourSkippedWhenClocksGoForwardIsRefused()
    {
        var (context, form) = Edit("2022-03-27T02:30");

        await new DateTimeFieldEditor().ReadAsync(context, form);

        Assert.Equal("Session.StartsAt", Assert.Single(form.Errors).Member);
        Assert.Null(JsonPaths.Get(context.Part, "StartsAt", "Value"));
    }

    private static (FieldEditorContext, EditorForm) Edit(string entered)
    {
        var item = new ContentItem { ContentType = "Session" };
        var context = new FieldEditorContext
        {
            Item = item, Part = item.GetOrCreatePart("Session"), Name = "StartsAt", Key = "Session.StartsAt", Label = "Début",
            FieldType = "DateTimeField", TimeZone = _paris, Settings = new JsonObject(),
        };
        var form = new EditorForm(new FormCollection(new Dictionary<string, StringValues> { ["Session.StartsAt"] = entered }));
        return (context, form);
    }
}
