using System.Collections.Generic;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PortOne.Recommendation.WebService;

/// <summary>RFC 9457 problem-details bodies, with a machine-readable <c>code</c> and, for bad input, the errors keyed
/// by the JSON path (or the query parameter) they are about.</summary>
internal static class Problems
{
    public static string JsonTitle(string culture) =>
        culture == "en" ? "The body is not valid requirements JSON." : "요청 본문이 올바른 요구사항 JSON이 아닙니다.";

    public static string InvalidTitle(string culture) =>
        culture == "en" ? "The requirements are not valid." : "요구사항이 올바르지 않습니다.";

    public static string BadQueryTitle(string culture) =>
        culture == "en" ? "A query parameter is not valid." : "쿼리 매개변수가 올바르지 않습니다.";

    public static ValidationProblem Validation(
        string culture, string code, string title, string detail, IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(
            errors,
            detail: detail,
            title: title,
            extensions: new Dictionary<string, object?> { ["code"] = code, ["language"] = culture });

    public static ProblemHttpResult Status(int status, string culture, string code, string detail) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: status,
            extensions: new Dictionary<string, object?> { ["code"] = code, ["language"] = culture });
}
