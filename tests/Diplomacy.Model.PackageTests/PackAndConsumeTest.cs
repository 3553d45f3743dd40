using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Xunit.Abstractions;

namespace Diplomacy.Model.PackageTests;

/// <summary>
/// The package works for a newcomer: `dotnet pack`, then a new console project that references
/// Diplomacy.Model from a local folder, calls AddDiplomacyModel, loads the bundled seeds and
/// round-trips JSON.
/// </summary>
[Trait("Category", "Package")]
public sealed class PackAndConsumeTest(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("diplomacy-pack-");

    [Fact]
    public void PackedLibrary_RestoresBuildsAndRunsInAFreshConsoleProject()
    {
        string root = RepositoryRoot();
        string feed = Path.Combine(work.FullName, "feed");
        // A version of its own, so no earlier package in the NuGet cache can stand in for this one.
        string version = $"0.1.0-pack.{DateTime.UtcNow:yyyyMMddHHmmssfff}";

        Run(root, "pack", "src/Diplomacy.Model/Diplomacy.Model.csproj", "-c", "Release", "-o", feed, $"-p:Version={version}", "--nologo");

        string package = Path.Combine(feed, $"Diplomacy.Model.{version}.nupkg");
        Assert.True(File.Exists(package), $"dotnet pack did not produce {package}");
        Assert.True(File.Exists(Path.Combine(feed, $"Diplomacy.Model.{version}.snupkg")), "no symbols package");
        using (var archive = ZipFile.OpenRead(package))
        {
            var entries = archive.Entries.Select(e => e.FullName).ToHashSet();
            Assert.Contains("lib/net10.0/Diplomacy.Model.dll", entries);
            Assert.Contains("lib/net10.0/Diplomacy.Model.xml", entries);
            Assert.Contains("schemas/incident.schema.json", entries);
            Assert.Contains("PACKAGE.md", entries);
        }

        string app = Path.Combine(work.FullName, "app");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local-feed" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Diplomacy.Model" Version="{version}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using Diplomacy.Model.Incidents;
            using Diplomacy.Model.Seeds;
            using Diplomacy.Model.Serialization;
            using Microsoft.Extensions.DependencyInjection;

            using var provider = new ServiceCollection().AddDiplomacyModel(o => o.IndentedJson = false).BuildServiceProvider();
            var seeds = provider.GetRequiredService<SeedLoader>().LoadBundled();
            var serializer = provider.GetRequiredService<IncidentJsonSerializer>();
            foreach (var seed in seeds)
            {
                var again = serializer.Deserialize<Report>(serializer.Serialize(seed.Report));
                Console.WriteLine($"{seed.Name} round-trips: {again.Equals(seed.Report)}");
            }
            Console.WriteLine($"schema bytes: {IncidentJsonSchema.Text.Length > 1000}");
            """);

        string stdout = Run(app, "run", "--nologo");

        Assert.Contains("000_4a349343ccaee4b6 round-trips: True", stdout);
        Assert.Contains("001_fed66e88e93c876f round-trips: True", stdout);
        Assert.Contains("schema bytes: True", stdout);
    }

    public void Dispose()
    {
        try
        {
            work.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the test result is what matters.
        }
    }

    private string Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // The repository's CI settings (locked restore) are for its own projects, not the consumer's.
        start.Environment.Remove("CI");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => stdout.AppendLine(e.Data);
        process.ErrorDataReceived += (_, e) => stderr.AppendLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in 5 minutes");
        }
        process.WaitForExit();
        output.WriteLine($"$ dotnet {string.Join(' ', arguments)}\n{stdout}{stderr}");
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{stdout}\n{stderr}");
        return stdout.ToString();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Diplomacy.Model.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (the folder holding Diplomacy.Model.sln) was not found above " + AppContext.BaseDirectory);
    }
}
