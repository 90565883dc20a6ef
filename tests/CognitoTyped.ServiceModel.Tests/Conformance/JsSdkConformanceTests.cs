using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.Runtime;
using CognitoTyped.Identity;
using CognitoTyped.IdentityProvider;
using CognitoTyped.ServiceModel.Generation;
using Xunit.Abstractions;

namespace CognitoTyped.ServiceModel.Tests.Conformance;

/// <summary>
/// Every operation of both models, sent through our low-level clients and through AWS's SDK for JavaScript v3 to the same
/// capture server: the same target, content type and JSON body; the same response read to the same values; the same error
/// code from the same error body; SigV4 signatures AWS's signer computes the same, and none on unsigned operations.
/// </summary>
public sealed class JsSdkConformanceTests(ITestOutputHelper output)
{
    private const string AccessKey = "AKIDEXAMPLE";
    private const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string SessionToken = "conformance-session-token";

    /// <summary>How a case's request and response are built.</summary>
    private enum Mode
    {
        /// <summary>Every member of the request and of the response set.</summary>
        Full,

        /// <summary>Only required members: nothing else may appear in the body or in what the SDKs read.</summary>
        RequiredOnly,

        /// <summary>The request's required members, answered with one of the operation's modelled errors.</summary>
        Error,
    }

    private sealed record Case(Service Service, OperationFacts Operation, Mode Mode, JsonObject Input, CannedResponse Response, JsonNode Expected)
    {
        public string Target => Service.Facts.Target.Service == "cognito-idp" ? "AWSCognitoIdentityProviderService." + Operation.Name : "AWSCognitoIdentityService." + Operation.Name;

        public override string ToString() => $"{Service.Facts.Target.Service} {Operation.Name} ({Mode}{(Mode == Mode.Error ? " " + Expected : string.Empty)})";
    }

    private sealed record Service(ServiceFacts Facts, JsonDocument Document, object Client);

    private sealed record Outcome(CapturedRequest? Request, JsonNode? Output, string? ErrorCode, string? ErrorMessage, string? Failure, JsonObject? ErrorMembers = null);

