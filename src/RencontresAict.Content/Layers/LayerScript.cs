using Jint;

namespace RencontresAict.Content.Layers;

/// <summary>
/// Orchard's JavaScript layer rules (a 1.x layer's <c>Rule</c>, a 2.x <c>JavascriptCondition</c>'s <c>Script</c>),
/// evaluated with Jint for one page: <c>isHomepage()</c>, <c>url('~/blog*')</c> (a path, <c>*</c> at the end for a
/// prefix), <c>culture('fr')</c>, <c>isAnonymous()</c> / <c>isAuthenticated()</c> (public pages are the same for
/// everyone, and cached so, hence anonymous), <c>true</c>, <c>false</c> and their combinations. A script that fails or
/// runs too long does not show its layer.
/// </summary>
public static class LayerScript
{
    private static readonly TimeSpan _timeout = TimeSpan.FromMilliseconds(200);

    public static bool Evaluate(string script, string path, string culture)
    {
        try
        {
            var engine = new Engine(options => options.TimeoutInterval(_timeout).MaxStatements(1_000).LimitRecursion(16).LimitMemory(1_000_000));
            engine.SetValue("isHomepage", new Func<bool>(() => path is "" or "/"));
            engine.SetValue("url", new Func<string, bool>(rule => LayerRule.UrlMatches(rule, path)));
            engine.SetValue("culture", new Func<string, bool>(name => LayerRule.CultureMatches(name, culture)));
            engine.SetValue("isAnonymous", new Func<bool>(() => true));
            engine.SetValue("isAuthenticated", new Func<bool>(() => false));
            var result = engine.Evaluate(script);
            return result.IsBoolean() && result.AsBoolean();
        }
        catch (Exception e) when (e is Jint.Runtime.JavaScriptException or Jint.Runtime.StatementsCountOverflowException or TimeoutException
            or Acornima.ParseErrorException or Jint.Runtime.MemoryLimitExceededException or Jint.Runtime.RecursionDepthOverflowException)
        {
            return false;
        }
    }
}
