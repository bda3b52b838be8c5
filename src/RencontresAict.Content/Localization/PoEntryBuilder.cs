namespace RencontresAict.Content.Localization;

/// <summary>Collects the keywords of the PO entry being read, so that <see cref="PoFileParser"/> stays a loop over lines.</summary>
internal sealed class PoEntryBuilder
{
    private string? _context;
    private string? _id;
    private readonly SortedDictionary<int, string> _translations = [];
    private string _lastKeyword = "";
    private int _lastIndex;

    public bool Fuzzy { get; set; }

    public bool HasTranslation => _translations.Count > 0;

    public bool HasContextOnly => _context is not null && _id is null;

    public void Start(string keyword, string text, int lineNumber)
    {
        _lastKeyword = keyword;
        switch (keyword)
        {
            case "msgctxt":
                _context = text;
                break;
            case "msgid":
                _id = text;
                break;
            case "msgid_plural":
                break;
            case "msgstr":
                _lastIndex = 0;
                _translations[0] = text;
                break;
            default:
                if (!keyword.StartsWith("msgstr[", StringComparison.Ordinal) || !keyword.EndsWith(']')
                    || !int.TryParse(keyword.AsSpan(7, keyword.Length - 8), out _lastIndex))
                {
                    throw new FormatException($"line {lineNumber}: unknown keyword '{keyword}'");
                }
                _translations[_lastIndex] = text;
                _lastKeyword = "msgstr";
                break;
        }
    }

    public void Append(string text)
    {
        switch (_lastKeyword)
        {
            case "msgctxt":
                _context += text;
                break;
            case "msgid":
                _id += text;
                break;
            case "msgstr":
                _translations[_lastIndex] += text;
                break;
        }
    }

    public void FlushInto(List<PoEntry> entries)
    {
        if (!Fuzzy && !string.IsNullOrEmpty(_id) && _translations.Values.Any(t => t.Length > 0))
        {
            entries.Add(new PoEntry(_context, _id, [.. _translations.Values]));
        }
        _context = null;
        _id = null;
        _translations.Clear();
        _lastKeyword = "";
        Fuzzy = false;
    }
}
