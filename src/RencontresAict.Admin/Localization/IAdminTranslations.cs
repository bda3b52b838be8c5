namespace RencontresAict.Admin.Localization;

/// <summary>
/// English for a module's French admin texts (keys are the French texts as the code writes them). The admin registers
/// its own; a module that adds admin pages registers one with <c>AddAdminTranslations</c>.
/// </summary>
public interface IAdminTranslations
{
    IReadOnlyDictionary<string, string> English { get; }
}
