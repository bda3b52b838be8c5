using System.Globalization;
using Microsoft.Extensions.Localization;
using RencontresAict.Content.Settings;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// Whether an edition takes registrations now (on <see cref="TimeProvider"/>, so Site:AsOf previews it): from
/// RegistrationOpensAt, until RegistrationClosesAt or, when none is set, the edition's start. Only the current edition
/// takes registrations: an archived edition's form is closed whatever its dates. Closed, it says why, in the request's
/// language (French, or English for the English form).
/// </summary>
public sealed class RegistrationWindow(EditionFactsReader editions, TimeProvider clock, SiteSettingsService settings, IStringLocalizer<RegistrationWindow> S)
{
    public const string ArchivedReason =
        "Inscriptions closes : cette édition n'est pas l'édition en cours des Rencontres. Les inscriptions se font sur la page Inscription de l'édition en cours.";

    public async Task<(bool IsOpen, string? Reason)> CheckAsync(string? editionId)
    {
        var edition = await editions.ReadAsync(editionId);
        if (edition is null)
        {
            return (false, S["Les inscriptions ne sont pas ouvertes : aucune édition n'est annoncée pour le moment."].Value);
        }

        return edition.Id == await settings.GetCurrentEditionIdAsync() ? Check(edition) : (false, S[ArchivedReason].Value);
    }

    public (bool IsOpen, string? Reason) Check(EditionFacts edition)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        string When(DateTime utc) => edition.Moment(utc, CultureInfo.CurrentUICulture.Name, withZone: true);
        if (edition.RegistrationOpensUtc is { } opens && now < opens)
        {
            return (false, S["Les inscriptions à cette édition ne sont pas encore ouvertes : elles ouvriront le {0}.", When(opens)].Value);
        }

        if (edition.EffectiveClosesUtc is { } closes && now >= closes)
        {
            return (false, edition.RegistrationClosesUtc is null
                ? S["Les inscriptions sont closes : elles ont pris fin à l'ouverture des Rencontres, le {0}.", When(closes)].Value
                : S["Les inscriptions sont closes depuis le {0}.", When(closes)].Value);
        }

        return (true, null);
    }
}
