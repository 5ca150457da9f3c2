using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Maps.Api.Errors;

/// <summary>
/// Every error leaves as problem details, mapped here once: bad requests that fail before an endpoint runs
/// (unreadable bodies, bad JSON, bodies over the limit) become 4xx; a store that cannot be reached is 503; bare status
/// codes (unknown paths) get a body; anything else is a 500.
/// </summary>
public static class ErrorSetup
{
    public static IServiceCollection AddAtlasProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Type ??= $"https://www.rfc-editor.org/rfc/rfc9110#status.{c.ProblemDetails.Status}";
            c.ProblemDetails.Extensions.Remove("exception");
        });
        services.AddExceptionHandler<AtlasExceptionHandler>();
        return services;
    }

    public static WebApplication UseAtlasProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}

internal sealed class AtlasExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad =>
                (bad.StatusCode, bad.StatusCode == 413 ? "Body too large" : "Bad request", bad.Message),
            JsonException => (StatusCodes.Status400BadRequest, "Malformed JSON", exception.Message),
            _ when StoreUnavailable.Is(exception) =>
                (StatusCodes.Status503ServiceUnavailable, StoreUnavailable.Title, StoreUnavailable.Detail),
            _ => (0, "", ""),
        };
        if (status == 0) return false;
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
            context.Response.Headers.RetryAfter =
                StoreUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = Problems.Create(status, title, detail),
            Exception = exception,
        });
    }
}
