using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Pages;
using RencontresAict.Conference.Registrations;

namespace RencontresAict.Conference.Pages.Registrations;

/// <summary>The base of the registration pages: every page and action needs ManageRegistrations (Administrator, Editor).</summary>
public abstract class RegistrationsPageModel : AdminPageModel
{
    protected async Task<IActionResult?> RefuseUnlessAllowedAsync() =>
        await CanAsync(ConferencePermissions.ManageRegistrations) ? null : Forbid();

    /// <summary>A stored UTC instant shown in the edition's time zone, "20/06/2022 14:30".</summary>
    public static string Local(EditionFacts? edition, string? utc) =>
        edition is not null && DateTime.TryParse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? edition.Local(value).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)
            : utc ?? "";

    /// <summary>The zone the times are in, for a table's caption ("Paris").</summary>
    public static string ZoneText(EditionFacts? edition) =>
        edition is null ? "UTC" : edition.Zone.Id == "Europe/Paris" ? "Paris" : edition.Zone.Id;

    public string StatusLabel(string? status) => T[RegistrationStatusTexts.Label(status)];
}
