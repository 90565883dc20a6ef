namespace CognitoTyped;

/// <summary>
/// Marks a parameter or property that receives a Cognito app client secret.
/// The CognitoTyped analyzer reports CTY0003 when a hard-coded value reaches it.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = true)]
public sealed class CognitoClientSecretAttribute : Attribute
{
}
