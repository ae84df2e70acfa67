using System;
using System.Security;

namespace Smooch.PowerShell.Rotation;

/// <summary>A credential just created to replace another: its id, what it authenticates as, its secret, and its output model.</summary>
internal sealed class Replacement(string id, string authenticatesAs, SecureString secret, bool responseIncomplete, Func<RotationFacts, object> toModel)
{
    /// <summary>The key id, or the credential id of an organization credential.</summary>
    public string Id => id;

    /// <summary>The key id, or the client id of an organization credential.</summary>
    public string AuthenticatesAs => authenticatesAs;

    public SecureString Secret => secret;

    /// <summary>The create's answer was damaged but the secret was recovered (the cmdlet warns).</summary>
    public bool ResponseIncomplete => responseIncomplete;

    /// <summary>The Rotated* output object, with the secret as the cmdlet emits it.</summary>
    public object ToModel(RotationFacts facts) => toModel(facts);
}

/// <summary>What the output object says besides the new credential itself.</summary>
internal readonly struct RotationFacts(bool asPlainText, string verification, bool oldRemoved)
{
    public bool AsPlainText => asPlainText;

    public string Verification => verification;

    public bool OldRemoved => oldRemoved;
}
