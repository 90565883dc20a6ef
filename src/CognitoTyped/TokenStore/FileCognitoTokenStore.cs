using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CognitoTyped;

/// <summary>
/// An <see cref="ICognitoTokenStore"/> that keeps each entry in a file of its own in one directory, as JSON
/// (<see cref="CognitoTypedJsonContext"/>). The file name is the SHA-256 of the key (the key never becomes a path), and a save
/// writes a temporary file beside the entry and then moves it over the entry, so a crash or a cancelled save leaves the previous
/// entry whole, never half a file.
/// </summary>
/// <remarks>
/// <para>
/// The tokens and the device password are stored in clear text; what keeps other users from reading them is the file system:
/// </para>
/// <list type="bullet">
/// <item><description>Linux, macOS and other Unix: the directory is created with mode 0700 and every entry file with mode 0600
/// (owner read/write only), from the moment it exists. Root and processes running as the same user can still read them.</description></item>
/// <item><description>Windows: no extra protection is applied (no DPAPI: it would need a further package). The files inherit the
/// ACL of the directory, so put the directory inside the user's profile (e.g. under
/// <c>Environment.SpecialFolder.LocalApplicationData</c>), whose ACL admits only that user, the administrators and SYSTEM.
/// A directory elsewhere (a shared or world-readable folder) exposes the tokens.</description></item>
/// </list>
/// <para>
/// For stronger protection (the macOS or iOS Keychain, Android Keystore, DPAPI) implement <see cref="ICognitoTokenStore"/> over the
/// platform's secure storage, serializing with <see cref="CognitoTypedJsonContext"/>.
/// </para>
/// <para>
/// A file that cannot be read as an entry (corrupt, truncated, written by something else, or larger than 1 MiB) is treated as
/// absent: <see cref="LoadAsync"/> returns null, and the next save replaces it. Nothing read from a file is ever put in an
/// exception message.
/// </para>
/// </remarks>
public sealed class FileCognitoTokenStore : ICognitoTokenStore
{
    /// <summary>Larger than any entry Cognito's tokens make; a bigger file is not read into memory.</summary>
    internal const int MaxEntryBytes = 1024 * 1024;

    private const string Extension = ".json";
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>A store in <paramref name="directory"/>, created (owner-only on Unix) on the first save if it does not exist.</summary>
    /// <param name="directory">The directory that holds the entry files; the app's own, inside the user's profile.</param>
    public FileCognitoTokenStore(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>The directory that holds the entry files.</summary>
    public string Directory { get; }

    /// <summary>The file that holds the entry of <paramref name="key"/>: the key's SHA-256, in hex, in <see cref="Directory"/>.</summary>
    /// <param name="key">The app's key for the user.</param>
    /// <returns>The full path of the entry's file (it may not exist).</returns>
    public string GetFilePath(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Path.Combine(Directory, Convert.ToHexString(hash).ToLowerInvariant() + Extension);
    }

    /// <inheritdoc />
    /// <returns>The entry, or null when there is no file for the key or the file cannot be read as an entry.</returns>
    public async ValueTask<CognitoStoredTokens?> LoadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = GetFilePath(key);
        byte[] content;
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                if (stream.Length > MaxEntryBytes)
                {
                    return null;
                }

                content = new byte[stream.Length];
                await stream.ReadExactlyAsync(content, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException or EndOfStreamException)
        {
            return null;
        }

        return Read(content);
    }

    /// <inheritdoc />
    public async ValueTask SaveAsync(string key, CognitoStoredTokens entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var path = GetFilePath(key);
        var content = JsonSerializer.SerializeToUtf8Bytes(entry, CognitoTypedJsonContext.Default.CognitoStoredTokens);
        CreateDirectory();

        // Beside the entry, so the move is a rename within one file system (atomic), never a copy.
        var temporary = Path.Combine(Directory, Path.GetFileNameWithoutExtension(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            var stream = new FileStream(temporary, NewFileOptions());
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <inheritdoc />
    public ValueTask ClearAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = GetFilePath(key);
        cancellationToken.ThrowIfCancellationRequested();
        File.Delete(path);
        return ValueTask.CompletedTask;
    }

    private static CognitoStoredTokens? Read(byte[] content)
    {
        try
        {
            return JsonSerializer.Deserialize(content, CognitoTypedJsonContext.Default.CognitoStoredTokens);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or NotSupportedException)
        {
            // Not an entry (corrupt, truncated, foreign JSON, a missing token): absent, as documented. ArgumentException comes
            // from the constructors refusing a missing token.
            return null;
        }
    }

    private static FileStreamOptions NewFileOptions()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            // Owner-only from creation: no moment when the tokens sit in a file others may open.
            options.UnixCreateMode = OwnerOnlyFile;
        }

        return options;
    }

    private void CreateDirectory()
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(Directory);
        }
        else
        {
            System.IO.Directory.CreateDirectory(Directory, OwnerOnlyDirectory);
        }
    }
}
