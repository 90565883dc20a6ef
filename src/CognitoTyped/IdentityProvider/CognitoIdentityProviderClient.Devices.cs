// Device operations the generated operation list lacks, written by hand from AWS's service model.
using System.Text.Json.Serialization;

namespace CognitoTyped.IdentityProvider;

public sealed partial class CognitoIdentityProviderClient
{
    /// <summary>Calls <c>UpdateDeviceStatus</c>: marks a tracked device remembered or not remembered.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<UpdateDeviceStatusResponse> UpdateDeviceStatusAsync(UpdateDeviceStatusRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("UpdateDeviceStatus", request, IdentityProviderDevicesJsonContext.Default.UpdateDeviceStatusRequest, IdentityProviderDevicesJsonContext.Default.UpdateDeviceStatusResponse, false, cancellationToken);
}

/// <summary>The request of the <c>UpdateDeviceStatus</c> operation.</summary>
public sealed class UpdateDeviceStatusRequest
{
    /// <summary>The <c>AccessToken</c> member. Required. Sensitive: never logged.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The <c>DeviceKey</c> member. Required.</summary>
    public string? DeviceKey { get; set; }

    /// <summary>The <c>DeviceRememberedStatus</c> member: <c>remembered</c> or <c>not_remembered</c>.</summary>
    public string? DeviceRememberedStatus { get; set; }
}

/// <summary>The response of the <c>UpdateDeviceStatus</c> operation.</summary>
public sealed class UpdateDeviceStatusResponse
{
}

// A context of its own: [JsonSerializable] on a second partial of IdentityProviderJsonContext makes the STJ generator emit
// every type twice (CS8785, dotnet/runtime#99669). Same options as IdentityProviderJsonContext.
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UpdateDeviceStatusRequest))]
[JsonSerializable(typeof(UpdateDeviceStatusResponse))]
internal sealed partial class IdentityProviderDevicesJsonContext : JsonSerializerContext
{
}
