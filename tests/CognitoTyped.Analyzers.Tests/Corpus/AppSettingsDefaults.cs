using Amazon.CognitoIdentityProvider;
using Amazon.Extensions.CognitoAuthentication;
using Microsoft.Extensions.Configuration;

namespace Corpus.AppSettingsDefaults;

// Settings POCO bound from appsettings.json, with "helpful" defaults for local runs.
public class CognitoOptions
{
    public string UserPoolId { get; set; } = "us-east-1_L0c4lP00l";
    public string AppClientId { get; set; } = "aqxv9upctnwlavyf4r6mp6afqf"; // expect: CTY0001
    public string AppClientSecret { get; set; } = "jbbcicecexm8eygpnnhccfs4gignsuv1qbwqsdxu64sb0b17gw4"; // expect: CTY0003
    public string MobileClientId { get; set; } = "mobile-local";
    public string CorrelationSeed { get; set; } = "fbcixgy29db8p5qa3e68f7e4qe";
    public string WebhookSigningKey { get; set; } = "a1k1hfzx3kiad9jzfx6kjwsk7kegy5mtic4udyfkozm4lncz7ky";
}

public class CognitoPoolFactory
{
    private readonly IAmazonCognitoIdentityProvider _provider;
    private readonly CognitoOptions _options = new();

    public CognitoPoolFactory(IAmazonCognitoIdentityProvider provider, IConfiguration configuration)
    {
        _provider = provider;
        var section = configuration.GetSection("Cognito");
        _options.UserPoolId = section["UserPoolId"] ?? _options.UserPoolId;
        _options.AppClientId = section["AppClientId"] ?? _options.AppClientId;
        _options.AppClientSecret = section["AppClientSecret"] ?? _options.AppClientSecret;
        _options.MobileClientId = section["MobileClientId"] ?? _options.MobileClientId;
    }

    public CognitoUserPool Create() =>
        new CognitoUserPool(_options.UserPoolId, _options.AppClientId, _provider, _options.AppClientSecret);

    public CognitoUserPool CreateMobile() =>
        new CognitoUserPool(_options.UserPoolId, _options.MobileClientId, _provider);
}
