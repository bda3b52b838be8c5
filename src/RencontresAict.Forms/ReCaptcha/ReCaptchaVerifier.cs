using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RencontresAict.Forms.ReCaptcha;

/// <summary>
/// Asks the configured provider whether a posted token is a human's (Orchard's ReCaptchaService): the secret, the
/// token and the client's address are posted to <see cref="ReCaptchaOptions.VerifyUrl"/>, and only an answer
/// <c>{"success": true}</c> is valid. A provider that does not answer in time, answers an error or what is not that
/// JSON makes the token invalid, and the log says why: a broken provider never lets posts through.
/// </summary>
public sealed class ReCaptchaVerifier(IHttpClientFactory clients, IOptionsMonitor<ReCaptchaOptions> options, ILogger<ReCaptchaVerifier> logger)
{
    public const string ClientName = "ReCaptcha";

    private int _passThroughLogged;

    /// <summary>Without a secret there is no provider to ask: the caller lets the post pass.</summary>
    public bool IsConfigured => options.CurrentValue.HasSecret;

    /// <summary>Says once per process that posts pass unchecked.</summary>
    public void LogPassThroughOnce(string workflowTypeId)
    {
        if (Interlocked.Exchange(ref _passThroughLogged, 1) == 0)
        {
            logger.LogInformation(
                "ValidateReCaptchaTask (first seen in workflow {WorkflowTypeId}): no ReCaptcha:SecretKey is configured; reCAPTCHA checks pass unchecked.",
                workflowTypeId);
        }
    }

    public async Task<bool> VerifyAsync(string? token, string? clientAddress, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 4096)
        {
            return false;
        }

        var settings = options.CurrentValue;
        var fields = new Dictionary<string, string> { ["secret"] = settings.SecretKey ?? "", ["response"] = token };
        if (!string.IsNullOrEmpty(clientAddress))
        {
            fields["remoteip"] = clientAddress;
        }

        try
        {
            using var client = clients.CreateClient(ClientName);
            using var response = await client.PostAsync(new Uri(settings.VerifyUrl), new FormUrlEncodedContent(fields), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("The reCAPTCHA provider answered {Status}: the post is refused.", (int)response.StatusCode);
                return false;
            }

            using var answer = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            if (answer.RootElement.ValueKind == JsonValueKind.Object && answer.RootElement.TryGetProperty("success", out var success)
                && success.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return success.GetBoolean();
            }

            logger.LogWarning("The reCAPTCHA provider's answer has no boolean 'success': the post is refused.");
            return false;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            logger.LogWarning(ex, "The reCAPTCHA provider at {VerifyUrl} did not answer usably: the post is refused.", settings.VerifyUrl);
            return false;
        }
    }
}