    [Fact]
    public async Task Every_operation_of_both_models_matches_AWSs_JavaScript_SDK()
    {
        var credentials = new SessionAWSCredentials(AccessKey, SecretKey, SessionToken);
        var cases = new List<Case>();
        var servers = new Dictionary<Mode, CaptureServer>();
        var answers = new Dictionary<(Mode, string), List<CannedResponse>>();
        foreach (var mode in Enum.GetValues<Mode>())
        {
            servers[mode] = new CaptureServer((target, index) => answers[(mode, target)][index]);
        }

        try
        {
            var services = new List<Service>();
            foreach (var (target, file) in new[] { (ServiceTarget.IdentityProvider, "cognito-idp"), (ServiceTarget.Identity, "cognito-identity") })
            {
                var document = RepositoryFiles.ReadFacts(file);
                var facts = ServiceFacts.Read(target, File.ReadAllText(RepositoryFiles.FactsPath(file)));
                services.Add(new Service(facts, document, null!));
            }

            var unmet = new List<string>();
            foreach (var service in services)
            {
                var requests = new ShapeValues(service.Facts, service.Document, fractionalTimestamps: false, unknownEnumValues: false);
                var responses = new ShapeValues(service.Facts, service.Document, fractionalTimestamps: true, unknownEnumValues: true);
                foreach (var operation in service.Facts.Operations)
                {
                    foreach (var mode in new[] { Mode.Full, Mode.RequiredOnly })
                    {
                        var requiredOnly = mode == Mode.RequiredOnly;
                        var input = requests.Structure(operation.Input, requiredOnly);
                        var expected = operation.Output is { } outputShape ? responses.Structure(outputShape, requiredOnly) : new JsonObject();
                        cases.Add(new Case(service, operation, mode, input, new CannedResponse(200, Wire(expected)!.ToJsonString()), expected));
                    }

                    // Every modelled error, in the body forms AWS's JSON protocol allows.
                    for (var i = 0; i < operation.Errors.Count; i++)
                    {
                        var code = operation.Errors[i];
                        cases.Add(new Case(service, operation, Mode.Error, requests.Structure(operation.Input, requiredOnly: true), ErrorResponse(service, code, i), JsonValue.Create(code)));
                    }
                }

                unmet.AddRange(requests.UnmetPatterns);
                unmet.AddRange(responses.UnmetPatterns);
            }

            Assert.True(unmet.Count == 0, "No candidate value met these patterns:\n" + string.Join("\n", unmet.Distinct()));
            foreach (var group in cases.GroupBy(@case => (@case.Mode, @case.Target)))
            {
                answers[group.Key] = group.Select(@case => @case.Response).ToList();
            }

            // Ours first, one call at a time, then the same calls through the JS SDK.
            var ours = new List<Outcome>();
            {
                var clients = new Dictionary<(Mode, string), object>();
                foreach (var mode in Enum.GetValues<Mode>())
                {
                    clients[(mode, "cognito-idp")] = new CognitoIdentityProviderClient(Options(servers[mode].Url, credentials));
                    clients[(mode, "cognito-identity")] = new CognitoIdentityClient(Options(servers[mode].Url, credentials));
                }

                foreach (var @case in cases)
                {
                    ours.Add(await CallOursAsync(clients[(@case.Mode, @case.Service.Facts.Target.Service)], servers[@case.Mode], @case));
                }

                foreach (var client in clients.Values)
                {
                    ((IDisposable)client).Dispose();
                }
            }

            foreach (var server in servers.Values)
            {
                server.Reset();
            }

            var signed = cases.Zip(ours).Where(pair => pair.First.Operation.Signed && pair.Second.Request is not null).ToList();
            var script = await JsSdk.RunAsync(new JsonObject
            {
                ["credentials"] = new JsonObject { ["accessKeyId"] = AccessKey, ["secretAccessKey"] = SecretKey, ["sessionToken"] = SessionToken },
                ["calls"] = new JsonArray(cases.Select(@case => (JsonNode)new JsonObject
                {
                    ["service"] = @case.Service.Facts.Target.Service,
                    ["operation"] = @case.Operation.Name,
                    ["endpoint"] = servers[@case.Mode].Url.ToString().TrimEnd('/'),
                    ["input"] = @case.Input.DeepClone(),
                }).ToArray()),
                ["signatures"] = new JsonArray(signed.Select(pair => (JsonNode)new JsonObject
                {
                    ["url"] = servers[pair.First.Mode].Url.ToString(),
                    ["headers"] = new JsonObject(pair.Second.Request!.Headers.Select(header => KeyValuePair.Create(header.Key, (JsonNode?)JsonValue.Create(header.Value)))),
                    ["body"] = pair.Second.Request.Body,
                    ["region"] = "us-east-1",
                    ["service"] = pair.First.Service.Facts.Target.Service,
                }).ToArray()),
            });

            var theirs = TheirOutcomes(cases, servers, script["calls"]!.AsArray());
            var differences = new List<string>();
            for (var i = 0; i < cases.Count; i++)
            {
                Compare(cases[i], ours[i], theirs[i], differences);
            }

            var signatures = script["signatures"]!.AsArray();
            for (var i = 0; i < signed.Count; i++)
            {
                var (@case, outcome) = signed[i];
                var expected = signatures[i]!["authorization"]?.GetValue<string>();
                if (outcome.Request!.Header("authorization") != expected)
                {
                    differences.Add($"{@case}: AWS's signer computes '{expected}', we sent '{outcome.Request.Header("authorization")}'.");
                }
            }

            var operations = cases.Select(@case => @case.Target).Distinct().Count();
            output.WriteLine($"{operations} operations, {cases.Count} calls per SDK ({cases.Count(c => c.Mode == Mode.Full)} full, {cases.Count(c => c.Mode == Mode.RequiredOnly)} required-only, {cases.Count(c => c.Mode == Mode.Error)} errors), {signed.Count} signatures checked, {differences.Count} differences.");
            Assert.Equal(129 + 23, operations);
            Assert.True(differences.Count == 0, $"{differences.Count} differences from AWS's JavaScript SDK:\n" + string.Join("\n", differences.Take(60)));
        }
        finally
        {
            foreach (var server in servers.Values)
            {
                server.Dispose();
            }
        }
    }

