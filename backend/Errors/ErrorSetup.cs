using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Maps.Api.Errors;

/// <summary>
/// Every error leaves as problem details, mapped here once: bad requests that fail before an endpoint runs
/// (unreadable bodies, bad JSON) become 4xx; bare status codes (unknown paths) get a body; anything else is a 500.
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
        var (status, title) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Bad request"),
            JsonException => (StatusCodes.Status400BadRequest, "Malformed JSON"),
            _ => (0, ""),
        };
        if (status == 0) return false;
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = Problems.Create(status, title, exception.Message),
            Exception = exception,
        });
    }
}
