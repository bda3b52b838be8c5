namespace RencontresAict.Content.Liquid;

/// <summary>
/// Orchard names a template by its shape alternate (<c>Content__LandingPage</c>, <c>Content_Summary__BlogPost</c>,
/// <c>Widget__Register</c>, <c>HtmlBodyPart_Summary</c>); the theme names files the other way round
/// (<c>Content-LandingPage</c>, <c>Content-BlogPost.Summary</c>). Both name the same template.
/// </summary>
public static class ShapeNames
{
    /// <summary>
    /// The theme file name of a shape alternate: the segments after <c>__</c> are joined with <c>-</c>, and a display
    /// type written after the first <c>_</c> of the base moves to the end (<c>Content_Summary__BlogPost</c> →
    /// <c>Content-BlogPost.Summary</c>). A name without underscores is already a file name.
    /// </summary>
    public static string ToFileName(string shapeName)
    {
        var segments = shapeName.Split("__");
        var head = segments[0].Split('_', 2);
        var name = string.Join('-', segments.Skip(1).Prepend(head[0]));
        return head.Length == 2 ? $"{name}.{head[1].Replace('_', '.')}" : name;
    }
}
