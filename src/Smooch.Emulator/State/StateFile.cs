using System;
using System.IO;
using System.Text.Json;

namespace Smooch.Emulator.State;

/// <summary>Loads and saves the state file. Saves are atomic (temp file + rename); a corrupt file is an error, never discarded.</summary>
internal static class StateFile
{
    public static StateSnapshot? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            byte[] bytes = File.ReadAllBytes(path);
            StateSnapshot snapshot = JsonSerializer.Deserialize(bytes, StateJsonContext.Default.StateSnapshot)
                ?? throw new InvalidDataException("the file holds JSON null");
            StateMapper.Validate(snapshot);
            return snapshot;
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or NotSupportedException)
        {
            throw new InvalidDataException($"The state file '{path}' is corrupt and was left untouched ({e.Message}). Fix or remove it, or choose another --state-file.", e);
        }
    }

    public static void Save(string path, StateSnapshot snapshot)
    {
        string full = Path.GetFullPath(path);
        string temp = full + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536))
            {
                JsonSerializer.Serialize(stream, snapshot, StateJsonContext.Default.StateSnapshot);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
