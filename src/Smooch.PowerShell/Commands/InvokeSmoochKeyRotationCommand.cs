using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using Smooch.Client;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Models;
using Smooch.PowerShell.Rotation;

namespace Smooch.PowerShell.Commands;

/// <summary>
/// Replaces credentials piped from the Get cmdlets: creates a replacement with the same name, checks that it
/// authenticates, removes the old one (unless -KeepOld), and emits the replacement with its secret, once.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "SmoochKeyRotation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(RotatedServiceAccountKey), typeof(RotatedAppKey), typeof(RotatedIntegrationKey), typeof(RotatedOrganizationCredential))]
public sealed class InvokeSmoochKeyRotationCommand : SmoochCmdlet
{
    private readonly HashSet<string> _warnedNotVerifiable = new HashSet<string>(StringComparer.Ordinal);
    private BulkPipeline<(RotationTarget Target, SmoochSession Session), RotationOutcome>? _rotations;

    /// <summary>A service-account key, app key, integration key or organization credential, as its Get cmdlet emits it.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [ValidateNotNull]
    public PSObject? InputObject { get; set; }

    /// <summary>Creates and verifies the replacement but leaves the old credential in place.</summary>
    [Parameter]
    public SwitchParameter KeepOld { get; set; }

    /// <summary>How long to wait for the replacement to start authenticating. Default 60; 0 = check once.</summary>
    [Parameter]
    [ValidateRange(0, 3600)]
    public int VerifyTimeoutSec { get; set; } = 60;

    /// <summary>How many credentials are rotated at once over the session. Default 8.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    /// <summary>Emits the new secret as a plain string instead of a SecureString.</summary>
    [Parameter]
    public SwitchParameter AsPlainText { get; set; }

    /// <summary>Rotates without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    private protected override bool ResolvesSessionPerInput => true;

    private BulkPipeline<(RotationTarget Target, SmoochSession Session), RotationOutcome> Rotations => _rotations ??= Own(
        new BulkPipeline<(RotationTarget Target, SmoochSession Session), RotationOutcome>(
            this,
            (work, ct) => KeyRotation.RunAsync(work.Target, work.Session, new RotationSettings(KeepOld, TimeSpan.FromSeconds(VerifyTimeoutSec), AsPlainText), ct),
            (work, outcome) => Write(work.Target, outcome),
            work => work.Target.OldId,
            ThrottleLimit,
            "Rotating credentials"));

    protected override void Process()
    {
        RotationTarget target;
        SmoochSession session;
        try
        {
            target = RotationTargets.From(InputObject!);
        }
        catch (ArgumentException bad)
        {
            WriteError(ErrorRecords.InvalidArgument(bad, "NotARotatableCredential", InputObject));
            return;
        }

        try
        {
            session = SessionFor(target.Api);
        }
        catch (SessionUnusableException unusable)
        {
            WriteError(unusable.ToErrorRecord(target.OldId));
            return;
        }

        if (!KeepOld && string.Equals(session.KeyId, target.AuthenticatesAs, StringComparison.Ordinal))
        {
            WriteError(RotationErrors.SessionCredential(target));
            return;
        }

        string action = KeepOld ? "Create and verify a replacement (the old one stays)" : "Replace: create and verify a replacement, then remove the old one";
        if (Confirmed(target.Description, action, Force))
        {
            Calls.StopIfCancelled(() => Rotations.Add((target, session)));
        }
    }

    protected override void EndProcessing()
    {
        if (_rotations is not null)
        {
            Calls.StopIfCancelled(_rotations.Complete);
        }
    }

    private void Write(RotationTarget target, RotationOutcome outcome)
    {
        if (outcome.Model is not null)
        {
            Replacement replacement = outcome.Replacement!;
            WarnIfIncomplete(replacement.ResponseIncomplete, target.Noun);
            CheckOutcome check = outcome.Check!;
            if (check.Verification == CheckOutcome.NotVerifiableText)
            {
                if (_warnedNotVerifiable.Add(target.Noun))
                {
                    WriteWarning($"Replacements of {target.Noun}s cannot be checked: {check.Message} They are rotated without a check (Verification = NotVerifiable).");
                }
            }
            else
            {
                WriteVerbose(string.Format(CultureInfo.InvariantCulture, "The replacement {0} of {1} authenticated ({2} check(s), {3:0.0} s).", replacement.Id, target.Description, check.Checks, check.Took.TotalSeconds));
            }

            WriteModel(outcome.Model);
        }

        foreach (ErrorRecord error in outcome.Errors)
        {
            WriteError(error);
        }
    }
}
