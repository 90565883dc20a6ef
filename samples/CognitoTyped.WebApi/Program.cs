using CognitoTyped.Sample.Auth;

var builder = WebApplication.CreateBuilder(args);

// Every setting comes from Cognito:Customers (appsettings, environment, user secrets): the pool ID, its app clients'
// IDs (only their tokens are accepted) and, for emulators, Issuer and ServiceUrl. Nothing about the pool is in code.
builder.Services.AddAuthentication().AddCognitoJwtBearer("Customers");
builder.Services.AddAuthorization(options => options.AddCustomersPolicies());

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/", () => Results.Ok(new { service = "CognitoTyped.WebApi", status = "up" }));

// Any signed-in user of the pool (an access token of one of its configured app clients).
app.MapGet("/me", (HttpContext context) =>
    {
        var user = context.User.GetCustomersUser()!;
        return Results.Ok(new { user.Sub, user.Username, user.ClientId, TokenUse = user.TokenUse.ToString(), user.Groups, user.Scopes, user.IsInAdmins });
    })
    .RequireCustomersUser();

// Members of the admins group only: the group is CustomersGroup.Admins, so a misspelt group does not compile.
app.MapGet("/admin", (HttpContext context) => Results.Ok(new { message = $"Hello, admin {context.User.GetCustomersUser()!.Username}." }))
    .RequireCustomersGroup(CustomersGroup.Admins);

// Access tokens with the orders/read scope of the pool's Orders resource server (OAuth client credentials or managed login).
app.MapGet("/orders", () => Results.Ok(new[] { new { id = 1, item = "coffee" } }))
    .RequireCustomersScope(CustomersScope.OrdersReadScope);

app.Run();

/// <summary>The web API's entry point, named so tests can host it (WebApplicationFactory).</summary>
public partial class Program;
