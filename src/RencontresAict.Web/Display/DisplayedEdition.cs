using RencontresAict.Web.Display.Models;

namespace RencontresAict.Web.Display;

/// <summary>
/// The edition the page being rendered belongs to: the current one unless the endpoint shows another (an archive at
/// <c>/{year}/…</c>, a session of a past edition). The layout's header, buttons and footer read it, never the current
/// edition directly. An archived edition's links go under its year (<see cref="BasePathAsync"/>).
/// </summary>
public sealed class DisplayedEdition(EditionReader editions)
{
    private EditionModel? _shown;

    public void Show(EditionModel edition) => _shown = edition;

    public async Task<EditionModel?> GetAsync() => _shown ?? await editions.GetCurrentAsync();

    public async Task<bool> IsArchiveAsync() =>
        _shown is not null && _shown.Item.ContentItemId != (await editions.GetCurrentAsync())?.Item.ContentItemId;

    /// <summary>"" for the current edition (its pages stay at /programme…), "/2022" for an archived one.</summary>
    public async Task<string> BasePathAsync() => await IsArchiveAsync() && _shown!.Year is { } year ? "/" + year : "";
}
