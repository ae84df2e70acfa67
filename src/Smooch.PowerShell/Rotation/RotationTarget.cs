using System;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client;

namespace Smooch.PowerShell.Rotation;

/// <summary>
/// One credential to rotate, whatever its family: how to create its replacement under the same name, how to delete a
/// credential of its family by id (the old one, or a replacement taken back), and how to tell a person about it.
/// <see cref="RotationTargets"/> makes one per kind from a piped object.
/// </summary>
internal sealed class RotationTarget(
    SmoochApi api,
    string noun,
    string oldId,
    string? oldClientId,
    string name,
    string parent,
    Func<SmoochSession, CancellationToken, Task<Replacement>> create,
    Func<SmoochSession, string, CancellationToken, Task> delete,
    Func<string, string> removeCommand,
    string findCommand,
    string? checkAppId = null)
{
    public SmoochApi Api => api;

    /// <summary>"app key", "organization credential", ...</summary>
    public string Noun => noun;

    /// <summary>The key id, or the credential id of an organization credential.</summary>
    public string OldId => oldId;

    /// <summary>What a session authenticates with: the key id, or the client id of an organization credential.</summary>
    public string AuthenticatesAs => oldClientId ?? oldId;

    public string Name => name;

    /// <summary>The app of an app key: the credential check of an app_ key reads its own app.</summary>
    public string? CheckAppId => checkAppId;

    /// <summary>For prompts and errors: "app key app_… ('ci') of app 5d8…".</summary>
    public string Description => $"{noun} {oldId} ('{name}') of {parent}";

    public Task<Replacement> CreateAsync(SmoochSession session, CancellationToken cancellationToken) => create(session, cancellationToken);

    public Task DeleteAsync(SmoochSession session, string id, CancellationToken cancellationToken) => delete(session, id, cancellationToken);

    /// <summary>The command that removes the credential <paramref name="id"/> of this family and parent.</summary>
    public string RemoveCommand(string id) => removeCommand(id);

    /// <summary>The command that lists the credentials of this parent with this name.</summary>
    public string FindCommand => findCommand;
}
