namespace RencontresAict.Admin.Navigation;

/// <summary>
/// One link of the admin menu, in a section (French text, translated like every admin text). Shown to users who hold
/// <see cref="Permission"/> — for <see cref="ContentType"/> when it is set (per-type and *Own* permissions count).
/// </summary>
public sealed record AdminMenuEntry(string Section, string Text, string Url, string Permission, int Position = 0)
{
    public string? ContentType { get; init; }

    /// <summary>Orders sections: lower first.</summary>
    public int SectionPosition { get; init; }
}
