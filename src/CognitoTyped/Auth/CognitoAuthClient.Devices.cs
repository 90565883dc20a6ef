using CognitoTyped.IdentityProvider;
using CognitoTyped.Srp;

namespace CognitoTyped;

// Remembered devices: DEVICE_SRP_AUTH, ConfirmDevice, UpdateDeviceStatus, ForgetDevice.
public sealed partial class CognitoAuthClient
{
    /// <summary>
    /// Answers DEVICE_SRP_AUTH (and the DEVICE_PASSWORD_VERIFIER that follows) with a remembered device's SRP proof. Sign-ins given
    /// the device do this themselves; this is for a challenge that came back without one.
    /// </summary>
    /// <param name="challenge">The DEVICE_SRP_AUTH challenge; its Session is spent.</param>
    /// <param name="device">The device confirmed earlier.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or the next challenge.</returns>
    public Task<SignInResult> RespondToDeviceSrpAuthAsync(CognitoChallenge challenge, CognitoDevice device, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentNullException.ThrowIfNull(device);
        ExpectChallenge(challenge, CognitoChallengeNames.DeviceSrpAuth);
        return _responder.AnswerDeviceSrpAsync(challenge, device, cancellationToken);
    }

    /// <summary>
    /// Confirms the device Cognito offered at sign-in (ConfirmDevice): generates a random device password and registers its SRP
    /// verifier. Store the returned <see cref="CognitoDevice"/> and pass it to later sign-ins and refreshes.
    /// </summary>
    /// <param name="signedIn">A signed-in result whose <see cref="SignInResult.NewDevice"/> is set (device tracking is on).</param>
    /// <param name="deviceName">A name for the device, shown to the user; optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The device and whether the user must be asked to remember it.</returns>
    public Task<CognitoDeviceConfirmation> ConfirmDeviceAsync(SignInResult signedIn, string? deviceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signedIn);
        var tokens = signedIn.Tokens ?? throw new InvalidOperationException("The sign-in is not complete: there is no access token to confirm the device with.");
        var newDevice = signedIn.NewDevice ?? throw new InvalidOperationException("Cognito offered no new device at this sign-in (device tracking off, or the device is known).");
        return ConfirmDeviceAsync(tokens.AccessToken, newDevice, deviceName, cancellationToken);
    }

    /// <summary>Confirms a device Cognito offered (ConfirmDevice) with a freshly generated device password and its SRP verifier.</summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="newDevice">NewDeviceMetadata from the sign-in.</param>
    /// <param name="deviceName">A name for the device, shown to the user; optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The device and whether the user must be asked to remember it.</returns>
    public async Task<CognitoDeviceConfirmation> ConfirmDeviceAsync(string accessToken, NewDeviceMetadataType newDevice, string? deviceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentNullException.ThrowIfNull(newDevice);
        var deviceKey = newDevice.DeviceKey ?? throw new CognitoProtocolException("NewDeviceMetadata has no DeviceKey.");
        var deviceGroupKey = newDevice.DeviceGroupKey ?? throw new CognitoProtocolException("NewDeviceMetadata has no DeviceGroupKey.");
        var verifier = DeviceSecretVerifier.Generate(deviceGroupKey, deviceKey);
        var response = await _service.ConfirmDeviceAsync(
            new ConfirmDeviceRequest
            {
                AccessToken = accessToken,
                DeviceKey = deviceKey,
                DeviceName = deviceName,
                DeviceSecretVerifierConfig = new DeviceSecretVerifierConfigType { PasswordVerifier = verifier.PasswordVerifierBase64, Salt = verifier.SaltBase64 },
            },
            cancellationToken).ConfigureAwait(false);
        return new CognitoDeviceConfirmation(new CognitoDevice(deviceKey, deviceGroupKey, verifier.DevicePassword), response.UserConfirmationNecessary ?? false);
    }

    /// <summary>Marks a tracked device remembered (MFA may be skipped on it) or not remembered (UpdateDeviceStatus).</summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="deviceKey">The device key.</param>
    /// <param name="remembered">True to remember it, false to stop remembering it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the status is set.</returns>
    public async Task UpdateDeviceStatusAsync(string accessToken, string deviceKey, bool remembered, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentException.ThrowIfNullOrEmpty(deviceKey);
        _ = await _service.UpdateDeviceStatusAsync(
            new UpdateDeviceStatusRequest { AccessToken = accessToken, DeviceKey = deviceKey, DeviceRememberedStatus = remembered ? "remembered" : "not_remembered" },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets a device: Cognito no longer tracks it and its device password stops working (ForgetDevice).</summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="deviceKey">The device key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the device is forgotten.</returns>
    public Task ForgetDeviceAsync(string accessToken, string deviceKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentException.ThrowIfNullOrEmpty(deviceKey);
        return _service.ForgetDeviceAsync(new ForgetDeviceRequest { AccessToken = accessToken, DeviceKey = deviceKey }, cancellationToken);
    }
}
