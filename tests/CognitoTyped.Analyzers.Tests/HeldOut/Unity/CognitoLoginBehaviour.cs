using System.Collections.Generic;
using Amazon;
using Amazon.CognitoIdentityProvider;
using Amazon.Extensions.CognitoAuthentication;
using Amazon.Runtime;
using UnityEngine;
using UnityEngine.UI;

namespace HeldOut.Unity;

/// <summary>Attached to the title-screen canvas of the game.</summary>
public class CognitoLoginBehaviour : MonoBehaviour
{
    [Header("Cognito")]
    [SerializeField] private string userPoolId = "eu-west-1_Ab12Cd34E";
    [SerializeField] private string clientId = "z5fk2z9ri19r0wyojfljooa5lq"; // expect: CTY0001
    [SerializeField] private string appSecret = "qdr917qsnf6akqpmkumyvpy8447ab1otnzekjcbhgkwjbbcicec"; // expect: CTY0003
    [SerializeField] private string region = "eu-west-1";

    public InputField usernameField = null!;
    public InputField passwordField = null!;
    public Text statusLabel = null!;

    private CognitoUserPool? _pool;
    private AmazonCognitoIdentityProviderClient? _provider;

    private void Awake()
    {
        _provider = new AmazonCognitoIdentityProviderClient(new AnonymousAWSCredentials(), RegionEndpoint.GetBySystemName(region));
        _pool = new CognitoUserPool(
            userPoolId,
            clientId, // expect: CTY0001
            _provider,
            appSecret); // expect: CTY0003
    }

    public async void OnLoginPressed()
    {
        var user = new CognitoUser(usernameField.text, _pool!.ClientID, _pool, _provider!);
        var result = await user.StartWithSrpAuthAsync(new InitiateSrpAuthRequest { Password = passwordField.text });
        PlayerPrefs.SetString("refresh_token", result.AuthenticationResult.RefreshToken);
        statusLabel.text = "Welcome back!";
    }

    public async void OnAutoLogin()
    {
        var saved = PlayerPrefs.GetString("cached_password", "");
        if (saved.Length == 0)
        {
            return;
        }

        var user = _pool!.GetUser(PlayerPrefs.GetString("cached_user", ""));
        await user.StartWithSrpAuthAsync(new InitiateSrpAuthRequest { Password = saved });
    }

    // Guest play: every guest shares one Cognito account.
    public async void OnPlayAsGuestPressed()
    {
        var guest = new CognitoUser("guest-player", _pool!.ClientID, _pool, _provider!);
        var result = await guest.StartWithSrpAuthAsync(new InitiateSrpAuthRequest
        {
            Password = GuestPassword, // expect: CTY0002
        });
        Debug.Log("Guest signed in: " + (result.AuthenticationResult != null));
    }

    private static string GuestPassword => "Gu3st!Player";

    public async void OnRegisterPressed(string email)
    {
        var attributes = new Dictionary<string, string> { ["email"] = email };
        await _pool!.SignUpAsync(usernameField.text, passwordField.text, attributes, new Dictionary<string, string>());
    }

    // Left over from the game-jam build.
    public async void OnQuickRegisterPressed()
    {
        var nick = "player" + UnityEngine.Random.Range(1000, 9999);
        await _pool!.SignUpAsync(nick, "Jam2024!quick", new Dictionary<string, string>(), new Dictionary<string, string>()); // expect: CTY0002
        Debug.Log("Registered " + nick);
    }
}
