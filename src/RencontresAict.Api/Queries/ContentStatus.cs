namespace RencontresAict.Api.Queries;

/// <summary>Which versions a query returns, as GraphQL's <c>status</c> argument names them.</summary>
public enum ContentStatus
{
    /// <summary>The live versions.</summary>
    Published,

    /// <summary>Latest versions that are not published.</summary>
    Draft,

    /// <summary>The newest version of each item, draft or published.</summary>
    Latest,

    /// <summary>Every live or latest version.</summary>
    All,
}
