using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Amazon;
using Amazon.CognitoIdentityProvider;
using Amazon.Extensions.CognitoAuthentication;
using Amazon.Runtime;
using Microsoft.Maui.Storage;

namespace Corpus.MauiApp;

public class LoginViewModel : INotifyPropertyChanged
{
    private readonly CognitoUserPool _userPool;
    private readonly AmazonCognitoIdentityProviderClient _provider;
    private string _username = string.Empty;
    private string _password = string.Empty;

    public LoginViewModel()
    {
        _provider = new AmazonCognitoIdentityProviderClient(new AnonymousAWSCredentials(), RegionEndpoint.USWest2);
        _userPool = new CognitoUserPool(
            Constants.UserPoolId,
            Constants.ClientId, // expect: CTY0001
            _provider,
            Constants.ClientSecret); // expect: CTY0003
    }

    public event PropertyChangedEventHandler? PropertyChanged;

    public string Username
    {
        get => _username;
        set { _username = value; OnPropertyChanged(); }
    }

    public string Password
    {
        get => _password;
        set { _password = value; OnPropertyChanged(); }
    }

    public async Task LoginAsync()
    {
        var user = new CognitoUser(Username, Constants.ClientId, _userPool, _provider, Constants.ClientSecret); // expect: CTY0001, CTY0003
        var response = await user.StartWithSrpAuthAsync(new InitiateSrpAuthRequest
        {
            Password = Password,
        });

        if (response.AuthenticationResult is not null)
        {
            await SecureStorage.Default.SetAsync("refresh_token", response.AuthenticationResult.RefreshToken);
        }
    }

    public async Task LoginWithDemoAccountAsync()
    {
        var user = new CognitoUser(Constants.DemoUsername, Constants.ClientId, _userPool, _provider, Constants.ClientSecret); // expect: CTY0001, CTY0003
        await user.StartWithSrpAuthAsync(new InitiateSrpAuthRequest
        {
            Password = Constants.DemoPassword, // expect: CTY0002
        });
    }

    public async Task RestoreSessionAsync()
    {
        var savedPassword = await SecureStorage.Default.GetAsync("password");
        if (savedPassword is null)
        {
            return;
        }

        var user = _userPool.GetUser(Username);
        await user.StartWithSrpAuthAsync(new InitiateSrpAuthRequest { Password = savedPassword });
    }

    private void OnPropertyChanged([CallerMemberName] string? name = null) =>
        PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(name));
}
