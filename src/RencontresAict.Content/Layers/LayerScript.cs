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
    /// <summary>
    /// A runaway rule is stopped by its statement count (1,000), which does not depend on the machine's load; the clock is
    /// only a backstop. A 200 ms clock stopped sound rules during Jint's first compilation on a loaded machine: a layer
    /// silently missing from a page, a rule refused as « trop longue ».
    /// </summary>
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(10);

    public static bool Evaluate(string script, string path, string culture)
    {
        try
        {
            var result = EngineFor(path, culture).Evaluate(script);
            return result.IsBoolean() && result.AsBoolean();
        }
        catch (Exception e) when (e is Jint.Runtime.JavaScriptException or Jint.Runtime.StatementsCountOverflowException or TimeoutException
            or Acornima.ParseErrorException or Jint.Runtime.MemoryLimitExceededException or Jint.Runtime.RecursionDepthOverflowException)
        {
            return false;
        }
    }

    /// <summary>
    /// Why a layer rule cannot be used, or null: it must parse, and answer true or false when every function it may
    /// call answers true, then false (so each side of <c>&amp;&amp;</c> and <c>||</c> runs, and an unknown function or
    /// a value that is not a boolean is caught before the rule is saved).
    /// </summary>
    public static LayerScriptError? Check(string script)
    {
        try
        {
            new Acornima.Parser().ParseScript(script);
            foreach (var answer in new[] { true, false })
            {
                var result = EngineWith(() => answer, _ => answer, _ => answer, answer).Evaluate(script);
                if (!result.IsBoolean())
                {
                    return new LayerScriptError(LayerScriptErrorKind.NotBoolean, 1, 1, result.ToString());
                }
            }

            return null;
        }
        catch (Acornima.ParseErrorException e)
        {
            return new LayerScriptError(LayerScriptErrorKind.Syntax, e.LineNumber, e.Column + 1, e.Message);
        }
        catch (Jint.Runtime.JavaScriptException e)
        {
            return new LayerScriptError(LayerScriptErrorKind.Runtime, e.Location.Start.Line, e.Location.Start.Column + 1, e.Message);
        }
        catch (Exception e) when (e is Jint.Runtime.StatementsCountOverflowException or TimeoutException
            or Jint.Runtime.MemoryLimitExceededException or Jint.Runtime.RecursionDepthOverflowException)
        {
            return new LayerScriptError(LayerScriptErrorKind.TooLong, 1, 1, e.Message);
        }
    }

    private static Engine EngineFor(string path, string culture) => EngineWith(
        () => path is "" or "/", rule => LayerRule.UrlMatches(rule, path), name => LayerRule.CultureMatches(name, culture), anonymous: true);

    /// <summary>Public pages are the same for everyone, and cached so: the visitor is anonymous.</summary>
    private static Engine EngineWith(Func<bool> isHomepage, Func<string, bool> url, Func<string, bool> culture, bool anonymous)
    {
        var engine = new Engine(options => options.TimeoutInterval(_timeout).MaxStatements(1_000).LimitRecursion(16).LimitMemory(1_000_000));
        engine.SetValue("isHomepage", isHomepage);
        engine.SetValue("url", url);
        engine.SetValue("culture", culture);
        engine.SetValue("isAnonymous", new Func<bool>(() => anonymous));
        engine.SetValue("isAuthenticated", new Func<bool>(() => !anonymous));
        return engine;
    }
}
