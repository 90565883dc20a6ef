using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace Corpus.SecretHashHelper;

// SECRET_HASH = Base64(HMAC_SHA256(clientSecret, username + clientId))
public static class CognitoHashCalculator
{
    public static string GetSecretHash(string username, string clientId, string clientSecret)
    {
        var dataString = Encoding.UTF8.GetBytes(username + clientId);
        var key = Encoding.UTF8.GetBytes(clientSecret);
        using var hmac = new HMACSHA256(key);
        return Convert.ToBase64String(hmac.ComputeHash(dataString));
    }

    public static Dictionary<string, string> BuildAuthParameters(string username, string password, string clientId, string clientSecret) =>
        new()
        {
            ["USERNAME"] = username,
            ["PASSWORD"] = password,
            ["SECRET_HASH"] = GetSecretHash(username, clientId, clientSecret),
        };
}

// Known-answer check used while debugging "Unable to verify secret hash for client".
internal static class CognitoHashCalculatorSelfTest
{
    private const string SampleClientId = "n4a4wfhym4l1vfz3zfkkibj3j4"; // expect: CTY0001
    private const string SampleClientSecret = "a1k1hfzx3kiad9jzfx6kjwsk7kegy5mtic4udyfkozm4lncz7ky"; // expect: CTY0003
    private const string SampleUser = "wj99ibag7i1mnbqns6puq80idw";
    private const string ExpectedHash = "2bJf1x3yQ0m9yS9P+8j2b7oYk6y1zvP0tq0m3gM9a9Y=";

    public static bool Run()
    {
        var actual = CognitoHashCalculator.GetSecretHash(SampleUser, SampleClientId, SampleClientSecret); // expect: CTY0001, CTY0003
        return string.Equals(actual, ExpectedHash, StringComparison.Ordinal);
    }
}
