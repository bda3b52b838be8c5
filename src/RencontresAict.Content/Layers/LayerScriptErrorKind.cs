namespace RencontresAict.Content.Layers;

/// <summary>The ways a layer rule can be refused before it is saved.</summary>
public enum LayerScriptErrorKind
{
    /// <summary>The script does not parse.</summary>
    Syntax,

    /// <summary>It parses but fails when run (an unknown function, a thrown error).</summary>
    Runtime,

    /// <summary>It answers something other than true or false.</summary>
    NotBoolean,

    /// <summary>It runs too long or uses too much memory.</summary>
    TooLong,
}
