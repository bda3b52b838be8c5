namespace RencontresAict.Admin.Localization;

/// <summary>A fixed set of English texts, as registered by <c>AddAdminTranslations</c>.</summary>
public sealed class AdminTranslations(IReadOnlyDictionary<string, string> english) : IAdminTranslations
{
    public IReadOnlyDictionary<string, string> English { get; } = english;
}
