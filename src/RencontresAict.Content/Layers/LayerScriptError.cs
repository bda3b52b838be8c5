namespace RencontresAict.Content.Layers;

/// <summary>Why a layer rule was refused: its kind, where (line and column from 1) and the engine's own words.</summary>
public sealed record LayerScriptError(LayerScriptErrorKind Kind, int Line, int Column, string Detail);
