using CognitoTyped.Srp;

namespace CognitoTyped.Tests.Srp;

public sealed class SecretHashTests
{
    [Fact]
    public void Secret_hash_matches_AWS_dotnet_vector()
    {
        Assert.Equal("qnR8UCqJggD55PohusaBNviGoOJ67HC6Btry4qXLVZc=", SecretHash.Compute("Mess", "age", "secret"));
    }

    [Fact]
    public void Secret_hash_matches_cognito_srp_vector()
    {
        Assert.Equal("LoIX/oPJWZzFYv8liJYRo+CHv16FNDY10JlZEDjL3Vg=", SecretHash.Compute("test", "123abd", "clientSecret"));
    }

    [Fact]
    public void Secret_hash_depends_on_the_username_so_alias_and_user_id_differ()
    {
        Assert.NotEqual(
            SecretHash.Compute("alice@example.com", "client", "secret"),
            SecretHash.Compute("6f1c2a52-1f0e-4b8e-9a1d-2b3c4d5e6f70", "client", "secret"));
    }

    [Fact]
    public void Secret_hash_encodes_non_ascii_as_utf8()
    {
        // HMAC-SHA256(key "sécret", message "jöe" + "c") computed with the platform HMAC over explicit UTF-8 bytes.
        var expected = Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData("s\u00e9cret"u8, "j\u00f6ec"u8));

        Assert.Equal(expected, SecretHash.Compute("j\u00f6e", "c", "s\u00e9cret"));
    }
}
