using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Admin.Pages;
using RencontresAict.Content.Settings;

namespace RencontresAict.Workflows.Pages;

/// <summary>The base of the workflow and outbox pages: instants shown in the site's time zone, to the second.</summary>
public abstract class WorkflowsPageModel : AdminPageModel
{
    private static readonly JsonSerializerOptions Readable = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private TimeZoneInfo _zone = TimeZoneInfo.Utc;

    /// <summary>The site's time zone, named under tables of instants.</summary>
    public string ZoneName => _zone.Id;

    /// <summary>A stored UTC instant as "20/06/2022 14:30:05" in the site's time zone, or a dash.</summary>
    public string Local(DateTime? utc) => utc is { } value
        ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), _zone).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture)
        : "—";

    /// <summary>A value of an instance's state as indented JSON, accents as they are (the page encodes it).</summary>
    public static string Json(JsonNode? value) => value?.ToJsonString(Readable) ?? "null";

    protected async Task LoadTimeZoneAsync() =>
        _zone = await HttpContext.RequestServices.GetRequiredService<SiteSettingsService>().GetTimeZoneAsync();

    /// <summary>Who did it, for journals: the signed-in user's name.</summary>
    protected string UserName => User.Identity?.Name ?? "?";
}