    private static CognitoServiceClientOptions Options(Uri url, AWSCredentials credentials) => new()
    {
        Region = "us-east-1",
        ServiceUrl = url,
        Credentials = credentials,
        Retry = new CognitoRetryOptions { MaxAttempts = 1 },
    };

    private static CannedResponse ErrorResponse(Service service, string code, int variant)
    {
        var qualified = (service.Facts.Target.Service == "cognito-idp" ? "com.amazonaws.cognito.identity.idp.model#" : "com.amazonaws.cognitoidentity.model#") + code;
        var message = $"The {code} message";
        var status = service.Facts.Shapes[code].Name.Contains("Internal", StringComparison.Ordinal) ? 500 : 400;
        var reason = code == "InvalidParameterException" ? ",\"reasonCode\":\"INVALID_ATTRIBUTE\"" : string.Empty;
        return (variant % 3) switch
        {
            0 => new CannedResponse(status, $"{{\"__type\":\"{qualified}\",\"message\":\"{message}\"{reason}}}"),
            1 => new CannedResponse(status, $"{{\"__type\":\"{code}\",\"Message\":\"{message}\"{reason}}}"),
            _ => new CannedResponse(status, $"{{\"message\":\"{message}\"{reason}}}", new Dictionary<string, string> { ["x-amzn-ErrorType"] = code + ":http://internal.amazon.com/coral/" + qualified }),
        };
    }

    private async Task<Outcome> CallOursAsync(object client, CaptureServer server, Case @case)
    {
        var before = server.Requests.Count;
        var facts = @case.Service.Facts;
        var clr = new ClrValues(facts);
        var method = client.GetType().GetMethod(@case.Operation.Name + "Async", [RequestType(client, @case.Operation), typeof(CancellationToken)])
            ?? throw new InvalidOperationException($"{client.GetType().Name} has no {@case.Operation.Name}Async.");
        var request = clr.ToClr(@case.Input, @case.Operation.Input, method.GetParameters()[0].ParameterType);
        JsonNode? result = null;
        string? code = null, message = null, failure = null;
        JsonObject? members = null;
        try
        {
            var task = (Task)method.Invoke(client, [request, CancellationToken.None])!;
            await task;
            var response = task.GetType().GetProperty("Result")?.GetValue(task);
            result = @case.Operation.Output is { } outputShape && response?.GetType().Name != "VoidTaskResult"
                ? clr.FromClr(response, outputShape)
                : new JsonObject();
        }
        catch (Exception caught) when (caught is CognitoServiceException or CognitoAmbiguousOutcomeException { InnerException: CognitoServiceException })
        {
            // A 5xx on an operation that is not replay-safe comes wrapped, saying the outcome is unknown (by design, unlike the
            // JS SDK); the error read from the body is the inner one.
            var exception = caught as CognitoServiceException ?? (CognitoServiceException)caught.InnerException!;
            code = exception.ErrorCode;
            message = exception.ServiceMessage;
            members = new JsonObject();
            foreach (var member in ErrorMembers(facts, code))
            {
                if (exception.GetType().GetProperty(CSharpNames.Property(member))?.GetValue(exception) is string value)
                {
                    members[member] = value;
                }
            }
        }
        catch (Exception exception)
        {
            failure = exception.GetType().Name + ": " + exception.Message;
        }

        var requests = server.Requests;
        var captured = requests.Count == before + 1 ? requests[^1] : null;
        if (requests.Count != before + 1)
        {
            failure = (failure is null ? string.Empty : failure + "; ") + $"sent {requests.Count - before} requests";
        }

        return new Outcome(captured, result, code, message, failure, members);
    }

