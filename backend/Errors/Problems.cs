using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Maps.Api.Errors;

/// <summary>
/// RFC 9457 problem details for the outcomes endpoints return on purpose, written as application/problem+json.
/// Endpoints declare which statuses they return with ProducesProblem, for readers and OpenAPI.
/// </summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string title, string detail) =>
        Of(StatusCodes.Status404NotFound, title, detail);

    public static ProblemHttpResult BadRequest(string title, string detail) =>
        Of(StatusCodes.Status400BadRequest, title, detail);

    public static ProblemHttpResult Of(int status, string title, string detail) =>
        TypedResults.Problem(Create(status, title, detail));

    public static ProblemDetails Create(int status, string title, string detail) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Type = $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}",
    };
}
