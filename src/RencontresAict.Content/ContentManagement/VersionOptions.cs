namespace RencontresAict.Content.ContentManagement;

/// <summary>Which version of an item to load, as Orchard's VersionOptions.</summary>
public enum VersionOptions
{
    /// <summary>The live version.</summary>
    Published,

    /// <summary>The newest version, draft or published.</summary>
    Latest,

    /// <summary>The newest version when it is a draft; otherwise a new draft copied from the published version.</summary>
    DraftRequired,
}
