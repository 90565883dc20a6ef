using System.Net;
using System.Reflection;
using System.Text;

namespace CognitoTyped.Tests.Protocol;

public sealed class ErrorParsingTests
{
    private static CognitoServiceException Parse(HttpStatusCode status, string body, string? header = null, string? requestId = "rid-1")
        => CognitoErrors.Parse(status, header, requestId, Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Type_with_namespace_before_hash_maps_to_the_named_exception()
    {
        var error = Parse(HttpStatusCode.BadRequest, """{"__type":"com.amazonaws.cognito.identity.idp.model#NotAuthorizedException","message":"Incorrect username or password."}""");

        var typed = Assert.IsType<NotAuthorizedException>(error);
        Assert.Equal("NotAuthorizedException", typed.ErrorCode);
        Assert.Equal("Incorrect username or password.", typed.ServiceMessage);
        Assert.Equal(HttpStatusCode.BadRequest, typed.StatusCode);
        Assert.Equal("rid-1", typed.RequestId);
        Assert.Equal("NotAuthorizedException: Incorrect username or password.", typed.Message);
    }

    [Fact]
    public void Type_with_a_url_after_colon_is_cut_at_the_colon()
    {
        var error = Parse(HttpStatusCode.BadRequest, """{"__type":"UsernameExistsException:http://internal.amazon.com/coral/com.amazonaws.cognito/","message":"User already exists"}""");

        Assert.IsType<UsernameExistsException>(error);
    }

    [Fact]
    public void Capitalised_Message_member_is_read()
    {
        var error = Parse(HttpStatusCode.BadRequest, """{"__type":"CodeMismatchException","Message":"Invalid code"}""");

        Assert.IsType<CodeMismatchException>(error);
        Assert.Equal("Invalid code", error.ServiceMessage);
    }

    [Fact]
    public void ErrorType_header_wins_over_the_body()
    {
        var error = Parse(HttpStatusCode.BadRequest, """{"__type":"InternalErrorException","message":"m"}""", header: "TooManyRequestsException:http://internal.amazon.com/");

        Assert.IsType<TooManyRequestsException>(error);
    }

    [Fact]
    public void Unknown_code_is_still_a_typed_exception_with_its_code()
    {
        var error = Parse(HttpStatusCode.BadRequest, """{"__type":"prefix#BrandNewException","message":"new in a later API"}""");

        Assert.Equal(typeof(CognitoServiceException), error.GetType());
        Assert.Equal("BrandNewException", error.ErrorCode);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable")]
    [InlineData(HttpStatusCode.BadGateway, "BadGateway")]
    [InlineData(HttpStatusCode.InternalServerError, "InternalFailure")]
    [InlineData((HttpStatusCode)418, "Http418")]
    public void Non_json_body_takes_its_code_from_the_status(HttpStatusCode status, string code)
    {
        var error = Parse(status, "<html><body>Bad gateway</body></html>");

        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(status, error.StatusCode);
    }

    [Fact]
    public void Status_429_without_a_body_is_TooManyRequests()
        => Assert.IsType<TooManyRequestsException>(Parse(HttpStatusCode.TooManyRequests, string.Empty));

    [Fact]
    public void Every_error_in_both_service_models_has_an_exception_class_named_as_AWS_names_it()
    {
        Assert.True(CognitoErrors.KnownCodes.Count >= 60, $"only {CognitoErrors.KnownCodes.Count} codes");
        foreach (var code in CognitoErrors.KnownCodes)
        {
            var error = Parse(HttpStatusCode.BadRequest, $$"""{"__type":"ns#{{code}}","message":"x"}""");

            Assert.Equal(code, error.GetType().Name);
            Assert.Equal(code, error.ErrorCode);
            Assert.True(error.GetType().IsSealed);
            Assert.Equal("CognitoTyped", error.GetType().Namespace);
        }
    }

    [Theory]
    [InlineData("AliasExistsException")]
    [InlineData("CodeMismatchException")]
    [InlineData("ExpiredCodeException")]
    [InlineData("InvalidParameterException")]
    [InlineData("InvalidPasswordException")]
    [InlineData("LimitExceededException")]
    [InlineData("NotAuthorizedException")]
    [InlineData("PasswordResetRequiredException")]
    [InlineData("ResourceNotFoundException")]
    [InlineData("TooManyRequestsException")]
    [InlineData("UserNotConfirmedException")]
    [InlineData("UserNotFoundException")]
    [InlineData("UsernameExistsException")]
    [InlineData("ExternalServiceException")]
    [InlineData("ResourceConflictException")]
    [InlineData("InternalErrorException")]
    public void Common_errors_have_public_exception_types(string code)
    {
        var type = typeof(CognitoServiceException).Assembly.GetType("CognitoTyped." + code);

        Assert.NotNull(type);
        Assert.True(type!.IsPublic);
        Assert.True(typeof(CognitoServiceException).IsAssignableFrom(type));
        // Public, so a consumer's test can fake the service answering with this error.
        var constructor = type.GetConstructor(BindingFlags.Public | BindingFlags.Instance, [typeof(string), typeof(HttpStatusCode), typeof(string)]);
        Assert.NotNull(constructor);
        var error = (CognitoServiceException)constructor!.Invoke(["the message", HttpStatusCode.BadRequest, "request-1"]);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal("the message", error.ServiceMessage);
        Assert.Equal("request-1", error.RequestId);
    }
}
