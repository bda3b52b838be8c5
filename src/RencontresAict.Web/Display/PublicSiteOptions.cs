namespace RencontresAict.Web.Display;

/// <summary>Boot settings of the public site (section <c>PublicSite</c>).</summary>
public sealed class PublicSiteOptions
{
    public const string Section = "PublicSite";

    /// <summary>Serve rendered pages from the output cache until content changes. Off only to measure rendering.</summary>
    public bool OutputCache { get; set; } = true;

    /// <summary>How long a cached page may live when nothing evicts it first.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the site looks for changes made by another process (see PublicChangeSignal).</summary>
    public TimeSpan ChangePollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
