using System;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;

namespace Corpus.PasswordReset;

public sealed class ForgotPasswordModel
{
    public string Email { get; set; } = string.Empty;
}

public sealed class ResetPasswordModel
{
    public string Email { get; set; } = string.Empty;
    public string Code { get; set; } = string.Empty;
    public string Password { get; set; } = string.Empty;
    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class ChangePasswordModel
{
    public string CurrentPassword { get; set; } = string.Empty;
    public string NewPassword { get; set; } = string.Empty;
}

[ApiController]
[Route("account/password")]
public class PasswordResetController : ControllerBase
{
    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly IConfiguration _configuration;

    public PasswordResetController(IAmazonCognitoIdentityProvider cognito, IConfiguration configuration)
    {
        _cognito = cognito;
        _configuration = configuration;
    }

    private string ClientId => _configuration["Cognito:ClientId"]!;

    [HttpPost("forgot")]
    public async Task<IActionResult> Forgot([FromBody] ForgotPasswordModel model)
    {
        var response = await _cognito.ForgotPasswordAsync(new ForgotPasswordRequest
        {
            ClientId = ClientId,
            Username = model.Email,
        });
        return Ok(new { sentTo = response.CodeDeliveryDetails?.Destination });
    }

    [HttpPost("reset")]
    public async Task<IActionResult> Reset([FromBody] ResetPasswordModel model)
    {
        if (model.Password != model.ConfirmPassword)
        {
            return BadRequest("Passwords do not match.");
        }

        try
        {
            await _cognito.ConfirmForgotPasswordAsync(new ConfirmForgotPasswordRequest
            {
                ClientId = ClientId,
                Username = model.Email,
                ConfirmationCode = model.Code,
                Password = model.Password,
            });
        }
        catch (CodeMismatchException)
        {
            return BadRequest("Invalid code.");
        }
        return NoContent();
    }

    [HttpPost("change")]
    public async Task<IActionResult> Change([FromBody] ChangePasswordModel model, [FromHeader(Name = "Authorization")] string authorization)
    {
        var accessToken = authorization.Replace("Bearer ", string.Empty, StringComparison.OrdinalIgnoreCase);
        await _cognito.ChangePasswordAsync(new ChangePasswordRequest
        {
            AccessToken = accessToken,
            PreviousPassword = model.CurrentPassword,
            ProposedPassword = model.NewPassword,
        });
        return NoContent();
    }

    [HttpPost("debug/rotate")]  // TODO: remove before release
    public async Task<IActionResult> DebugRotate([FromHeader(Name = "Authorization")] string authorization)
    {
        // Used while developing the password-rotation screen.
        await _cognito.ChangePasswordAsync(new ChangePasswordRequest
        {
            AccessToken = authorization.Substring("Bearer ".Length),
            PreviousPassword = "OldPassw0rd!", // expect: CTY0002
            ProposedPassword = "NewPassw0rd!", // expect: CTY0002
        });
        return NoContent();
    }
}
