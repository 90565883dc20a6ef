using System.Text.Json.Serialization;

namespace CognitoTyped;

/// <summary>
/// Source-generated JSON metadata (no reflection, trimming and AOT safe) for the types an app keeps between runs:
/// <see cref="CognitoTokens"/>, <see cref="CognitoDevice"/> and <see cref="CognitoStoredTokens"/>. Use it as
/// <c>JsonSerializer.Serialize(tokens, CognitoTypedJsonContext.Default.CognitoTokens)</c>. The JSON holds the tokens and the
/// device password in clear text: protect wherever it is written (<see cref="FileCognitoTokenStore"/> does what the OS allows).
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CognitoTokens))]
[JsonSerializable(typeof(CognitoDevice))]
[JsonSerializable(typeof(CognitoStoredTokens))]
public sealed partial class CognitoTypedJsonContext : JsonSerializerContext
{
}
