using Microsoft.Extensions.Localization;

namespace RencontresAict.Content.Localization;

/// <summary>Makes <see cref="IStringLocalizer{T}"/> read the modules' PO files, with the type's full name as context.</summary>
public sealed class PoStringLocalizerFactory(PoTranslationCatalog catalog) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new PoStringLocalizer(catalog, resourceSource.FullName);

    public IStringLocalizer Create(string baseName, string location) => new PoStringLocalizer(catalog, baseName);
}
