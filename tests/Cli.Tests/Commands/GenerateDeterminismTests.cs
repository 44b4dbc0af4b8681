using System.Diagnostics;
using MailMig.Fidelity.Cli.Tests.Support;
using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Generator.Output;

namespace MailMig.Fidelity.Cli.Tests.Commands;

/// <summary>The generator's bytes do not depend on the machine's time zone or culture: a child process under others writes the same files.</summary>
public sealed class GenerateDeterminismTests
{
    [Theory]
    [InlineData("Asia/Kolkata", "tr_TR.UTF-8")]
    [InlineData("Pacific/Chatham", "ja_JP.UTF-8")]
    public async Task GenerateUnderAnotherTimeZoneAndCultureWritesTheSameBytes(string timeZone, string locale)
    {
        using var work = new TempFolder();
        var here = Path.Combine(work.Path, "here");
        var there = Path.Combine(work.Path, "there");
        PostOfficeGenerator.Generate(new GeneratorOptions { Seed = 77, Profile = "minimal", Users = 3, Messages = 90 }, here);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { RepositoryPaths.Cli, "generate", "--seed", "77", "--profile", "minimal", "--users", "3", "--messages", "90", "--out", there })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TZ"] = timeZone;
        start.Environment["LANG"] = locale;
        start.Environment["LC_ALL"] = locale;
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, error);
        Assert.Equal(FileDigest.Of(here), FileDigest.Of(there));
    }
}
