using Amazon.Runtime;
using CognitoTyped.Generated;

namespace CognitoTyped.Tests.Generated;

public sealed class CognitoUserFilterTextTests
{
    [Theory]
    [InlineData("ada", "email = \"ada\"")]
    [InlineData("", "email = \"\"")]
    [InlineData("a\"b", "email = \"a\\\"b\"")]
    [InlineData("a\\b", "email = \"a\\\\b\"")]
    [InlineData("\\\"", "email = \"\\\\\\\"\"")]
    [InlineData("x\" or name = \"y", "email = \"x\\\" or name = \\\"y\"")]
    public void Exact_quotes_the_value_and_escapes_quotes_and_backslashes(string value, string expected)
        => Assert.Equal(expected, CognitoUserFilterText.Exact("email", value));

    [Fact]
    public void Prefix_uses_the_starts_with_operator()
        => Assert.Equal("given_name ^= \"Ad\\\"a\"", CognitoUserFilterText.Prefix("given_name", "Ad\"a"));

    [Fact]
    public void A_quoted_value_cannot_end_the_string_early()
    {
        var quoted = CognitoUserFilterText.Quote("a\\\"\\\\\"z");

        // Reading it back as Cognito does: a backslash takes the next character literally; the only unescaped quote is the last.
        var value = new System.Text.StringBuilder();
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            Assert.NotEqual('"', quoted[i]);
            if (quoted[i] == '\\')
            {
                i++;
            }

            value.Append(quoted[i]);
        }

        Assert.Equal('"', quoted[^1]);
        Assert.Equal("a\\\"\\\\\"z", value.ToString());
    }

    [Fact]
    public void A_null_value_or_empty_attribute_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => CognitoUserFilterText.Exact("email", null!));
        Assert.Throws<ArgumentException>(() => CognitoUserFilterText.Prefix("", "a"));
    }

    [Fact]
    public void Admin_options_never_show_credentials_and_take_the_region_from_the_pool_ID()
    {
        var options = new CognitoAdminOptions { UserPoolId = "eu-west-1_abc", Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "secret-key-value") };

        Assert.DoesNotContain("AKIDEXAMPLE", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-key-value", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("eu-west-1_abc", options.ToString(), StringComparison.Ordinal);
        using var client = CognitoAdminSupport.CreateServiceClient(options, null);
        Assert.Equal("eu-west-1", client.Region);
    }

    [Fact]
    public void Admin_options_without_a_pool_ID_are_refused()
        => Assert.Throws<ArgumentException>(() => CognitoAdminSupport.UserPoolIdOf(new CognitoAdminOptions()));
}