    private static Type RequestType(object client, OperationFacts operation)
        => client.GetType().Assembly.GetType(client.GetType().Namespace + "." + operation.RequestType)
            ?? throw new InvalidOperationException($"No type {operation.RequestType}.");

    private static List<Outcome> TheirOutcomes(List<Case> cases, Dictionary<Mode, CaptureServer> servers, JsonArray calls)
    {
        // Each server got the JS SDK's requests in case order, one per call.
        var queues = servers.ToDictionary(pair => pair.Key, pair => new Queue<CapturedRequest>(pair.Value.Requests));
        var outcomes = new List<Outcome>();
        for (var i = 0; i < cases.Count; i++)
        {
            var call = calls[i]!.AsObject();
            var request = queues[cases[i].Mode].TryDequeue(out var next) && next.Header("x-amz-target") == cases[i].Target ? next : null;
            if (call["error"] is JsonObject error)
            {
                outcomes.Add(new Outcome(request, null, error["name"]?.GetValue<string>(), error["message"]?.GetValue<string>(), null, error["members"]?.AsObject()));
            }
            else
            {
                outcomes.Add(new Outcome(request, call["output"], null, null, null));
            }
        }

        return outcomes;
    }

    private static void Compare(Case @case, Outcome ours, Outcome theirs, List<string> differences)
    {
        void Differ(string what) => differences.Add($"{@case}: {what}");

        if (ours.Failure is not null)
        {
            Differ("ours failed: " + ours.Failure);
            return;
        }

        if (theirs.Request is null)
        {
            Differ($"the JS SDK sent no request ({theirs.ErrorCode}: {theirs.ErrorMessage})");
            return;
        }

        var request = ours.Request!;
        if (request.Header("x-amz-target") != @case.Target || theirs.Request.Header("x-amz-target") != @case.Target)
        {
            Differ($"X-Amz-Target ours '{request.Header("x-amz-target")}', theirs '{theirs.Request.Header("x-amz-target")}'");
        }

        if (request.Header("content-type") != theirs.Request.Header("content-type"))
        {
            Differ($"Content-Type ours '{request.Header("content-type")}', theirs '{theirs.Request.Header("content-type")}'");
        }

        if (request.Method != "POST" || theirs.Request.Method != "POST" || request.Path != theirs.Request.Path)
        {
            Differ($"request line ours {request.Method} {request.Path}, theirs {theirs.Request.Method} {theirs.Request.Path}");
        }

        var expectedBody = Canonical(Wire(@case.Input));
        var ourBody = Canonical(ParseBody(request.Body));
        var theirBody = Canonical(ParseBody(theirs.Request.Body));
        if (ourBody != theirBody || ourBody != expectedBody)
        {
            Differ($"body\n  ours:     {ourBody}\n  theirs:   {theirBody}\n  intended: {expectedBody}");
        }

        var ourAuthorization = request.Header("authorization");
        var theirAuthorization = theirs.Request.Header("authorization");
        if (@case.Operation.Signed != (ourAuthorization is not null) || @case.Operation.Signed != (theirAuthorization is not null))
        {
            Differ($"signed per the model: {@case.Operation.Signed}; ours {(ourAuthorization is null ? "unsigned" : "signed")}, theirs {(theirAuthorization is null ? "unsigned" : "signed")}");
        }

        if (@case.Operation.Signed && request.Header("x-amz-security-token") != theirs.Request.Header("x-amz-security-token"))
        {
            Differ("X-Amz-Security-Token differs");
        }

        if (@case.Mode == Mode.Error)
        {
            var code = @case.Expected.GetValue<string>();
            if (ours.ErrorCode != code || theirs.ErrorCode != code)
            {
                Differ($"error code ours '{ours.ErrorCode}', theirs '{theirs.ErrorCode}', sent '{code}'");
            }
            else if (ours.ErrorMessage != theirs.ErrorMessage)
            {
                Differ($"error message ours '{ours.ErrorMessage}', theirs '{theirs.ErrorMessage}'");
            }

            // The members the service's model gives the error besides its message, read by both. (The JS SDK also copies
            // members the model does not name onto its error: cognito-identity's InvalidParameterException has no reasonCode.)
            var modelled = ErrorMembers(@case.Service.Facts, code);
            JsonObject Modelled(JsonObject? members) => new(members is null ? [] : members
                .Where(pair => modelled.Contains(pair.Key))
                .Select(pair => KeyValuePair.Create(pair.Key, pair.Value?.DeepClone())));
            var sentMembers = Canonical(Modelled(JsonNode.Parse(@case.Response.Body)!.AsObject()));
            var theirMembers = Canonical(Modelled(theirs.ErrorMembers));
            if (Canonical(ours.ErrorMembers) != sentMembers || theirMembers != sentMembers)
            {
                Differ($"error members ours {Canonical(ours.ErrorMembers)}, theirs {theirMembers}, sent {sentMembers}");
            }

            return;
        }

        if (ours.ErrorCode is not null || theirs.ErrorCode is not null)
        {
            Differ($"unexpected error: ours '{ours.ErrorCode}: {ours.ErrorMessage}', theirs '{theirs.ErrorCode}: {theirs.ErrorMessage}'");
            return;
        }

        var expectedOutput = Canonical(@case.Expected);
        var ourOutput = Canonical(ours.Output);
        var theirOutput = Canonical(theirs.Output);
        if (ourOutput != theirOutput || ourOutput != expectedOutput)
        {
            Differ($"response read\n  ours:   {ourOutput}\n  theirs: {theirOutput}\n  sent:   {expectedOutput}");
        }
    }

