using System.Text;
using System.Text.Json;

namespace CognitoTyped.Tests.Auth;

/// <summary>The token stores and the public JSON metadata of the types an app keeps between runs.</summary>
public sealed class TokenStoreTests : IDisposable
{
    private const string IdToken = "eyJ-secret-id-token";
    private const string AccessToken = "eyJ-secret-access-token";
    private const string RefreshToken = "secret-refresh-token";
    private const string DevicePassword = "secret-device-password";

    private static readonly DateTimeOffset ExpiresAt = new(2026, 11, 26, 13, 45, 30, 123, TimeSpan.FromHours(2));

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cognitotyped-store-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static CognitoStoredTokens Entry(string refreshToken = RefreshToken, CognitoDevice? device = null)
        => new(new CognitoTokens(IdToken, AccessToken, refreshToken, ExpiresAt), device);

    private static CognitoDevice Device() => new("eu-west-1_device-key", "-group-key", DevicePassword);

    private static void AssertSameEntry(CognitoStoredTokens expected, CognitoStoredTokens? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Tokens.IdToken, actual.Tokens.IdToken);
        Assert.Equal(expected.Tokens.AccessToken, actual.Tokens.AccessToken);
        Assert.Equal(expected.Tokens.RefreshToken, actual.Tokens.RefreshToken);
        Assert.Equal(expected.Tokens.ExpiresAt, actual.Tokens.ExpiresAt);
        Assert.Equal(expected.Tokens.ExpiresAt.Offset, actual.Tokens.ExpiresAt.Offset);
        Assert.Equal(expected.Tokens.TokenType, actual.Tokens.TokenType);
        Assert.Equal(expected.Device?.DeviceKey, actual.Device?.DeviceKey);
        Assert.Equal(expected.Device?.DeviceGroupKey, actual.Device?.DeviceGroupKey);
        Assert.Equal(expected.Device?.DevicePassword, actual.Device?.DevicePassword);
    }

    [Fact]
    public void Tokens_and_device_round_trip_through_the_public_JSON_context_with_ExpiresAt_to_the_millisecond_and_its_offset()
    {
        var tokens = new CognitoTokens(IdToken, AccessToken, RefreshToken, ExpiresAt);
        var json = JsonSerializer.Serialize(tokens, CognitoTypedJsonContext.Default.CognitoTokens);
        var back = JsonSerializer.Deserialize(json, CognitoTypedJsonContext.Default.CognitoTokens)!;

        Assert.Equal(ExpiresAt, back.ExpiresAt);
        Assert.Equal(ExpiresAt.Offset, back.ExpiresAt.Offset);
        Assert.Equal((IdToken, AccessToken, RefreshToken, "Bearer"), (back.IdToken, back.AccessToken, back.RefreshToken, back.TokenType));
        Assert.DoesNotContain("Username", json, StringComparison.Ordinal);

        var device = JsonSerializer.Deserialize(JsonSerializer.Serialize(Device(), CognitoTypedJsonContext.Default.CognitoDevice), CognitoTypedJsonContext.Default.CognitoDevice)!;
        Assert.Equal(("eu-west-1_device-key", "-group-key", DevicePassword), (device.DeviceKey, device.DeviceGroupKey, device.DevicePassword));
    }

    [Fact]
    public void Tokens_without_a_refresh_token_round_trip_as_null()
    {
        var json = JsonSerializer.Serialize(new CognitoTokens(IdToken, AccessToken, null, ExpiresAt), CognitoTypedJsonContext.Default.CognitoTokens);
        Assert.Null(JsonSerializer.Deserialize(json, CognitoTypedJsonContext.Default.CognitoTokens)!.RefreshToken);
    }

    [Fact]
    public async Task In_memory_store_saves_loads_and_clears_per_key()
    {
        var store = new InMemoryCognitoTokenStore();
        var alice = Entry("alice-refresh", Device());
        var bob = Entry("bob-refresh");

        await store.SaveAsync("pool/client/alice", alice);
        await store.SaveAsync("pool/client/bob", bob);

        AssertSameEntry(alice, await store.LoadAsync("pool/client/alice"));
        AssertSameEntry(bob, await store.LoadAsync("pool/client/bob"));
        await store.ClearAsync("pool/client/alice");
        Assert.Null(await store.LoadAsync("pool/client/alice"));
        Assert.NotNull(await store.LoadAsync("pool/client/bob"));
        await store.ClearAsync("never-saved");
    }

    [Fact]
    public async Task File_store_round_trips_tokens_and_device_across_instances_and_keeps_keys_apart()
    {
        var alice = Entry("alice-refresh", Device());
        var bob = Entry("bob-refresh");
        await new FileCognitoTokenStore(_directory).SaveAsync("pool/client/alice", alice);
        await new FileCognitoTokenStore(_directory).SaveAsync("pool/client/bob", bob);

        var restarted = new FileCognitoTokenStore(_directory);
        AssertSameEntry(alice, await restarted.LoadAsync("pool/client/alice"));
        AssertSameEntry(bob, await restarted.LoadAsync("pool/client/bob"));
        Assert.Null(await restarted.LoadAsync("pool/client/carol"));

        await restarted.ClearAsync("pool/client/alice");
        Assert.Null(await restarted.LoadAsync("pool/client/alice"));
        Assert.False(File.Exists(restarted.GetFilePath("pool/client/alice")));
        await restarted.ClearAsync("pool/client/alice");
    }

    [Fact]
    public async Task File_store_loads_nothing_from_a_directory_that_does_not_exist()
        => Assert.Null(await new FileCognitoTokenStore(_directory).LoadAsync("key"));

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("C:\\Windows\\win.ini")]
    [InlineData("a/b\0c")]
    [InlineData("")]
    public async Task File_store_names_files_by_the_keys_hash_never_by_the_key(string key)
    {
        var store = new FileCognitoTokenStore(_directory);
        var path = store.GetFilePath(key);

        Assert.Equal(store.Directory, Path.GetDirectoryName(path));
        Assert.Matches("^[0-9a-f]{64}\\.json$", Path.GetFileName(path));

        await store.SaveAsync(key, Entry());
        Assert.Equal([path], Directory.GetFiles(_directory));
        AssertSameEntry(Entry(), await store.LoadAsync(key));
    }

    [Fact]
    public async Task File_store_creates_entries_with_mode_0600_and_its_directory_with_0700_on_Unix()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var store = new FileCognitoTokenStore(_directory);
        await store.SaveAsync("key", Entry());
        await store.SaveAsync("key", Entry("rotated"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store.GetFilePath("key")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_directory));
    }

    [Fact]
    public async Task File_store_replaces_a_world_readable_entry_with_an_owner_only_one_on_Unix()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var store = new FileCognitoTokenStore(_directory);
        await store.SaveAsync("key", Entry());
        File.SetUnixFileMode(store.GetFilePath("key"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        await store.SaveAsync("key", Entry("rotated"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store.GetFilePath("key")));
    }

    [Theory]
    [InlineData("not json at all: secret-refresh-token")]
    [InlineData("{\"Tokens\":{\"IdToken\":\"eyJ-secret-id-token\",\"AccessToken\":\"\",\"RefreshToken\":\"secret-refresh-token\"}}")]
    [InlineData("{\"Tokens\":{\"IdToken\":\"eyJ-secret-id-token\",\"AccessToken\":\"eyJ-secret-access-token\",\"RefreshToken\":\"secret-refresh-token\",\"ExpiresAt\":\"2026-11-")]
    [InlineData("{\"Something\":\"else\"}")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public async Task File_store_treats_a_corrupt_or_foreign_file_as_absent_and_the_next_save_replaces_it(string content)
    {
        var store = new FileCognitoTokenStore(_directory);
        Directory.CreateDirectory(_directory);
        await File.WriteAllTextAsync(store.GetFilePath("key"), content);

        Assert.Null(await store.LoadAsync("key"));

        await store.SaveAsync("key", Entry());
        AssertSameEntry(Entry(), await store.LoadAsync("key"));
    }

    [Fact]
    public async Task File_store_does_not_read_a_file_larger_than_any_entry()
    {
        var store = new FileCognitoTokenStore(_directory);
        Directory.CreateDirectory(_directory);
        await File.WriteAllBytesAsync(store.GetFilePath("key"), new byte[FileCognitoTokenStore.MaxEntryBytes + 1]);

        Assert.Null(await store.LoadAsync("key"));
    }

    [Fact]
    public async Task File_store_save_that_fails_leaves_the_previous_entry_whole_and_no_temporary_file()
    {
        var store = new FileCognitoTokenStore(_directory);
        await store.SaveAsync("key", Entry("first"));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SaveAsync("key", Entry("second"), cancelled.Token).AsTask());

        Assert.Equal("first", (await store.LoadAsync("key"))!.Tokens.RefreshToken);
        Assert.Equal([store.GetFilePath("key")], Directory.GetFiles(_directory));
    }

    [Fact]
    public async Task File_store_saves_leave_only_the_entry_file_and_it_holds_the_last_save()
    {
        var store = new FileCognitoTokenStore(_directory);
        for (var i = 0; i < 5; i++)
        {
            await store.SaveAsync("key", Entry("refresh-" + i));
        }

        Assert.Equal([store.GetFilePath("key")], Directory.GetFiles(_directory));
        Assert.Equal("refresh-4", (await store.LoadAsync("key"))!.Tokens.RefreshToken);
    }

    [Fact]
    public void Stored_tokens_never_show_a_token_or_the_device_password_in_ToString()
    {
        var text = Entry(device: Device()).ToString();

        foreach (var secret in new[] { IdToken, AccessToken, RefreshToken, DevicePassword })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task File_store_writes_what_the_public_JSON_context_reads()
    {
        var store = new FileCognitoTokenStore(_directory);
        await store.SaveAsync("key", Entry(device: Device()));

        var json = await File.ReadAllBytesAsync(store.GetFilePath("key"));
        AssertSameEntry(Entry(device: Device()), JsonSerializer.Deserialize(json, CognitoTypedJsonContext.Default.CognitoStoredTokens));
        Assert.DoesNotContain("Username", Encoding.UTF8.GetString(json), StringComparison.Ordinal);
    }
}
