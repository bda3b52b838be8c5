using RencontresAict.Conference.Display.Models;

namespace RencontresAict.Conference.Display;

/// <summary>
/// The edition the page being rendered belongs to: the current one unless the endpoint shows another (an archive at
/// <c>/{year}/…</c>, a session of a past edition). The layout's header, buttons and footer read it, never the current
/// edition directly. Another edition's links go under its year (<see cref="BasePathAsync"/>); it is an archive when it
/// started before the current one (a newer one, seen in the admin's preview, is not).
/// </summary>
public sealed class DisplayedEdition(EditionReader editions)
{
    private EditionModel? _shown;

    public void Show(EditionModel edition) => _shown = edition;

    public async Task<EditionModel?> GetAsync() => _shown ?? await editions.GetCurrentAsync();

    public async Task<bool> IsArchiveAsync()
    {
        var current = await editions.GetCurrentAsync();
        return await IsOtherAsync() && (current?.Start is null || _shown!.Start is null || _shown.Start < current.Start);
    }

    /// <summary>"" for the current edition (its pages stay at /programme…), "/2022" for another one.</summary>
    public async Task<string> BasePathAsync() => await IsOtherAsync() && _shown!.Year is { } year ? "/" + year : "";

    private async Task<bool> IsOtherAsync() =>
        _shown is not null && _shown.ContentItemId != (await editions.GetCurrentAsync())?.ContentItemId;
}
