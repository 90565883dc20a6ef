using System.Net;
using System.Net.Http.Headers;
using CognitoTyped.Identity;
using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Tests.Protocol;

/// <summary>What the transport accepts from the server: bounded bodies, the protocol's content type, and data that breaks the protocol as a typed error.</summary>
public sealed class ResponseReadingTests
{
    private static CognitoIdentityProviderClient UserPoolClientOver(FakeHttpHandler fake, int? maxResponseBytes = null)
    {
        var options = new CognitoServiceClientOptions
        {
            Region = "eu-west-1",
            Credentials = new Amazon.Runtime.BasicAWSCredentials("AKIDFAKE", "fake-secret"),
            Retry = new CognitoRetryOptions { MaxAttempts = 1 },
        };
        if (maxResponseBytes is { } max)
        {
            options.MaxResponseBytes = max;
        }

        return new CognitoIdentityProviderClient(options, new HttpClient(fake));
    }

    private static HttpResponseMessage Raw(HttpStatusCode status, byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return new HttpResponseMessage(status) { Content = content };
    }

    [Fact]
    public void Default_response_size_limit_is_4_MiB()
    {
        Assert.Equal(4 * 1024 * 1024, new CognitoServiceClientOptions().MaxResponseBytes);
        Assert.Equal(4 * 1024 * 1024, new CognitoClientOptions().MaxResponseBytes);
    }

