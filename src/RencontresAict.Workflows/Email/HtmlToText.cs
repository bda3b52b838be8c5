using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace RencontresAict.Workflows.Email;

/// <summary>
/// The plain-text part of an HTML e-mail: paragraphs and line breaks kept, list items dashed, links written as
/// "text (url)" so a confirmation link still works in a text-only mail client.
/// </summary>
public static class HtmlToText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "tr", "blockquote", "address",
    };

    public static string Convert(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        Append(document.Body ?? (INode)document.DocumentElement, text);
        var lines = text.ToString().Split('\n').Select(l => l.Trim());
        var result = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            blank = line.Length == 0 ? blank + 1 : 0;
            if (blank <= 1)
            {
                result.Append(line).Append('\n');
            }
        }

        return result.ToString().Trim() + "\n";
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    text.Append(CollapseWhitespace(textNode.Data));
                    break;
                case IElement { LocalName: "script" or "style" or "head" or "title" }:
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement { LocalName: "li" } item:
                    text.Append("\n- ");
                    Append(item, text);
                    break;
                case IElement { LocalName: "a" } link:
                    Append(link, text);
                    var href = link.GetAttribute("href");
                    if (!string.IsNullOrWhiteSpace(href) && !string.Equals(link.TextContent.Trim(), href, StringComparison.Ordinal))
                    {
                        text.Append(" (").Append(href).Append(')');
                    }

                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    text.Append("\n\n");
                    Append(element, text);
                    text.Append("\n\n");
                    break;
                case IElement element:
                    Append(element, text);
                    break;
            }
        }
    }

    private static string CollapseWhitespace(string data)
    {
        var builder = new StringBuilder(data.Length);
        var space = false;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    builder.Append(' ');
                }

                space = true;
            }
            else
            {
                builder.Append(c);
                space = false;
            }
        }

        return builder.ToString();
    }
}
