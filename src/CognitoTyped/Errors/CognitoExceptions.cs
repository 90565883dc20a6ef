// Every error AWS names in the cognito-idp and cognito-identity service models, as a typed exception.
using System.Net;

namespace CognitoTyped;

/// <summary>The service answered with the <c>AccessDenied</c> error (<c>AccessDeniedException</c>).</summary>
public sealed class AccessDeniedException : CognitoServiceException
{
    internal AccessDeniedException(string message, HttpStatusCode statusCode, string? requestId)
        : base("AccessDeniedException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>AliasExists</c> error (<c>AliasExistsException</c>).</summary>
public sealed class AliasExistsException : CognitoServiceException
{
    internal AliasExistsException(string message, HttpStatusCode statusCode, string? requestId)
        : base("AliasExistsException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>CodeDeliveryFailure</c> error (<c>CodeDeliveryFailureException</c>).</summary>
public sealed class CodeDeliveryFailureException : CognitoServiceException
{
    internal CodeDeliveryFailureException(string message, HttpStatusCode statusCode, string? requestId)
        : base("CodeDeliveryFailureException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>CodeMismatch</c> error (<c>CodeMismatchException</c>).</summary>
public sealed class CodeMismatchException : CognitoServiceException
{
    internal CodeMismatchException(string message, HttpStatusCode statusCode, string? requestId)
        : base("CodeMismatchException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>ConcurrentModification</c> error (<c>ConcurrentModificationException</c>).</summary>
public sealed class ConcurrentModificationException : CognitoServiceException
{
    internal ConcurrentModificationException(string message, HttpStatusCode statusCode, string? requestId)
        : base("ConcurrentModificationException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>DeveloperUserAlreadyRegistered</c> error (<c>DeveloperUserAlreadyRegisteredException</c>).</summary>
public sealed class DeveloperUserAlreadyRegisteredException : CognitoServiceException
{
    internal DeveloperUserAlreadyRegisteredException(string message, HttpStatusCode statusCode, string? requestId)
        : base("DeveloperUserAlreadyRegisteredException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>DeviceKeyExists</c> error (<c>DeviceKeyExistsException</c>).</summary>
public sealed class DeviceKeyExistsException : CognitoServiceException
{
    internal DeviceKeyExistsException(string message, HttpStatusCode statusCode, string? requestId)
        : base("DeviceKeyExistsException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>DuplicateProvider</c> error (<c>DuplicateProviderException</c>).</summary>
public sealed class DuplicateProviderException : CognitoServiceException
{
    internal DuplicateProviderException(string message, HttpStatusCode statusCode, string? requestId)
        : base("DuplicateProviderException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>EnableSoftwareTokenMFA</c> error (<c>EnableSoftwareTokenMFAException</c>).</summary>
public sealed class EnableSoftwareTokenMFAException : CognitoServiceException
{
    internal EnableSoftwareTokenMFAException(string message, HttpStatusCode statusCode, string? requestId)
        : base("EnableSoftwareTokenMFAException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>ExpiredCode</c> error (<c>ExpiredCodeException</c>).</summary>
public sealed class ExpiredCodeException : CognitoServiceException
{
    internal ExpiredCodeException(string message, HttpStatusCode statusCode, string? requestId)
        : base("ExpiredCodeException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>ExternalService</c> error (<c>ExternalServiceException</c>).</summary>
public sealed class ExternalServiceException : CognitoServiceException
{
    internal ExternalServiceException(string message, HttpStatusCode statusCode, string? requestId)
        : base("ExternalServiceException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>FeatureUnavailableInTier</c> error (<c>FeatureUnavailableInTierException</c>).</summary>
public sealed class FeatureUnavailableInTierException : CognitoServiceException
{
    internal FeatureUnavailableInTierException(string message, HttpStatusCode statusCode, string? requestId)
        : base("FeatureUnavailableInTierException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>Forbidden</c> error (<c>ForbiddenException</c>).</summary>
public sealed class ForbiddenException : CognitoServiceException
{
    internal ForbiddenException(string message, HttpStatusCode statusCode, string? requestId)
        : base("ForbiddenException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>GroupExists</c> error (<c>GroupExistsException</c>).</summary>
public sealed class GroupExistsException : CognitoServiceException
{
    internal GroupExistsException(string message, HttpStatusCode statusCode, string? requestId)
        : base("GroupExistsException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>InternalError</c> error (<c>InternalErrorException</c>).</summary>
public sealed class InternalErrorException : CognitoServiceException
{
    internal InternalErrorException(string message, HttpStatusCode statusCode, string? requestId)
        : base("InternalErrorException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>InternalServer</c> error (<c>InternalServerException</c>).</summary>
public sealed class InternalServerException : CognitoServiceException
{
    internal InternalServerException(string message, HttpStatusCode statusCode, string? requestId)
        : base("InternalServerException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>InvalidEmailRoleAccessPolicy</c> error (<c>InvalidEmailRoleAccessPolicyException</c>).</summary>
public sealed class InvalidEmailRoleAccessPolicyException : CognitoServiceException
{
    internal InvalidEmailRoleAccessPolicyException(string message, HttpStatusCode statusCode, string? requestId)
        : base("InvalidEmailRoleAccessPolicyException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>InvalidIdentityPoolConfiguration</c> error (<c>InvalidIdentityPoolConfigurationException</c>).</summary>
public sealed class InvalidIdentityPoolConfigurationException : CognitoServiceException
{
    internal InvalidIdentityPoolConfigurationException(string message, HttpStatusCode statusCode, string? requestId)
        : base("InvalidIdentityPoolConfigurationException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>InvalidLambdaResponse</c> error (<c>InvalidLambdaResponseException</c>).</summary>
public sealed class InvalidLambdaResponseException : CognitoServiceException
{
    internal InvalidLambdaResponseException(string message, HttpStatusCode statusCode, string? requestId)
        : base("InvalidLambdaResponseException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>InvalidOAuthFlow</c> error (<c>InvalidOAuthFlowException</c>).</summary>
public sealed class InvalidOAuthFlowException : CognitoServiceException
{
    internal InvalidOAuthFlowException(string message, HttpStatusCode statusCode, string? requestId)
        : base("InvalidOAuthFlowException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>InvalidParameter</c> error (<c>InvalidParameterException</c>).</summary>
public sealed class InvalidParameterException : CognitoServiceException
{
    internal InvalidParameterException(string message, HttpStatusCode statusCode, string? requestId)
        : base("InvalidParameterException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>InvalidPassword</c> error (<c>InvalidPasswordException</c>).</summary>
public sealed class InvalidPasswordException : CognitoServiceException
{
    internal InvalidPasswordException(string message, HttpStatusCode statusCode, string? requestId)
        : base("InvalidPasswordException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>InvalidSmsRoleAccessPolicy</c> error (<c>InvalidSmsRoleAccessPolicyException</c>).</summary>
public sealed class InvalidSmsRoleAccessPolicyException : CognitoServiceException
{
    internal InvalidSmsRoleAccessPolicyException(string message, HttpStatusCode statusCode, string? requestId)
        : base("InvalidSmsRoleAccessPolicyException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>InvalidSmsRoleTrustRelationship</c> error (<c>InvalidSmsRoleTrustRelationshipException</c>).</summary>
public sealed class InvalidSmsRoleTrustRelationshipException : CognitoServiceException
{
    internal InvalidSmsRoleTrustRelationshipException(string message, HttpStatusCode statusCode, string? requestId)
        : base("InvalidSmsRoleTrustRelationshipException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>InvalidUserPoolConfiguration</c> error (<c>InvalidUserPoolConfigurationException</c>).</summary>
public sealed class InvalidUserPoolConfigurationException : CognitoServiceException
{
    internal InvalidUserPoolConfigurationException(string message, HttpStatusCode statusCode, string? requestId)
        : base("InvalidUserPoolConfigurationException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>LimitExceeded</c> error (<c>LimitExceededException</c>).</summary>
public sealed class LimitExceededException : CognitoServiceException
{
    internal LimitExceededException(string message, HttpStatusCode statusCode, string? requestId)
        : base("LimitExceededException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>MFAMethodNotFound</c> error (<c>MFAMethodNotFoundException</c>).</summary>
public sealed class MFAMethodNotFoundException : CognitoServiceException
{
    internal MFAMethodNotFoundException(string message, HttpStatusCode statusCode, string? requestId)
        : base("MFAMethodNotFoundException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>ManagedLoginBrandingExists</c> error (<c>ManagedLoginBrandingExistsException</c>).</summary>
public sealed class ManagedLoginBrandingExistsException : CognitoServiceException
{
    internal ManagedLoginBrandingExistsException(string message, HttpStatusCode statusCode, string? requestId)
        : base("ManagedLoginBrandingExistsException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>NotAuthorized</c> error (<c>NotAuthorizedException</c>).</summary>
public sealed class NotAuthorizedException : CognitoServiceException
{
    internal NotAuthorizedException(string message, HttpStatusCode statusCode, string? requestId)
        : base("NotAuthorizedException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>OperationNotEnabled</c> error (<c>OperationNotEnabledException</c>).</summary>
public sealed class OperationNotEnabledException : CognitoServiceException
{
    internal OperationNotEnabledException(string message, HttpStatusCode statusCode, string? requestId)
        : base("OperationNotEnabledException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>PasswordHistoryPolicyViolation</c> error (<c>PasswordHistoryPolicyViolationException</c>).</summary>
public sealed class PasswordHistoryPolicyViolationException : CognitoServiceException
{
    internal PasswordHistoryPolicyViolationException(string message, HttpStatusCode statusCode, string? requestId)
        : base("PasswordHistoryPolicyViolationException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>PasswordResetRequired</c> error (<c>PasswordResetRequiredException</c>).</summary>
public sealed class PasswordResetRequiredException : CognitoServiceException
{
    internal PasswordResetRequiredException(string message, HttpStatusCode statusCode, string? requestId)
        : base("PasswordResetRequiredException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>PreconditionNotMet</c> error (<c>PreconditionNotMetException</c>).</summary>
public sealed class PreconditionNotMetException : CognitoServiceException
{
    internal PreconditionNotMetException(string message, HttpStatusCode statusCode, string? requestId)
        : base("PreconditionNotMetException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>RefreshTokenReuse</c> error (<c>RefreshTokenReuseException</c>).</summary>
public sealed class RefreshTokenReuseException : CognitoServiceException
{
    internal RefreshTokenReuseException(string message, HttpStatusCode statusCode, string? requestId)
        : base("RefreshTokenReuseException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>ResourceConflict</c> error (<c>ResourceConflictException</c>).</summary>
public sealed class ResourceConflictException : CognitoServiceException
{
    internal ResourceConflictException(string message, HttpStatusCode statusCode, string? requestId)
        : base("ResourceConflictException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>ResourceNotFound</c> error (<c>ResourceNotFoundException</c>).</summary>
public sealed class ResourceNotFoundException : CognitoServiceException
{
    internal ResourceNotFoundException(string message, HttpStatusCode statusCode, string? requestId)
        : base("ResourceNotFoundException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>ScopeDoesNotExist</c> error (<c>ScopeDoesNotExistException</c>).</summary>
public sealed class ScopeDoesNotExistException : CognitoServiceException
{
    internal ScopeDoesNotExistException(string message, HttpStatusCode statusCode, string? requestId)
        : base("ScopeDoesNotExistException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>ServiceQuotaExceeded</c> error (<c>ServiceQuotaExceededException</c>).</summary>
public sealed class ServiceQuotaExceededException : CognitoServiceException
{
    internal ServiceQuotaExceededException(string message, HttpStatusCode statusCode, string? requestId)
        : base("ServiceQuotaExceededException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>SoftwareTokenMFANotFound</c> error (<c>SoftwareTokenMFANotFoundException</c>).</summary>
public sealed class SoftwareTokenMFANotFoundException : CognitoServiceException
{
    internal SoftwareTokenMFANotFoundException(string message, HttpStatusCode statusCode, string? requestId)
        : base("SoftwareTokenMFANotFoundException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>TermsExists</c> error (<c>TermsExistsException</c>).</summary>
public sealed class TermsExistsException : CognitoServiceException
{
    internal TermsExistsException(string message, HttpStatusCode statusCode, string? requestId)
        : base("TermsExistsException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>TierChangeNotAllowed</c> error (<c>TierChangeNotAllowedException</c>).</summary>
public sealed class TierChangeNotAllowedException : CognitoServiceException
{
    internal TierChangeNotAllowedException(string message, HttpStatusCode statusCode, string? requestId)
        : base("TierChangeNotAllowedException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>TooManyFailedAttempts</c> error (<c>TooManyFailedAttemptsException</c>).</summary>
public sealed class TooManyFailedAttemptsException : CognitoServiceException
{
    internal TooManyFailedAttemptsException(string message, HttpStatusCode statusCode, string? requestId)
        : base("TooManyFailedAttemptsException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>TooManyRequests</c> error (<c>TooManyRequestsException</c>).</summary>
public sealed class TooManyRequestsException : CognitoServiceException
{
    internal TooManyRequestsException(string message, HttpStatusCode statusCode, string? requestId)
        : base("TooManyRequestsException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>Unauthorized</c> error (<c>UnauthorizedException</c>).</summary>
public sealed class UnauthorizedException : CognitoServiceException
{
    internal UnauthorizedException(string message, HttpStatusCode statusCode, string? requestId)
        : base("UnauthorizedException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>UnexpectedLambda</c> error (<c>UnexpectedLambdaException</c>).</summary>
public sealed class UnexpectedLambdaException : CognitoServiceException
{
    internal UnexpectedLambdaException(string message, HttpStatusCode statusCode, string? requestId)
        : base("UnexpectedLambdaException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>UnsupportedIdentityProvider</c> error (<c>UnsupportedIdentityProviderException</c>).</summary>
public sealed class UnsupportedIdentityProviderException : CognitoServiceException
{
    internal UnsupportedIdentityProviderException(string message, HttpStatusCode statusCode, string? requestId)
        : base("UnsupportedIdentityProviderException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>UnsupportedOperation</c> error (<c>UnsupportedOperationException</c>).</summary>
public sealed class UnsupportedOperationException : CognitoServiceException
{
    internal UnsupportedOperationException(string message, HttpStatusCode statusCode, string? requestId)
        : base("UnsupportedOperationException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>UnsupportedTokenType</c> error (<c>UnsupportedTokenTypeException</c>).</summary>
public sealed class UnsupportedTokenTypeException : CognitoServiceException
{
    internal UnsupportedTokenTypeException(string message, HttpStatusCode statusCode, string? requestId)
        : base("UnsupportedTokenTypeException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>UnsupportedUserState</c> error (<c>UnsupportedUserStateException</c>).</summary>
public sealed class UnsupportedUserStateException : CognitoServiceException
{
    internal UnsupportedUserStateException(string message, HttpStatusCode statusCode, string? requestId)
        : base("UnsupportedUserStateException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>UserImportInProgress</c> error (<c>UserImportInProgressException</c>).</summary>
public sealed class UserImportInProgressException : CognitoServiceException
{
    internal UserImportInProgressException(string message, HttpStatusCode statusCode, string? requestId)
        : base("UserImportInProgressException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>UserLambdaValidation</c> error (<c>UserLambdaValidationException</c>).</summary>
public sealed class UserLambdaValidationException : CognitoServiceException
{
    internal UserLambdaValidationException(string message, HttpStatusCode statusCode, string? requestId)
        : base("UserLambdaValidationException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>UserNotConfirmed</c> error (<c>UserNotConfirmedException</c>).</summary>
public sealed class UserNotConfirmedException : CognitoServiceException
{
    internal UserNotConfirmedException(string message, HttpStatusCode statusCode, string? requestId)
        : base("UserNotConfirmedException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>UserNotFound</c> error (<c>UserNotFoundException</c>).</summary>
public sealed class UserNotFoundException : CognitoServiceException
{
    internal UserNotFoundException(string message, HttpStatusCode statusCode, string? requestId)
        : base("UserNotFoundException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>UserPoolAddOnNotEnabled</c> error (<c>UserPoolAddOnNotEnabledException</c>).</summary>
public sealed class UserPoolAddOnNotEnabledException : CognitoServiceException
{
    internal UserPoolAddOnNotEnabledException(string message, HttpStatusCode statusCode, string? requestId)
        : base("UserPoolAddOnNotEnabledException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>UserPoolTagging</c> error (<c>UserPoolTaggingException</c>).</summary>
public sealed class UserPoolTaggingException : CognitoServiceException
{
    internal UserPoolTaggingException(string message, HttpStatusCode statusCode, string? requestId)
        : base("UserPoolTaggingException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>UsernameExists</c> error (<c>UsernameExistsException</c>).</summary>
public sealed class UsernameExistsException : CognitoServiceException
{
    internal UsernameExistsException(string message, HttpStatusCode statusCode, string? requestId)
        : base("UsernameExistsException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>WebAuthnChallengeNotFound</c> error (<c>WebAuthnChallengeNotFoundException</c>).</summary>
public sealed class WebAuthnChallengeNotFoundException : CognitoServiceException
{
    internal WebAuthnChallengeNotFoundException(string message, HttpStatusCode statusCode, string? requestId)
        : base("WebAuthnChallengeNotFoundException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>WebAuthnClientMismatch</c> error (<c>WebAuthnClientMismatchException</c>).</summary>
public sealed class WebAuthnClientMismatchException : CognitoServiceException
{
    internal WebAuthnClientMismatchException(string message, HttpStatusCode statusCode, string? requestId)
        : base("WebAuthnClientMismatchException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>WebAuthnConfigurationMissing</c> error (<c>WebAuthnConfigurationMissingException</c>).</summary>
public sealed class WebAuthnConfigurationMissingException : CognitoServiceException
{
    internal WebAuthnConfigurationMissingException(string message, HttpStatusCode statusCode, string? requestId)
        : base("WebAuthnConfigurationMissingException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>WebAuthnCredentialNotSupported</c> error (<c>WebAuthnCredentialNotSupportedException</c>).</summary>
public sealed class WebAuthnCredentialNotSupportedException : CognitoServiceException
{
    internal WebAuthnCredentialNotSupportedException(string message, HttpStatusCode statusCode, string? requestId)
        : base("WebAuthnCredentialNotSupportedException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>WebAuthnNotEnabled</c> error (<c>WebAuthnNotEnabledException</c>).</summary>
public sealed class WebAuthnNotEnabledException : CognitoServiceException
{
    internal WebAuthnNotEnabledException(string message, HttpStatusCode statusCode, string? requestId)
        : base("WebAuthnNotEnabledException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>WebAuthnOriginNotAllowed</c> error (<c>WebAuthnOriginNotAllowedException</c>).</summary>
public sealed class WebAuthnOriginNotAllowedException : CognitoServiceException
{
    internal WebAuthnOriginNotAllowedException(string message, HttpStatusCode statusCode, string? requestId)
        : base("WebAuthnOriginNotAllowedException", message, statusCode, requestId)
    {
    }
}

/// <summary>The service answered with the <c>WebAuthnRelyingPartyMismatch</c> error (<c>WebAuthnRelyingPartyMismatchException</c>).</summary>
public sealed class WebAuthnRelyingPartyMismatchException : CognitoServiceException
{
    internal WebAuthnRelyingPartyMismatchException(string message, HttpStatusCode statusCode, string? requestId)
        : base("WebAuthnRelyingPartyMismatchException", message, statusCode, requestId)
    {
    }
}

internal static partial class CognitoErrors
{
    private static CognitoServiceException? CreateKnown(string code, string message, HttpStatusCode statusCode, string? requestId) => code switch
    {
        "AccessDeniedException" => new AccessDeniedException(message, statusCode, requestId),
        "AliasExistsException" => new AliasExistsException(message, statusCode, requestId),
        "CodeDeliveryFailureException" => new CodeDeliveryFailureException(message, statusCode, requestId),
        "CodeMismatchException" => new CodeMismatchException(message, statusCode, requestId),
        "ConcurrentModificationException" => new ConcurrentModificationException(message, statusCode, requestId),
        "DeveloperUserAlreadyRegisteredException" => new DeveloperUserAlreadyRegisteredException(message, statusCode, requestId),
        "DeviceKeyExistsException" => new DeviceKeyExistsException(message, statusCode, requestId),
        "DuplicateProviderException" => new DuplicateProviderException(message, statusCode, requestId),
        "EnableSoftwareTokenMFAException" => new EnableSoftwareTokenMFAException(message, statusCode, requestId),
        "ExpiredCodeException" => new ExpiredCodeException(message, statusCode, requestId),
        "ExternalServiceException" => new ExternalServiceException(message, statusCode, requestId),
        "FeatureUnavailableInTierException" => new FeatureUnavailableInTierException(message, statusCode, requestId),
        "ForbiddenException" => new ForbiddenException(message, statusCode, requestId),
        "GroupExistsException" => new GroupExistsException(message, statusCode, requestId),
        "InternalErrorException" => new InternalErrorException(message, statusCode, requestId),
        "InternalServerException" => new InternalServerException(message, statusCode, requestId),
        "InvalidEmailRoleAccessPolicyException" => new InvalidEmailRoleAccessPolicyException(message, statusCode, requestId),
        "InvalidIdentityPoolConfigurationException" => new InvalidIdentityPoolConfigurationException(message, statusCode, requestId),
        "InvalidLambdaResponseException" => new InvalidLambdaResponseException(message, statusCode, requestId),
        "InvalidOAuthFlowException" => new InvalidOAuthFlowException(message, statusCode, requestId),
        "InvalidParameterException" => new InvalidParameterException(message, statusCode, requestId),
        "InvalidPasswordException" => new InvalidPasswordException(message, statusCode, requestId),
        "InvalidSmsRoleAccessPolicyException" => new InvalidSmsRoleAccessPolicyException(message, statusCode, requestId),
        "InvalidSmsRoleTrustRelationshipException" => new InvalidSmsRoleTrustRelationshipException(message, statusCode, requestId),
        "InvalidUserPoolConfigurationException" => new InvalidUserPoolConfigurationException(message, statusCode, requestId),
        "LimitExceededException" => new LimitExceededException(message, statusCode, requestId),
        "MFAMethodNotFoundException" => new MFAMethodNotFoundException(message, statusCode, requestId),
        "ManagedLoginBrandingExistsException" => new ManagedLoginBrandingExistsException(message, statusCode, requestId),
        "NotAuthorizedException" => new NotAuthorizedException(message, statusCode, requestId),
        "OperationNotEnabledException" => new OperationNotEnabledException(message, statusCode, requestId),
        "PasswordHistoryPolicyViolationException" => new PasswordHistoryPolicyViolationException(message, statusCode, requestId),
        "PasswordResetRequiredException" => new PasswordResetRequiredException(message, statusCode, requestId),
        "PreconditionNotMetException" => new PreconditionNotMetException(message, statusCode, requestId),
        "RefreshTokenReuseException" => new RefreshTokenReuseException(message, statusCode, requestId),
        "ResourceConflictException" => new ResourceConflictException(message, statusCode, requestId),
        "ResourceNotFoundException" => new ResourceNotFoundException(message, statusCode, requestId),
        "ScopeDoesNotExistException" => new ScopeDoesNotExistException(message, statusCode, requestId),
        "ServiceQuotaExceededException" => new ServiceQuotaExceededException(message, statusCode, requestId),
        "SoftwareTokenMFANotFoundException" => new SoftwareTokenMFANotFoundException(message, statusCode, requestId),
        "TermsExistsException" => new TermsExistsException(message, statusCode, requestId),
        "TierChangeNotAllowedException" => new TierChangeNotAllowedException(message, statusCode, requestId),
        "TooManyFailedAttemptsException" => new TooManyFailedAttemptsException(message, statusCode, requestId),
        "TooManyRequestsException" => new TooManyRequestsException(message, statusCode, requestId),
        "UnauthorizedException" => new UnauthorizedException(message, statusCode, requestId),
        "UnexpectedLambdaException" => new UnexpectedLambdaException(message, statusCode, requestId),
        "UnsupportedIdentityProviderException" => new UnsupportedIdentityProviderException(message, statusCode, requestId),
        "UnsupportedOperationException" => new UnsupportedOperationException(message, statusCode, requestId),
        "UnsupportedTokenTypeException" => new UnsupportedTokenTypeException(message, statusCode, requestId),
        "UnsupportedUserStateException" => new UnsupportedUserStateException(message, statusCode, requestId),
        "UserImportInProgressException" => new UserImportInProgressException(message, statusCode, requestId),
        "UserLambdaValidationException" => new UserLambdaValidationException(message, statusCode, requestId),
        "UserNotConfirmedException" => new UserNotConfirmedException(message, statusCode, requestId),
        "UserNotFoundException" => new UserNotFoundException(message, statusCode, requestId),
        "UserPoolAddOnNotEnabledException" => new UserPoolAddOnNotEnabledException(message, statusCode, requestId),
        "UserPoolTaggingException" => new UserPoolTaggingException(message, statusCode, requestId),
        "UsernameExistsException" => new UsernameExistsException(message, statusCode, requestId),
        "WebAuthnChallengeNotFoundException" => new WebAuthnChallengeNotFoundException(message, statusCode, requestId),
        "WebAuthnClientMismatchException" => new WebAuthnClientMismatchException(message, statusCode, requestId),
        "WebAuthnConfigurationMissingException" => new WebAuthnConfigurationMissingException(message, statusCode, requestId),
        "WebAuthnCredentialNotSupportedException" => new WebAuthnCredentialNotSupportedException(message, statusCode, requestId),
        "WebAuthnNotEnabledException" => new WebAuthnNotEnabledException(message, statusCode, requestId),
        "WebAuthnOriginNotAllowedException" => new WebAuthnOriginNotAllowedException(message, statusCode, requestId),
        "WebAuthnRelyingPartyMismatchException" => new WebAuthnRelyingPartyMismatchException(message, statusCode, requestId),
        _ => null,
    };

    internal static IReadOnlyCollection<string> KnownCodes { get; } = new[]
    {
        "AccessDeniedException",
        "AliasExistsException",
        "CodeDeliveryFailureException",
        "CodeMismatchException",
        "ConcurrentModificationException",
        "DeveloperUserAlreadyRegisteredException",
        "DeviceKeyExistsException",
        "DuplicateProviderException",
        "EnableSoftwareTokenMFAException",
        "ExpiredCodeException",
        "ExternalServiceException",
        "FeatureUnavailableInTierException",
        "ForbiddenException",
        "GroupExistsException",
        "InternalErrorException",
        "InternalServerException",
        "InvalidEmailRoleAccessPolicyException",
        "InvalidIdentityPoolConfigurationException",
        "InvalidLambdaResponseException",
        "InvalidOAuthFlowException",
        "InvalidParameterException",
        "InvalidPasswordException",
        "InvalidSmsRoleAccessPolicyException",
        "InvalidSmsRoleTrustRelationshipException",
        "InvalidUserPoolConfigurationException",
        "LimitExceededException",
        "MFAMethodNotFoundException",
        "ManagedLoginBrandingExistsException",
        "NotAuthorizedException",
        "OperationNotEnabledException",
        "PasswordHistoryPolicyViolationException",
        "PasswordResetRequiredException",
        "PreconditionNotMetException",
        "RefreshTokenReuseException",
        "ResourceConflictException",
        "ResourceNotFoundException",
        "ScopeDoesNotExistException",
        "ServiceQuotaExceededException",
        "SoftwareTokenMFANotFoundException",
        "TermsExistsException",
        "TierChangeNotAllowedException",
        "TooManyFailedAttemptsException",
        "TooManyRequestsException",
        "UnauthorizedException",
        "UnexpectedLambdaException",
        "UnsupportedIdentityProviderException",
        "UnsupportedOperationException",
        "UnsupportedTokenTypeException",
        "UnsupportedUserStateException",
        "UserImportInProgressException",
        "UserLambdaValidationException",
        "UserNotConfirmedException",
        "UserNotFoundException",
        "UserPoolAddOnNotEnabledException",
        "UserPoolTaggingException",
        "UsernameExistsException",
        "WebAuthnChallengeNotFoundException",
        "WebAuthnClientMismatchException",
        "WebAuthnConfigurationMissingException",
        "WebAuthnCredentialNotSupportedException",
        "WebAuthnNotEnabledException",
        "WebAuthnOriginNotAllowedException",
        "WebAuthnRelyingPartyMismatchException",
    };
}
