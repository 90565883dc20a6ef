using System.Text.Json.Nodes;
using CognitoTyped.Tool.Model;

namespace CognitoTyped.Tool.Tests;

/// <summary>The defaults the normalizer leaves out, as AWS documents them: the same pool written two ways compares equal.</summary>
public sealed class NormalizerTests
{
    [Theory]
    [InlineData("""{"ClientName":"Web"}""", """{"ClientName":"Web"}""")]
    [InlineData("""{"ClientName":"Web","AccessTokenValidity":60,"IdTokenValidity":60,"RefreshTokenValidity":30,"TokenValidityUnits":{"AccessToken":"minutes","IdToken":"minutes","RefreshToken":"days"}}""", """{"ClientName":"Web"}""")]
    [InlineData("""{"ClientName":"Web","AccessTokenValidity":120,"TokenValidityUnits":{"AccessToken":"minutes"}}""", """{"ClientName":"Web","AccessTokenValidity":2,"TokenValidityUnits":{"AccessToken":"hours"}}""")]
    [InlineData("""{"ClientName":"Web","RefreshTokenValidity":90,"TokenValidityUnits":{"RefreshToken":"minutes"}}""", """{"ClientName":"Web","RefreshTokenValidity":90,"TokenValidityUnits":{"RefreshToken":"minutes"}}""")]
    [InlineData("""{"ClientName":"Web","ExplicitAuthFlows":["ALLOW_USER_SRP_AUTH","ALLOW_CUSTOM_AUTH","ALLOW_REFRESH_TOKEN_AUTH"]}""", """{"ClientName":"Web"}""")]
    [InlineData("""{"ClientName":"Web","ClientId":"abc","ClientSecret":"s","UserPoolId":"p","EnableTokenRevocation":true,"PreventUserExistenceErrors":"LEGACY","AllowedOAuthFlowsUserPoolClient":false,"CallbackURLs":[]}""", """{"ClientName":"Web","GenerateSecret":true}""")]
    [InlineData("""{"ClientName":"Web","WriteAttributes":["name","email","email"]}""", """{"ClientName":"Web","WriteAttributes":["email","name"]}""")]
    public void Clients_lose_defaults_IDs_and_secrets_and_keep_one_form_of_each_lifetime(string written, string canonical)
        => Assert.Equal(canonical, Normalizer.Client(JsonNode.Parse(written)!.AsObject()).ToJsonString());

    [Theory]
    [InlineData("""{}""", """{}""")]
    [InlineData("""{"Policies":{"PasswordPolicy":{"MinimumLength":8,"RequireUppercase":true,"RequireLowercase":true,"RequireNumbers":true,"RequireSymbols":true,"TemporaryPasswordValidityDays":7}},"MfaConfiguration":"OFF","DeletionProtection":"INACTIVE","LambdaConfig":{},"UserPoolTags":{}}""", """{}""")]
    [InlineData("""{"Policies":{"PasswordPolicy":{"MinimumLength":12,"RequireNumbers":true}}}""", """{"Policies":{"PasswordPolicy":{"MinimumLength":12,"RequireNumbers":true}}}""")]
    [InlineData("""{"Policies":{"PasswordPolicy":{"MinimumLength":12,"RequireNumbers":true,"RequireSymbols":false,"TemporaryPasswordValidityDays":7,"PasswordHistorySize":0}}}""", """{"Policies":{"PasswordPolicy":{"MinimumLength":12,"RequireNumbers":true}}}""")]
    [InlineData("""{"Id":"eu-west-1_x","Arn":"arn","Name":"n","EstimatedNumberOfUsers":3,"UsernameAttributes":["phone_number","email"],"AdminCreateUserConfig":{"AllowAdminCreateUserOnly":false,"UnusedAccountValidityDays":7}}""", """{"UsernameAttributes":["email","phone_number"]}""")]
    public void Pool_settings_lose_AWS_defaults_and_read_only_members(string written, string canonical)
        => Assert.Equal(canonical, Normalizer.PoolSettings(JsonNode.Parse(written)!.AsObject()).ToJsonString());

    [Theory]
    [InlineData("""{"Name":"sub","AttributeDataType":"String","Mutable":false,"Required":true}""", null)]
    [InlineData("""{"Name":"given_name","AttributeDataType":"String","DeveloperOnlyAttribute":false,"Mutable":true,"Required":false,"StringAttributeConstraints":{"MinLength":"0","MaxLength":"2048"}}""", null)]
    [InlineData("""{"Name":"birthdate","StringAttributeConstraints":{"MinLength":"10","MaxLength":"10"}}""", null)]
    [InlineData("""{"Name":"email","Required":true}""", """{"Name":"email","Required":true}""")]
    [InlineData("""{"Name":"tenant_id","Mutable":false,"StringAttributeConstraints":{"MinLength":1,"MaxLength":"36"}}""", """{"Name":"custom:tenant_id","Mutable":false,"StringAttributeConstraints":{"MaxLength":"36","MinLength":"1"}}""")]
    [InlineData("""{"Name":"custom:plan","AttributeDataType":"String","StringAttributeConstraints":{}}""", """{"Name":"custom:plan"}""")]
    [InlineData("""{"Name":"dev:custom:score","AttributeDataType":"Number","NumberAttributeConstraints":{}}""", """{"Name":"custom:score","AttributeDataType":"Number","DeveloperOnlyAttribute":true}""")]
    public void Attributes_at_defaults_vanish_and_custom_ones_get_their_prefix(string written, string? canonical)
        => Assert.Equal(canonical, Normalizer.Attribute(JsonNode.Parse(written)!.AsObject())?.Attribute.ToJsonString());
}
