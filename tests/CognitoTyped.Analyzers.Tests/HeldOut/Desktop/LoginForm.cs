using System;
using System.Collections.Generic;
using System.Windows.Forms;
using Amazon;
using Amazon.CognitoIdentityProvider;
using Amazon.Extensions.CognitoAuthentication;
using Amazon.Runtime;
using HeldOut.Shared;

namespace HeldOut.Desktop;

/// <summary>Code-behind of the field-service desktop app's sign-in window.</summary>
public partial class LoginForm : Form
{
    private readonly TextBox _userBox = new();
    private readonly TextBox _passwordBox = new() { UseSystemPasswordChar = true };
    private readonly TextBox _newPasswordBox = new() { UseSystemPasswordChar = true };
    private readonly TextBox _codeBox = new();
    private readonly CheckBox _rememberMe = new();
    private readonly Label _status = new();
    private readonly AmazonCognitoIdentityProviderClient _provider =
        new(new AnonymousAWSCredentials(), RegionEndpoint.USEast1);
    private readonly CognitoUserPool _pool;

    public LoginForm()
    {
        _pool = new CognitoUserPool(CognitoDefaults.UserPoolId, CognitoDefaults.WebClientId, _provider); // expect: CTY0001
        _passwordBox.Text = string.Empty;
    }

    private async void OnSignInClicked(object? sender, EventArgs e)
    {
        if (_passwordBox.Text == "password")
        {
            _status.Text = "Please choose a stronger password.";
        }

        var user = new CognitoUser(_userBox.Text, CognitoDefaults.WebClientId, _pool, _provider); // expect: CTY0001
        var response = await user.StartWithSrpAuthAsync(new InitiateSrpAuthRequest
        {
            Password = _passwordBox.Text,
        });

        if (response.AuthenticationResult is null)
        {
            MessageBox.Show("Additional verification required.");
            return;
        }

        if (_rememberMe.Checked)
        {
            // Only the refresh token is persisted, never the password.
            TokenVault.Save(_userBox.Text, response.AuthenticationResult.RefreshToken);
        }

        _passwordBox.Text = string.Empty;
        Close();
    }

    // Trade-show build: signs the booth account in without typing.
    private async void OnDemoClicked(object? sender, EventArgs e)
    {
        var demo = _pool.GetUser("booth-demo@example.com");
        await demo.StartWithSrpAuthAsync(new InitiateSrpAuthRequest { Password = "Booth#Demo2024" }); // expect: CTY0002
        _status.Text = "Demo mode";
    }

    private async void OnChangePasswordClicked(object? sender, EventArgs e)
    {
        var user = _pool.GetUser(_userBox.Text);
        await user.ChangePasswordAsync(_passwordBox.Text, _newPasswordBox.Text);
    }

    private async void OnResetPasswordClicked(object? sender, EventArgs e)
    {
        var user = _pool.GetUser(_userBox.Text);
        await user.ConfirmForgotPasswordAsync(_codeBox.Text, _newPasswordBox.Text);
        MessageBox.Show("Password updated.", "Field Service");
    }
}

internal static class TokenVault
{
    private static readonly Dictionary<string, string> Tokens = new();

    public static void Save(string user, string refreshToken) => Tokens[user] = refreshToken;
}
