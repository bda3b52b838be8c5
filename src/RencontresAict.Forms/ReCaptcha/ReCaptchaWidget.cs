using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;

namespace RencontresAict.Forms.ReCaptcha;

/// <summary>
/// Orchard's ReCaptcha widget in a form: the provider's box and its script when a site key is configured (the CSP
/// then allows that script's origin), nothing otherwise (no dead script tag the CSP would block).
/// </summary>
public sealed class ReCaptchaWidget(IOptionsMonitor<ReCaptchaOptions> options)
{
    public const string ContentType = "ReCaptcha";

    public string Render()
    {
        var settings = options.CurrentValue;
        if (!settings.HasSiteKey || settings.CspSources().Scripts.Length == 0)
        {
            return "";
        }

        var html = HtmlEncoder.Default;
        return $"<div class=\"g-recaptcha\" data-sitekey=\"{html.Encode(settings.SiteKey!)}\"></div>"
            + $"<script src=\"{html.Encode(settings.ScriptUrl)}\" async defer></script>";
    }
}
