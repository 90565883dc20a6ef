using System.Net;
using System.Text.RegularExpressions;

namespace CognitoTyped.IntegrationTests.Infrastructure;

/// <summary>What a user does in a browser at cognito-local's managed login: opens the authorization URL, fills in its login form, submits it.</summary>
internal static partial class CognitoLocalLoginForm
{
    /// <summary>An HTTP client that stops at redirects, as the test must see where cognito-local sends the browser.</summary>
    public static HttpClient Browser() => new(new SocketsHttpHandler { AllowAutoRedirect = false });

    /// <summary>Signs in through the form.</summary>
    /// <returns>The redirect cognito-local answers with (the callback URL with code and state).</returns>
    public static async Task<Uri> SignInAsync(HttpClient browser, Uri authorizationUrl, string username, string password, CancellationToken cancellationToken = default)
    {
        var form = await browser.GetStringAsync(authorizationUrl, cancellationToken);
        var fields = HiddenFields(form);
        Assert.Contains("code_challenge", fields.Keys);
        fields["username"] = username;
        fields["password"] = password;
        using var submitted = await browser.PostAsync(new Uri(authorizationUrl, "/oauth2/authorize"), new FormUrlEncodedContent(fields), cancellationToken);
        Assert.Equal(HttpStatusCode.Found, submitted.StatusCode);
        return submitted.Headers.Location!;
    }

    /// <summary>The hidden fields of the login form (the authorization request cognito-local carries through it).</summary>
    public static Dictionary<string, string> HiddenFields(string form)
        => HiddenInput().Matches(form).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value), StringComparer.Ordinal);

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
