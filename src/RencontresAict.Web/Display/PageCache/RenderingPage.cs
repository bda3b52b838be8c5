namespace RencontresAict.Web.Display.PageCache;

/// <summary>A page being rendered through the whole pipeline, and whether the output cache kept its answer.</summary>
public sealed class RenderingPage
{
    public bool KeptByOutputCache { get; set; }
}
