using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace RencontresAict.Forms.Http;

/// <summary>
/// Reads a form post within the forms' limits. ASP.NET's reader refuses a whole url-encoded body whose values hold an
/// encoded NUL (<c>%00</c>: "The form value contains invalid characters"), which once read as "too large"; such a body
/// is read here as plain text instead, and becomes the request's form, so that the element's rule refuses the value
/// beside its field (<see cref="Validation.FormValidator"/>) and every later reader (antiforgery, workflow) sees the same.
/// </summary>
public static class FormBodyReader
{
    public const int MaxValues = 200;

    /// <summary>The posted form, or null when the body is over <paramref name="limit"/> bytes, has too many values or is not a form.</summary>
    public static async Task<IFormCollection?> ReadAsync(HttpContext http, long limit)
    {
        if (http.Request.ContentLength > limit || !http.Request.HasFormContentType)
        {
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        try
        {
            return await http.Request.ReadFormAsync(new FormOptions
            {
                BufferBody = true, MemoryBufferThreshold = (int)limit, BufferBodyLengthLimit = limit, ValueLengthLimit = (int)limit,
                MultipartBodyLengthLimit = limit, ValueCountLimit = MaxValues,
            }, http.RequestAborted);
        }
        catch (InvalidDataException ex) when (ex.InnerException is InvalidOperationException && http.Request.Body.CanSeek)
        {
            return await ReadUrlEncodedTextAsync(http);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return null;
        }
    }

    private static async Task<IFormCollection?> ReadUrlEncodedTextAsync(HttpContext http)
    {
        if (!http.Request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        Dictionary<string, StringValues> values;
        try
        {
            http.Request.Body.Position = 0;
            using var reader = new StreamReader(http.Request.Body, leaveOpen: true);
            values = QueryHelpers.ParseQuery("?" + await reader.ReadToEndAsync(http.RequestAborted));
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException)
        {
            return null;
        }

        if (values.Sum(v => v.Value.Count) > MaxValues)
        {
            return null;
        }

        var form = new FormCollection(new Dictionary<string, StringValues>(values, StringComparer.OrdinalIgnoreCase));
        http.Features.Set<IFormFeature>(new FormFeature(form));
        return form;
    }
}
