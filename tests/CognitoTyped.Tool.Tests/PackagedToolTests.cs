using System.Globalization;
using System.Text.Json.Nodes;
using CognitoTyped.Emulator;
using CognitoTyped.IdentityProvider;
using CognitoTyped.Tool.Tests.Infrastructure;

namespace CognitoTyped.Tool.Tests;

/// <summary>
/// The tool as users get it: packed as a nupkg, installed with <c>dotnet tool install --tool-path</c> from a local feed, run as
/// <c>cognito-typed</c> in its own process with credentials from the environment (AWS's default chain).
/// </summary>
public sealed class PackagedToolTests(ToolFixture emulator) : IClassFixture<ToolFixture>
{
    [Fact]
    public async Task The_packed_tool_installs_and_pulls_a_pool_with_credentials_from_the_environment()
    {
        var version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var feed = Directory.CreateTempSubdirectory("cognito-typed-feed-").FullName;
        var toolPath = Directory.CreateTempSubdirectory("cognito-typed-tools-").FullName;
        try
        {
            var pack = await ChildProcess.RunAsync("dotnet", ["pack", Path.Combine(RepositoryPaths.Root, "src", "CognitoTyped.Tool", "CognitoTyped.Tool.csproj"), "-c", "Release", "-o", feed, "-p:Version=" + version, "-nologo"], RepositoryPaths.Root, TimeSpan.FromMinutes(15));
            Assert.True(pack.ExitCode == 0, pack.Output);
            Assert.True(File.Exists(Path.Combine(feed, $"CognitoTyped.Tool.{version}.nupkg")), pack.Output);

            var install = await ChildProcess.RunAsync("dotnet", ["tool", "install", "--tool-path", toolPath, "--add-source", feed, "CognitoTyped.Tool", "--version", version], toolPath, TimeSpan.FromMinutes(5));
            Assert.True(install.ExitCode == 0, install.Output);

            var pool = await emulator.Admin.CreateUserPoolAsync(new CreateUserPoolRequest { PoolName = "packaged", Schema = [new SchemaAttributeType { Name = "plan", AttributeDataType = "String" }] });
            await emulator.Admin.CreateUserPoolClientAsync(new CreateUserPoolClientRequest { UserPoolId = pool.UserPool!.Id, ClientName = "Web" });

            var start = new System.Diagnostics.ProcessStartInfo(Path.Combine(toolPath, "cognito-typed"))
            {
                WorkingDirectory = toolPath,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "pull", "--user-pool-id", pool.UserPool.Id!, "--endpoint", emulator.Url.ToString(), "--output", "-" })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["AWS_ACCESS_KEY_ID"] = "local";
            start.Environment["AWS_SECRET_ACCESS_KEY"] = "local";
            start.Environment["AWS_REGION"] = "local";
            using var process = System.Diagnostics.Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

            Assert.True(process.ExitCode == 0, await stdout + await stderr);
            var written = JsonNode.Parse(await stdout)!;
            Assert.Equal("packaged", written["UserPools"]![0]!["Name"]!.GetValue<string>());
            Assert.Equal("custom:plan", written["UserPools"]![0]!["Schema"]![0]!["Name"]!.GetValue<string>());
            Assert.Equal("Web", written["UserPools"]![0]!["Clients"]![0]!["ClientName"]!.GetValue<string>());
        }
        finally
        {
            foreach (var folder in new[] { feed, toolPath })
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                }
            }

            // The unique test version must not pile up in the NuGet cache.
            var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            try
            {
                Directory.Delete(Path.Combine(cache, "cognitotyped.tool", version), recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
