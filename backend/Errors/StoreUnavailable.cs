using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Maps.Api.Errors;

/// <summary>
/// The store could not be reached (the database server is down or restarting, the file is locked or unreadable):
/// 503 with Retry-After, so clients and proxies try again, and a detail that names no host or file.
/// </summary>
public static class StoreUnavailable
{
    public const int RetryAfterSeconds = 5;

    public const string Title = "Store unavailable";

    public const string Detail = "The map data store is not answering right now; try again in a few seconds.";

    public static bool Is(Exception e) => e switch
    {
        NpgsqlException npgsql => npgsql.IsTransient,
        // SQLITE_BUSY, _LOCKED, _IOERR, _FULL, _CANTOPEN: the file, not the request, is the trouble.
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6 or 10 or 13 or 14,
        TimeoutException => true,
        _ => e.InnerException is { } inner && Is(inner),
    };

    public static ProblemHttpResult Problem(HttpResponse response)
    {
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problems.Of(StatusCodes.Status503ServiceUnavailable, Title, Detail);
    }
}
