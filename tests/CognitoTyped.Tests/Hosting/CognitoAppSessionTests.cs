using CognitoTyped.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoTyped.Tests.Hosting;

public sealed class CognitoAppSessionTests
{
    private static CognitoTokenSession Session(string idToken) => new(
        CognitoModelFactory.CognitoTokens(idToken, "access-" + idToken, "refresh-" + idToken, DateTimeOffset.UtcNow.AddHours(1)),
        (_, _) => throw new InvalidOperationException("No refresh is expected."));

    [Fact]
    public async Task Signed_out_GetTokensAsync_and_Tokens_throw_naming_the_pool()
    {
        var appSession = new CognitoAppSession("Customers");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => appSession.GetTokensAsync().AsTask());
        Assert.Equal("No user is signed in to user pool Customers: call CognitoAppSession.SignIn first.", error.Message);
        Assert.Throws<InvalidOperationException>(() => appSession.Tokens);
        await Assert.ThrowsAsync<InvalidOperationException>(() => appSession.RefreshAsync());
        Assert.False(appSession.IsSignedIn);
    }

    [Fact]
    public async Task SignIn_hands_out_that_users_tokens_and_SignOut_empties_the_session_raising_Changed_each_time()
    {
        var appSession = new CognitoAppSession("Customers");
        var changes = new List<bool>();
        appSession.Changed += (_, _) => changes.Add(appSession.IsSignedIn);
        var alice = Session("id-alice");

        appSession.SignIn(alice);
        var tokens = await appSession.GetTokensAsync();
        appSession.SignOut();
        appSession.SignOut();

        Assert.Equal("id-alice", tokens.IdToken);
        Assert.Null(appSession.Current);
        Assert.Equal([true, false], changes);
    }

    [Fact]
    public void ToString_shows_the_pool_and_state_never_a_token()
    {
        var appSession = new CognitoAppSession("Customers");
        appSession.SignIn(Session("id-secret-token"));

        var text = appSession.ToString();

        Assert.Equal("CognitoAppSession { UserPool = Customers, IsSignedIn = true }", text);
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCognitoTyped_registers_one_app_session_per_pool_keyed_by_its_name()
    {
        var services = new ServiceCollection();
        var builder = CognitoHosting.AddCognitoTyped(services, configuration: null);
        CognitoHosting.AddUserPool(builder, "Customers");
        CognitoHosting.AddUserPool(builder, "Staff");
        using var provider = services.BuildServiceProvider();

        var customers = provider.GetRequiredKeyedService<CognitoAppSession>("Customers");
        var again = provider.GetRequiredKeyedService<CognitoAppSession>("Customers");
        var staff = provider.GetRequiredKeyedService<CognitoAppSession>("Staff");

        Assert.Same(customers, again);
        Assert.Equal("Customers", customers.UserPool);
        Assert.Equal("Staff", staff.UserPool);
    }
}
