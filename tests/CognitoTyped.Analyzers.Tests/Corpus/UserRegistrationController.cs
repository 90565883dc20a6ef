using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Corpus.UserRegistration;

public sealed class RegistrationOptions
{
    public string ClientId { get; set; } = string.Empty;
    public string UserPoolId { get; set; } = string.Empty;
    public int MinimumPasswordLength { get; set; } = 12;
}

public sealed class RegisterDto
{
    public string Email { get; set; } = string.Empty;
    public string Password { get; set; } = string.Empty;
    public string? PhoneNumber { get; set; }
}

[ApiController]
[Route("api/register")]
public class UserRegistrationController : ControllerBase
{
    private static readonly HashSet<string> BannedPasswords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Password123!",
        "Welcome123!",
        "Admin@12345",
    };

    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly RegistrationOptions _options;

    public UserRegistrationController(IAmazonCognitoIdentityProvider cognito, IOptionsSnapshot<RegistrationOptions> options)
    {
        _cognito = cognito;
        _options = options.Value;
    }

    [HttpPost]
    public async Task<IActionResult> Register([FromBody] RegisterDto dto)
    {
        if (dto.Password.Length < _options.MinimumPasswordLength || BannedPasswords.Contains(dto.Password))
        {
            return BadRequest(new { error = "weak_password" });
        }

        var attributes = new List<AttributeType> { new() { Name = "email", Value = dto.Email } };
        if (!string.IsNullOrEmpty(dto.PhoneNumber))
        {
            attributes.Add(new AttributeType { Name = "phone_number", Value = dto.PhoneNumber });
        }

        try
        {
            var response = await _cognito.SignUpAsync(new SignUpRequest
            {
                ClientId = _options.ClientId,
                Username = dto.Email,
                Password = dto.Password,
                UserAttributes = attributes,
                ClientMetadata = new Dictionary<string, string> { ["source"] = "web", ["password_policy"] = "v2" },
            });
            return Ok(new { response.UserSub, response.UserConfirmed });
        }
        catch (UsernameExistsException)
        {
            return BadRequest(new { error = "already_registered" });
        }
    }

    [HttpPost("seed")]
    public async Task<IActionResult> SeedDemoUsers()
    {
        var emails = new[] { "demo1@example.com", "demo2@example.com", "demo3@example.com" };
        foreach (var email in emails)
        {
            await _cognito.SignUpAsync(new SignUpRequest
            {
                ClientId = _options.ClientId,
                Username = email,
                Password = "Demo-Account-1!", // expect: CTY0002
            });
            await _cognito.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = _options.UserPoolId, Username = email });
        }
        return Ok(emails.Length);
    }

    [HttpPost("validate")]
    public IActionResult Validate([FromBody] RegisterDto dto)
    {
        var errors = new List<string>();
        if (!dto.Password.Any(char.IsUpper)) errors.Add("uppercase");
        if (!dto.Password.Any(char.IsDigit)) errors.Add("digit");
        if (dto.Password.Equals("password", StringComparison.OrdinalIgnoreCase)) errors.Add("common");
        return errors.Count == 0 ? Ok() : BadRequest(errors);
    }
}
