using System.Net;
using System.Text.Json;

namespace CognitoTyped;

/// <summary>Reads an AWS JSON 1.1 error response into a typed exception.</summary>
internal static partial class CognitoErrors
{
    /// <summary>
    /// The code is taken from <c>x-amzn-ErrorType</c> when present, else from the body's <c>__type</c>
    /// (or <c>code</c>); either may carry a namespace before <c>#</c> and a URL after <c>:</c>.
    /// </summary>
    internal static CognitoServiceException Parse(HttpStatusCode statusCode, string? errorTypeHeader, string? requestId, ReadOnlySpan<byte> body)
    {
        string? typeFromBody = null;
        string? message = null;
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!body.IsEmpty)
        {
            try
            {
                var reader = new Utf8JsonReader(body);
                using var document = JsonDocument.ParseValue(ref reader);
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in document.RootElement.EnumerateObject())
                    {
                        if (property.Value.ValueKind != JsonValueKind.String)
                        {
                            continue;
                        }

                        switch (property.Name)
                        {
                            case "__type":
                            case "code" when typeFromBody is null:
                            case "Code" when typeFromBody is null:
                                typeFromBody = property.Value.GetString();
                                break;
                            case "message":
                            case "Message" when message is null:
                                message = property.Value.GetString();
                                break;
                            default:
                                // An error's own members (InvalidParameterException's reasonCode): the generated exception picks its own.
                                members[property.Name] = property.Value.GetString()!;
                                break;
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // Not JSON (a proxy's HTML page, say): the status code still tells what happened.
            }
            catch (InvalidOperationException)
            {
                // A string that is not valid UTF-8 cannot be transcoded: what was read before it stands, the rest is dropped.
            }
        }

        var code = NormalizeCode(errorTypeHeader) ?? NormalizeCode(typeFromBody) ?? CodeFromStatus(statusCode);
        message ??= string.Empty;
        return CreateKnown(code, message, statusCode, requestId, members)
            ?? new CognitoServiceException(code, message, statusCode, requestId);
    }

    internal static string? NormalizeCode(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var code = raw.AsSpan().Trim();
        var hash = code.LastIndexOf('#');
        if (hash >= 0)
        {
            code = code[(hash + 1)..];
        }

        var colon = code.IndexOf(':');
        if (colon >= 0)
        {
            code = code[..colon];
        }

        code = code.Trim();
        return code.IsEmpty ? null : code.ToString();
    }

    private static string CodeFromStatus(HttpStatusCode statusCode) => statusCode switch
    {
        HttpStatusCode.TooManyRequests => "TooManyRequestsException",
        HttpStatusCode.ServiceUnavailable => "ServiceUnavailable",
        HttpStatusCode.BadGateway => "BadGateway",
        HttpStatusCode.GatewayTimeout => "GatewayTimeout",
        HttpStatusCode.InternalServerError => "InternalFailure",
        _ => "Http" + ((int)statusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
