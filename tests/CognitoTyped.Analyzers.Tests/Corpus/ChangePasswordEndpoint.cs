using System;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Extensions.CognitoAuthentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Corpus.ChangePasswordEndpoint;

public sealed record ChangePasswordRequestDto(string OldPassword, string NewPassword);

[ApiController]
[Authorize]
[Route("api/me/password")]
public class MyPasswordController : ControllerBase
{
    private const string EmptyPassword = "";
    private static readonly string Blank = "   ";

    private readonly IAmazonCognitoIdentityProvider _cognito;

    public MyPasswordController(IAmazonCognitoIdentityProvider cognito) => _cognito = cognito;

    [HttpPut]
    public async Task<IActionResult> Change([FromBody] ChangePasswordRequestDto dto, [FromHeader(Name = "X-Access-Token")] string accessToken)
    {
        if (dto.NewPassword == dto.OldPassword)
        {
            return BadRequest("New password must be different.");
        }
        if (dto.NewPassword is "Password123!" or "Qwerty123!")
        {
            return BadRequest("That password is too common.");
        }

        await _cognito.ChangePasswordAsync(new ChangePasswordRequest
        {
            AccessToken = accessToken,
            PreviousPassword = dto.OldPassword,
            ProposedPassword = dto.NewPassword,
        });
        return NoContent();
    }

    // Probe used by the front-end to check whether the token is still valid:
    // an empty password change fails validation without side effects.
    [HttpGet("probe")]
    public async Task<IActionResult> Probe([FromHeader(Name = "X-Access-Token")] string accessToken)
    {
        try
        {
            await _cognito.ChangePasswordAsync(new ChangePasswordRequest
            {
                AccessToken = accessToken,
                PreviousPassword = EmptyPassword,
                ProposedPassword = Blank,
            });
        }
        catch (Amazon.Runtime.AmazonServiceException ex) when (ex.ErrorCode == "InvalidParameterException")
        {
            return Ok();
        }
        return Ok();
    }

    [HttpPut("srp")]
    public async Task<IActionResult> ChangeViaUser([FromBody] ChangePasswordRequestDto dto, [FromServices] CognitoUser user)
    {
        await user.ChangePasswordAsync(dto.OldPassword, dto.NewPassword);
        await user.ChangePasswordAsync(oldPass: "", newPass: string.Empty);
        return NoContent();
    }

    [HttpPut("kiosk-reset")]
    public async Task<IActionResult> KioskReset([FromServices] CognitoUser user)
    {
        await user.ChangePasswordAsync(dto_OldPassword(), "Kiosk-Reset-2024!"); // expect: CTY0002
        return NoContent();
    }

    private static string dto_OldPassword() => Environment.GetEnvironmentVariable("KIOSK_PASSWORD") ?? string.Empty;
}

[AttributeUsage(AttributeTargets.Parameter)]
public sealed class FromServicesAttribute : Attribute { }
