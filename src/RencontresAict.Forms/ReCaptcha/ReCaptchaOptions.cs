namespace RencontresAict.Forms.ReCaptcha;

/// <summary>
/// The reCAPTCHA provider (section <c>ReCaptcha</c>), as Orchard's ReCaptchaSettings: with a <see cref="SecretKey"/>,
/// <c>ValidateReCaptchaTask</c> asks <see cref="VerifyUrl"/>; with a <see cref="SiteKey"/>, the ReCaptcha widget shows
/// the provider's box and the site's CSP lets its script in. Without them the task lets posts pass (logged once).
/// </summary>
public sealed class ReCaptchaOptions
{
    public const string Section = "ReCaptcha";

    /// <summary>The public key the widget's box is drawn with.</summary>
    public string? SiteKey { get; set; }

    /// <summary>The private key sent with each token to <see cref="VerifyUrl"/>; never shown.</summary>
    public string? SecretKey { get; set; }

    /// <summary>Google's siteverify by default; any provider answering <c>{"success": true|false}</c> (hCaptcha, a test double).</summary>
    public string VerifyUrl { get; set; } = "https://www.google.com/recaptcha/api/siteverify";

    /// <summary>The provider's script the widget loads (its origin is added to the CSP only when a site key is set).</summary>
    public string ScriptUrl { get; set; } = "https://www.google.com/recaptcha/api.js";

    /// <summary>A provider slower than this is treated as refusing the post (a form must not hang on it).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    public bool HasSecret => !string.IsNullOrWhiteSpace(SecretKey);

    public bool HasSiteKey => !string.IsNullOrWhiteSpace(SiteKey);

    /// <summary>
    /// What the public pages' CSP adds when the widget is shown: the script's origin and Google's static origin for
    /// <c>script-src</c>, the script's origin for <c>frame-src</c> (the box is an iframe); empty without a site key.
    /// </summary>
    public (string Scripts, string Frames) CspSources()
    {
        if (!HasSiteKey || !Uri.TryCreate(ScriptUrl, UriKind.Absolute, out var script) || script.Scheme != Uri.UriSchemeHttps)
        {
            return ("", "");
        }

        var origin = script.GetLeftPart(UriPartial.Authority);
        return (origin + " https://www.gstatic.com", origin);
    }
}
