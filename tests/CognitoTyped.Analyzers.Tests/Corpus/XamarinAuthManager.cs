using System;
using System.Threading.Tasks;
using Amazon;
using Amazon.CognitoIdentityProvider;
using Amazon.Extensions.CognitoAuthentication;
using Amazon.Runtime;
using Xamarin.Essentials;

namespace Corpus.XamarinAuth;

public static class AppSettings
{
    public static string CognitoPoolId => "ap-southeast-2_Zr4Yw8NcQ";
    public static string AppClientId => "w53efr4edt2sywb3wkh5dnsipz"; // expect: CTY0001
    public static string AppSecret => "flv9fupxqmb0y07nyrvd5rxi67nfrpyz21tbic145aez732pgoj"; // expect: CTY0003
    public static RegionEndpoint Region => RegionEndpoint.APSoutheast2;
}

public class AuthManager
{
    private const string PasswordKey = "user_password";
    private const string UsernameKey = "user_name";

    private readonly AmazonCognitoIdentityProviderClient _provider =
        new AmazonCognitoIdentityProviderClient(new AnonymousAWSCredentials(), AppSettings.Region);

    private CognitoUserPool CreatePool() =>
        new CognitoUserPool(AppSettings.CognitoPoolId, AppSettings.AppClientId, _provider, AppSettings.AppSecret); // expect: CTY0001, CTY0003

    public async Task<bool> SignInAsync(string username, string password, bool rememberMe)
    {
        var pool = CreatePool();
        var user = new CognitoUser(username, AppSettings.AppClientId, pool, _provider, AppSettings.AppSecret); // expect: CTY0001, CTY0003
        var response = await user.StartWithSrpAuthAsync(new InitiateSrpAuthRequest { Password = password });

        if (rememberMe)
        {
            await SecureStorage.SetAsync(UsernameKey, username);
            await SecureStorage.SetAsync(PasswordKey, password);
        }

        return response.AuthenticationResult != null;
    }

    public async Task<bool> TryAutoSignInAsync()
    {
        var username = await SecureStorage.GetAsync(UsernameKey);
        var password = await SecureStorage.GetAsync(PasswordKey);
        if (username == null || password == null)
        {
            return false;
        }
        return await SignInAsync(username, password, rememberMe: false);
    }

    public async Task ChangePasswordAsync(CognitoUser user, string current, string replacement)
    {
        if (replacement == current)
        {
            throw new ArgumentException("The new password must differ from the current one.", nameof(replacement));
        }
        await user.ChangePasswordAsync(current, replacement);
    }
}
