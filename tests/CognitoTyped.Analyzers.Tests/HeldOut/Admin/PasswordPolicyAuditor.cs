using System;
using System.Linq;
using System.Net;
using System.Text;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Extensions.CognitoAuthentication;
using CognitoTyped;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace HeldOut.Admin;

/// <summary>Audits password hygiene; touches many passwords, none of them sent to Cognito as literals.</summary>
public sealed class PasswordPolicyAuditor
{
    private const string Password = "correct horse battery staple";
    private const string DbPassword = "Pg!Pass2024";
    private static readonly string[] CommonPasswords = { "password", "123456", "Welcome1!" };

    // 26 and 51 lowercase alphanumerics under unrelated names.
    private const string ReportBucketSuffix = "qpno35ye4scmejvqtia4d5rgn5";
    private const string AuditSigningKey = "x7v03nlz6hwdqryzdae00wqgotz7oz3nkiem49ojw03s9i4wory";

    private readonly string _smtpPassword;

    public PasswordPolicyAuditor(IConfiguration configuration)
    {
        _smtpPassword = configuration["Smtp:Password"] ?? "smtp-default";
    }

    public static bool IsCommon(string candidate) => CommonPasswords.Contains(candidate);

    public static string ConnectionString => $"Host=db;Username=auditor;Password={DbPassword}";

    public NetworkCredential SmtpCredential => new("auditor", _smtpPassword);

    public static NetworkCredential ArchiveCredential => new("archive", "Arch1ve#Ftp");

    public static bool MatchesExample(AdminSetUserPasswordRequest request) => request.Password == Password;

    public static bool IsConfigured(SignUpRequest request) =>
        request.ClientId != "YOUR_CLIENT_ID" && request.ClientId != "rpyz21tbic145aez732pgojj7g" && request.Password?.Length >= 12;

    public static string Mask(string? secret) =>
        string.IsNullOrEmpty(secret) || secret.Length < 3 ? "***" : secret[..2] + new string('*', secret.Length - 2);

    public static void Log(ILogger logger, CognitoClientOptions options) =>
        logger.LogInformation("client={ClientId} secret={Secret}", Mask(options.ClientId), Mask(options.ClientSecret));

    public static string ReportKey(DateOnly day) => $"audit/{day:yyyy/MM/dd}/{ReportBucketSuffix}.json";

    public static byte[] Sign(string payload) => Encoding.UTF8.GetBytes(AuditSigningKey + payload);

    /// <summary>Used by the API docs generator: fills each property with its own name.</summary>
    public static SignUpRequest DocumentationSample() => new()
    {
        ClientId = nameof(SignUpRequest.ClientId),
        Username = nameof(SignUpRequest.Username),
        Password = nameof(SignUpRequest.Password),
    };

    public static AdminCreateUserRequest InviteOnly(string poolId, string email) => new()
    {
        UserPoolId = poolId,
        Username = email,
        TemporaryPassword = "",
    };

    public static RevokeTokenRequest PublicClientRevoke(string clientId, string token) => new()
    {
        ClientId = clientId,
        ClientSecret = " ",
        Token = token,
    };

    public static InitiateAuthRequest Anonymous() => new() { ClientId = string.Empty };

    // "Obfuscated" break-glass password: decoded at run time, so not a compile-time constant.
    public static InitiateAdminNoSrpAuthRequest BreakGlass() => new() { Password = Deobfuscate("QnJlYWtHbGFzcyEx") };

    public static string FormattedTemporary(int year) => string.Format("Temp-{0}!", year);

    private static string Deobfuscate(string value) => Encoding.UTF8.GetString(Convert.FromBase64String(value));
}
