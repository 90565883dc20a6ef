using System.Net;
using CognitoTyped.WebApp.Auth;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

var builder = WebApplication.CreateBuilder(args);

// The sign-in lives in a cookie; Cognito's managed login (OpenID Connect, code + PKCE) is how it is made. Every setting comes
// from Cognito:Customers (the domain, the pool ID, the Web client's ID and secret, the logout URI): nothing about the pool is in code.
builder.Services.AddAuthentication(options =>
    {
        options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        options.DefaultChallengeScheme = CustomersPrincipal.UserPoolName;
    })
    .AddCookie(options =>
    {
        options.Cookie.Name = "CognitoTyped.WebApp";
        options.AccessDeniedPath = "/forbidden";
    })
    // The scopes are the Web client's AllowedOAuthScopes from cognito.json, typed: one it is not allowed does not compile.
    .AddCognitoOpenIdConnect("Customers", "Web", options =>
    {
        options.Scopes.Add(CustomersWebManagedLogin.NameOf(CustomersWebOAuthScope.Email));
        options.Scopes.Add(CustomersWebManagedLogin.NameOf(CustomersWebOAuthScope.Profile));
    });

// A sign-in Cognito or the checks refused (a tampered state, a used code, an ID token of another client…) ends on a page
// that says so, without the reason: the reason goes to the log.
builder.Services.Configure<OpenIdConnectOptions>(CustomersPrincipal.UserPoolName, options => options.Events.OnRemoteFailure = context =>
{
    context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("CognitoTyped.WebApp.SignIn")
        .LogWarning("A sign-in was refused: {Reason}", context.Failure?.GetType().Name);
    context.Response.Redirect("/signin-failed");
    context.HandleResponse();
    return Task.CompletedTask;
});
builder.Services.AddAuthorization(options => options.AddCustomersPolicies());

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/", (HttpContext context) => context.User.GetCustomersUser() is { } user
    ? Page("Home", $"<p>Signed in as {Encode(user.Username)}. <a href=\"/profile\">Profile</a> · <a href=\"/admin\">Admins</a></p>")
    : Page("Home", "<p><a href=\"/profile\">Sign in</a></p>"));

// Any signed-in user of the pool: the typed user comes from the ID token's claims the cookie keeps.
app.MapGet("/profile", (HttpContext context) =>
    {
        var user = context.User.GetCustomersUser()!;
        return Page("Profile", $"""
            <dl>
              <dt>Username</dt><dd id="username">{Encode(user.Username)}</dd>
              <dt>Sub</dt><dd id="sub">{Encode(user.Sub)}</dd>
              <dt>Email</dt><dd id="email">{Encode(user.Attributes?.Email)}</dd>
              <dt>Given name</dt><dd id="given-name">{Encode(user.Attributes?.GivenName)}</dd>
              <dt>Groups</dt><dd id="groups">{Encode(string.Join(", ", user.Groups))}</dd>
              <dt>Admin</dt><dd id="is-admin">{user.IsInAdmins}</dd>
              <dt>App client</dt><dd id="client-id">{Encode(user.ClientId)}</dd>
              <dt>Token</dt><dd id="token-use">{user.TokenUse}</dd>
            </dl>
            <form method="post" action="/signout"><button type="submit">Sign out</button></form>
            """);
    })
    .RequireCustomersUser();

// Members of the admins group only: the group is CustomersGroup.Admins, so a misspelt group does not compile.
app.MapGet("/admin", (HttpContext context) => Page("Admins", $"<p>Hello, admin {Encode(context.User.GetCustomersUser()!.Username)}.</p>"))
    .RequireCustomersGroup(CustomersGroup.Admins);

// Signs out of the app (the cookie) and of Cognito (its /logout, which then sends the browser to /signed-out).
// (Cognito's logout_uri is the configured LogoutUri: it is the one among the client's LogoutURLs, so no return URL is passed.)
app.MapPost("/signout", () => Results.SignOut(authenticationSchemes: [CookieAuthenticationDefaults.AuthenticationScheme, CustomersPrincipal.UserPoolName]));

app.MapGet("/signed-out", () => Page("Signed out", "<p>You are signed out. <a href=\"/profile\">Sign in again</a></p>"));
app.MapGet("/forbidden", () => Page("Forbidden", "<p>Your account may not open this page.</p>", StatusCodes.Status403Forbidden));
app.MapGet("/signin-failed", () => Page("Sign-in failed", "<p>The sign-in could not be completed. <a href=\"/profile\">Try again</a></p>", StatusCodes.Status400BadRequest));

app.Run();

static string Encode(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);

static IResult Page(string title, string body, int statusCode = StatusCodes.Status200OK) => Results.Content(
    $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{Encode(title)} · CognitoTyped.WebApp</title></head><body><h1>{Encode(title)}</h1>{body}</body></html>",
    "text/html; charset=utf-8",
    statusCode: statusCode);

/// <summary>The web app's entry point, named so tests can host it (WebApplicationFactory).</summary>
public partial class Program;
