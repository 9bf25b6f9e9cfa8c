using System.Reflection;
using Extract.Generators.Tests.Support;

namespace Extract.Generators.Tests.Packaging;

/// <summary>
/// What a .NET developer does: pack Extract, add it to a fresh console app whose only package source
/// is that folder, drop a rule file in, build, run — then break the rule and see the build fail at
/// the rule's line.
/// </summary>
public class PackagedConsumerTests
{
    private const string Rule = "X سيطر على Y";

    [Fact]
    public void A_fresh_console_app_compiles_a_rule_file_into_a_typed_pack()
    {
        var root = Shell.RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("extract-consumer-");
        try
        {
            var feed = Path.Combine(work.FullName, "feed");
            var version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
            var configuration = typeof(PackagedConsumerTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var pack = Shell.Dotnet(root, "pack", "generators/Extract.Package/Extract.Package.csproj", "-c", configuration, "-o", feed, "-p:PackageVersion=" + version);
            Assert.True(pack.ExitCode == 0, "dotnet pack failed: " + pack);

            var created = Shell.Dotnet(work.FullName, "new", "console", "-n", "App", "-o", "app");
            Assert.True(created.ExitCode == 0, "dotnet new console failed: " + created);
            var app = Path.Combine(work.FullName, "app");
            File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                  <config>
                    <add key="globalPackagesFolder" value="{Path.Combine(work.FullName, "packages")}" />
                  </config>
                </configuration>
                """);
            var added = Shell.Dotnet(app, "add", "package", "Extract", "--version", version);
            Assert.True(added.ExitCode == 0, "dotnet add package failed: " + added);

            Directory.CreateDirectory(Path.Combine(app, "rules"));
            var ruleFile = Path.Combine(app, "rules", "demo.rules");
            File.WriteAllText(ruleFile, "pack Demo\n" + Rule + "\n");
            File.WriteAllText(Path.Combine(app, "Program.cs"), """
                foreach (var relation in App.DemoPack.Instance.Match("قالت المصادر إن الجيش سيطر على المدينة."))
                    System.Console.WriteLine(relation);
                """);
            var built = Shell.Dotnet(app, "build", "-c", "Release");
            Assert.True(built.ExitCode == 0, "dotnet build failed: " + built);
            var run = Shell.Dotnet(app, "run", "--no-build", "-c", "Release");
            Assert.True(run.ExitCode == 0, "dotnet run failed: " + run);
            Assert.Equal("Match(X: \"الجيش\" [16..21], Y: \"المدينة\" [31..38])", run.Output.Trim());

            File.WriteAllText(ruleFile, "pack Demo\n" + "X سيطر على Y:Forse\n");
            var broken = Shell.Dotnet(app, "build", "-c", "Release");
            Assert.NotEqual(0, broken.ExitCode);
            Assert.Matches(@"rules[/\\]demo\.rules\(2,\d+\): error EXT\d{4}", broken.Output);
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