    [Fact]
    public async Task Fake_body_longer_than_MaxResponseBytes_is_refused_without_being_read_to_its_end()
    {
        var body = new CountingStream(16 * 1024 * 1024);
        var fake = new FakeHttpHandler(_ =>
        {
            // No Content-Length: only a bounded read can stop it.
            var content = new StreamContent(body);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-amz-json-1.1");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        using var client = UserPoolClientOver(fake, maxResponseBytes: 64 * 1024);

        var error = await Assert.ThrowsAsync<CognitoProtocolException>(() => client.GetUserAsync(new GetUserRequest { AccessToken = "t" }));

        Assert.Contains("65536", error.Message, StringComparison.Ordinal);
        Assert.True(body.BytesRead < 1024 * 1024, $"read {body.BytesRead} bytes of a body refused at 64 KiB");
    }

    [Fact]
    public async Task Fake_declared_Content_Length_over_the_limit_is_refused_before_reading()
    {
        var body = new CountingStream(8 * 1024 * 1024);
        var fake = new FakeHttpHandler(_ =>
        {
            var content = new StreamContent(body);
            content.Headers.ContentLength = 8 * 1024 * 1024;
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-amz-json-1.1");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        using var client = UserPoolClientOver(fake, maxResponseBytes: 64 * 1024);

        await Assert.ThrowsAsync<CognitoProtocolException>(() => client.GetUserAsync(new GetUserRequest { AccessToken = "t" }));

        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task Fake_error_body_longer_than_MaxResponseBytes_is_refused_too()
    {
        var fake = new FakeHttpHandler(_ =>
        {
            var content = new StreamContent(new CountingStream(16 * 1024 * 1024));
            return new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = content };
        });
        using var client = UserPoolClientOver(fake, maxResponseBytes: 64 * 1024);

        await Assert.ThrowsAsync<CognitoProtocolException>(() => client.GetUserAsync(new GetUserRequest { AccessToken = "t" }));
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("application/octet-stream")]
    public async Task Fake_success_with_a_content_type_that_is_not_JSON_is_a_protocol_error(string contentType)
    {
        // JSON in the body, so only the content type can tell that this is not Cognito answering.
        var fake = new FakeHttpHandler(_ => Raw(HttpStatusCode.OK, """{"Username":"ada"}"""u8.ToArray(), contentType));
        using var client = UserPoolClientOver(fake);

        var error = await Assert.ThrowsAsync<CognitoProtocolException>(() => client.GetUserAsync(new GetUserRequest { AccessToken = "t" }));

        Assert.DoesNotContain("ada", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/x-amz-json-1.1")]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("APPLICATION/X-AMZ-JSON-1.1")]
    public async Task Fake_success_with_a_JSON_content_type_is_read(string contentType)
    {
        var fake = new FakeHttpHandler(_ => Raw(HttpStatusCode.OK, """{"Username":"ada"}"""u8.ToArray(), contentType));
        using var client = UserPoolClientOver(fake);

        var user = await client.GetUserAsync(new GetUserRequest { AccessToken = "t" });

        Assert.Equal("ada", user.Username);
    }

    [Fact]
    public async Task Fake_empty_success_without_a_content_type_is_accepted()
    {
        var fake = new FakeHttpHandler(_ => Raw(HttpStatusCode.OK, [], null));
        using var client = UserPoolClientOver(fake);

        await client.GlobalSignOutAsync(new GlobalSignOutRequest { AccessToken = "t" });
    }

    [Theory]
    [InlineData("\"not-a-date-Secret123\"")]
    [InlineData("\"2024-13-45T99:99:99Z Secret123\"")]
    [InlineData("1e300")]
    [InlineData("-1e300")]
    [InlineData("\"1e300\"")]
    [InlineData("true")]
    [InlineData("{}")]
    public async Task Fake_malformed_timestamp_is_a_protocol_error_that_does_not_echo_the_value(string timestamp)
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"Credentials":{"AccessKeyId":"a","Expiration":""" + timestamp + "}}"));
        using var client = new CognitoIdentityClient(new CognitoServiceClientOptions { Region = "us-east-2", Retry = new CognitoRetryOptions { MaxAttempts = 1 } }, new HttpClient(fake));

        var error = await Assert.ThrowsAsync<CognitoProtocolException>(() => client.GetCredentialsForIdentityAsync(new GetCredentialsForIdentityRequest { IdentityId = "us-east-2:0" }));

        AssertEchoesNothing(error, "Secret123", "1e300");
    }

    [Fact]
    public async Task Fake_ISO_8601_timestamp_from_an_emulator_is_still_read()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"Credentials":{"AccessKeyId":"a","Expiration":"2024-01-02T03:04:05Z"}}"""));
        using var client = new CognitoIdentityClient(new CognitoServiceClientOptions { Region = "us-east-2" }, new HttpClient(fake));

        var response = await client.GetCredentialsForIdentityAsync(new GetCredentialsForIdentityRequest { IdentityId = "us-east-2:0" });

        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), response.Credentials!.Expiration);
    }

    [Fact]
    public async Task Fake_invalid_UTF8_in_a_success_body_is_a_protocol_error()
    {
        byte[] body = [.. """{"Username":"ada"""u8, 0xFF, 0xFE, 0xC3, .. "\"}"u8];
        var fake = new FakeHttpHandler(_ => Raw(HttpStatusCode.OK, body, "application/x-amz-json-1.1"));
        using var client = UserPoolClientOver(fake);

        await Assert.ThrowsAsync<CognitoProtocolException>(() => client.GetUserAsync(new GetUserRequest { AccessToken = "t" }));
    }

    [Fact]
    public async Task Fake_invalid_base64_blob_is_a_protocol_error()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"ManagedLoginBranding":{"Assets":[{"Category":"FAVICON_ICO","ColorMode":"LIGHT","Extension":"ICO","Bytes":"%%% not base64 Secret123"}]}}"""));
        using var client = UserPoolClientOver(fake);

        var error = await Assert.ThrowsAsync<CognitoProtocolException>(() => client.DescribeManagedLoginBrandingAsync(new DescribeManagedLoginBrandingRequest { UserPoolId = "p", ManagedLoginBrandingId = "b" }));

        AssertEchoesNothing(error, "Secret123");
    }

    [Theory]
    [InlineData("""{"Username":"ada", """)]
    [InlineData("""{"Username":""")]
    [InlineData("not json at all Secret123")]
    [InlineData("""{"Username":"ada"} trailing""")]
    [InlineData("""[1,2,3]""")]
    public async Task Fake_broken_JSON_in_a_success_body_is_a_protocol_error(string body)
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, body));
        using var client = UserPoolClientOver(fake);

        var error = await Assert.ThrowsAsync<CognitoProtocolException>(() => client.GetUserAsync(new GetUserRequest { AccessToken = "t" }));

        AssertEchoesNothing(error, "Secret123");
    }

    [Fact]
    public void Error_body_with_invalid_UTF8_still_gives_the_typed_error()
    {
        byte[] body = [.. """{"__type":"NotAuthorizedException","message":"bad """u8, 0xFF, 0xC3, .. "\"}"u8];

        var error = CognitoErrors.Parse(HttpStatusCode.BadRequest, "NotAuthorizedException", "rid", body);

        Assert.IsType<NotAuthorizedException>(error);
    }

    [Fact]
    public void Error_body_with_invalid_UTF8_in_the_type_falls_back_to_the_status()
    {
        byte[] body = [.. """{"__type":"Not"""u8, 0xFF, .. "\"}"u8];

        var error = CognitoErrors.Parse(HttpStatusCode.InternalServerError, null, "rid", body);

        Assert.Equal("InternalFailure", error.ErrorCode);
    }

    private static void AssertEchoesNothing(Exception error, params string[] values)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            foreach (var value in values)
            {
                Assert.DoesNotContain(value, e.Message, StringComparison.Ordinal);
            }
        }

        foreach (var value in values)
        {
            Assert.DoesNotContain(value, error.ToString(), StringComparison.Ordinal);
        }
    }

    /// <summary>A body of <c>{"Username":"aaaa…</c> generated as it is read, never held in memory.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        private long _position;

        public long BytesRead => Interlocked.Read(ref _position);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var left = length - _position;
            if (left <= 0)
            {
                return 0;
            }

            var n = (int)Math.Min(count, left);
            buffer.AsSpan(offset, n).Fill((byte)'a');
            if (_position == 0 && n > 0)
            {
                "{\"Username\":\""u8[..Math.Min(n, 13)].CopyTo(buffer.AsSpan(offset));
            }

            Interlocked.Add(ref _position, n);
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
