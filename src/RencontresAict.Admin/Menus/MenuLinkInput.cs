namespace RencontresAict.Admin.Menus;

/// <summary>One entry of a menu as the menu editor posts it: its id (empty for a new link), text, address, place, removal.</summary>
public sealed class MenuLinkInput
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Url { get; set; }

    public int Position { get; set; }

    public bool Remove { get; set; }
}
