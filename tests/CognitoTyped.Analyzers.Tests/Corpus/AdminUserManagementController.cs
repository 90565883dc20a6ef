using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;

namespace Corpus.AdminUserManagement;

public sealed record CreateUserDto(string Email, string? DisplayName, string? Group);
public sealed record SetPasswordDto(string Password, bool Permanent);

[ApiController]
[Route("api/admin/users")]
[Authorize(Roles = "Admin")]
public class AdminUserManagementController : ControllerBase
{
    private const string DefaultTemporaryPassword = "Welcome@123";
    private static readonly string SupportAccountPassword = "Supp0rt!Account";

    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly string _userPoolId;

    public AdminUserManagementController(IAmazonCognitoIdentityProvider cognito, IConfiguration configuration)
    {
        _cognito = cognito;
        _userPoolId = configuration["AWS:Cognito:UserPoolId"] ?? throw new InvalidOperationException("UserPoolId missing");
    }

    [HttpPost]
    public async Task<IActionResult> Create([FromBody] CreateUserDto dto)
    {
        var request = new AdminCreateUserRequest
        {
            UserPoolId = _userPoolId,
            Username = dto.Email,
            TemporaryPassword = DefaultTemporaryPassword, // expect: CTY0002
            MessageAction = MessageActionType.SUPPRESS,
            UserAttributes = new List<AttributeType>
            {
                new AttributeType { Name = "email", Value = dto.Email },
                new AttributeType { Name = "email_verified", Value = "true" },
            },
        };
        var response = await _cognito.AdminCreateUserAsync(request);

        if (!string.IsNullOrEmpty(dto.Group))
        {
            await _cognito.AdminAddUserToGroupAsync(new AdminAddUserToGroupRequest
            {
                UserPoolId = _userPoolId,
                Username = dto.Email,
                GroupName = dto.Group,
            });
        }

        return Ok(new { response.User.Username, TemporaryPassword = DefaultTemporaryPassword });
    }

    [HttpPost("invite")]
    public async Task<IActionResult> Invite([FromBody] CreateUserDto dto)
    {
        // Cognito emails the generated temporary password to the user.
        await _cognito.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = _userPoolId,
            Username = dto.Email,
            TemporaryPassword = GenerateTemporaryPassword(),
            DesiredDeliveryMediums = new List<DeliveryMediumType> { DeliveryMediumType.EMAIL },
        });
        return NoContent();
    }

    [HttpPut("{username}/password")]
    public async Task<IActionResult> SetPassword(string username, [FromBody] SetPasswordDto dto)
    {
        if (dto.Password.Length < 8 || dto.Password == "Password1")
        {
            return BadRequest("Password does not meet the policy.");
        }

        await _cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = _userPoolId,
            Username = username,
            Password = dto.Password,
            Permanent = dto.Permanent,
        });
        return NoContent();
    }

    [HttpPost("support-account")]
    public async Task<IActionResult> EnsureSupportAccount()
    {
        await _cognito.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = _userPoolId,
            Username = "support@contoso.com",
            MessageAction = MessageActionType.SUPPRESS,
        });

        await _cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = _userPoolId,
            Username = "support@contoso.com",
            Password = SupportAccountPassword, // expect: CTY0002
            Permanent = true,
        });
        return Ok();
    }

    [HttpPost("{username}/reset")]
    public async Task<IActionResult> Reset(string username)
    {
        await _cognito.AdminResetUserPasswordAsync(new AdminResetUserPasswordRequest
        {
            UserPoolId = _userPoolId,
            Username = username,
        });

        await _cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = _userPoolId,
            Username = username,
            Password = "ChangeMe#2024", // expect: CTY0002
            Permanent = false,
        });
        return NoContent();
    }

    private static string GenerateTemporaryPassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var chars = new char[12];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }
        return new string(chars) + "!1a";
    }
}