    private static List<string> ErrorMembers(ServiceFacts facts, string code)
        => facts.Shapes.TryGetValue(code, out var shape)
            ? shape.Members.Select(member => member.Name).Where(name => !string.Equals(name, "message", StringComparison.OrdinalIgnoreCase)).ToList()
            : [];

    private static JsonNode? ParseBody(string body) => body.Length == 0 ? null : JsonNode.Parse(body);

    /// <summary>The notation of <see cref="ShapeValues"/> as AWS JSON 1.1 puts it on the wire: epoch seconds, base64 strings.</summary>
    private static JsonNode? Wire(JsonNode? node) => node switch
    {
        JsonObject obj when obj.Count == 1 && obj["$date"] is { } date => date.DeepClone(),
        JsonObject obj when obj.Count == 1 && obj["$blob"] is { } blob => blob.DeepClone(),
        JsonObject obj => new JsonObject(obj.Select(pair => KeyValuePair.Create(pair.Key, Wire(pair.Value)))),
        JsonArray array => new JsonArray(array.Select(Wire).ToArray()),
        _ => node?.DeepClone(),
    };

    /// <summary>One text per JSON value: keys sorted, numbers in one form (timestamps to the millisecond).</summary>
    private static string Canonical(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();

        static void Write(JsonNode? node, StringBuilder text)
        {
            switch (node)
            {
                case null:
                    text.Append("null");
                    break;
                case JsonObject obj:
                    text.Append('{');
                    var first = true;
                    foreach (var (key, value) in obj.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                    {
                        text.Append(first ? string.Empty : ",").Append(JsonSerializer.Serialize(key)).Append(':');
                        first = false;
                        Write(value, text);
                    }

                    text.Append('}');
                    break;
                case JsonArray array:
                    text.Append('[');
                    for (var i = 0; i < array.Count; i++)
                    {
                        text.Append(i == 0 ? string.Empty : ",");
                        Write(array[i], text);
                    }

                    text.Append(']');
                    break;
                default:
                    using (var document = JsonDocument.Parse(node.ToJsonString()))
                    {
                        var element = document.RootElement;
                    text.Append(element.ValueKind == JsonValueKind.Number
                        ? Math.Round(element.GetDecimal(), 3).ToString("0.###", CultureInfo.InvariantCulture)
                        : element.GetRawText());
                    }

                    break;
            }
        }
    }
}
