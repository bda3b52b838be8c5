using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace RencontresAict.Web.Hosting;

/// <summary>
/// What a visitor sees when a request fails past every module: a short page in French, never an empty 500. A full
/// disk (the OS's ENOSPC / ERROR_DISK_FULL, SQLite's SQLITE_FULL, PostgreSQL's disk_full) is a passing outage, answered
/// 503 with Retry-After so that a visitor, a proxy or a crawler comes back later; so is a PostgreSQL or Redis server
/// that cannot be reached (restarting, network cut): the request changed nothing, and the node reconnects by itself. The exception itself is logged by the
/// exception-handler middleware; nothing of it reaches the page. API paths get the same words as problem+json.
/// </summary>
public static class SiteErrorPage
{
    public const int RetryAfterSeconds = 120;

    public const string UnavailableText = "Le site est momentanément indisponible. Réessayez dans quelques minutes.";
    public const string ErrorText = "Une erreur est survenue de notre côté. Réessayez dans quelques minutes ; si elle se répète, écrivez-nous.";

    public static async Task WriteAsync(HttpContext http)
    {
        var exception = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        var full = IsDiskFull(exception) || IsServerUnreachable(exception);
        var status = full ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        var text = full ? UnavailableText : ErrorText;
        http.Response.StatusCode = status;
        http.Response.Headers.CacheControl = "no-store";
        if (full)
        {
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(title: text, statusCode: status).ExecuteAsync(http);
            return;
        }

        // Constant French text, no HTML in it: nothing of the request or the exception is written.
        var title = full ? "Site momentanément indisponible" : "Erreur";
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title><link rel="stylesheet" href="/theme/site.css"></head>
            <body><main id="contenu"><div class="wrap"><h1>{title}</h1><p>{text}</p><p><a href="/">Retour à l'accueil</a></p></div></main></body>
            </html>
            """, http.RequestAborted);
    }

    /// <summary>
    /// True when the failure, or one it wraps, is a database or Redis server out of reach: Npgsql's own errors
    /// (connection refused or broken, pool timeout; not a server's answer), a server shutting down or starting up
    /// (SQLSTATE 57P0x), or StackExchange.Redis's connection and timeout errors.
    /// </summary>
    public static bool IsServerUnreachable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var unreachable = e switch
            {
                PostgresException postgres => postgres.SqlState.StartsWith("57P0", StringComparison.Ordinal)
                    || postgres.SqlState.StartsWith("08", StringComparison.Ordinal),
                NpgsqlException => true,
                StackExchange.Redis.RedisConnectionException or StackExchange.Redis.RedisTimeoutException => true,
                _ => false,
            };
            if (unreachable)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the failure, or one it wraps, says the disk or the database is full.</summary>
    public static bool IsDiskFull(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var full = e switch
            {
                SqliteException sqlite => sqlite.SqliteErrorCode == 13, // SQLITE_FULL
                PostgresException postgres => postgres.SqlState == PostgresErrorCodes.DiskFull,
                // ENOSPC is errno 28 on Linux and macOS; Windows says ERROR_HANDLE_DISK_FULL (0x27) or ERROR_DISK_FULL (0x70).
                IOException io => OperatingSystem.IsWindows() ? (io.HResult & 0xFFFF) is 0x27 or 0x70 : io.HResult == 28,
                _ => false,
            };
            if (full)
            {
                return true;
            }
        }

        return false;
    }
}
