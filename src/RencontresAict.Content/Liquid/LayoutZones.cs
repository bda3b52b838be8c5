using System.Text;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// What the templates of one page sent to the layout's zones with <c>{% zone "Header" %}…{% endzone %}</c>, in the
/// order they were rendered; the layout shows each zone (<c>Zones.Header</c>) with the layer widgets of that zone.
/// </summary>
public sealed class LayoutZones
{
    private readonly Dictionary<string, StringBuilder> _zones = new(StringComparer.Ordinal);

    public void Add(string zone, string html)
    {
        if (!_zones.TryGetValue(zone, out var content))
        {
            _zones[zone] = content = new StringBuilder();
        }

        content.Append(html);
    }

    /// <summary>Each zone's captured HTML, first, then what <paramref name="widgets"/> already holds for it.</summary>
    public void MergeInto(IDictionary<string, object?> widgets)
    {
        foreach (var (zone, content) in _zones)
        {
            widgets[zone] = content + (widgets.TryGetValue(zone, out var existing) ? existing as string : null);
        }
    }
}
