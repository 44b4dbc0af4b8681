using System.CommandLine;
using System.Globalization;
using MailMig.Fidelity.Cli.Validation;
using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Generator.Profiles;
using Spectre.Console;

namespace MailMig.Fidelity.Cli.Commands;

/// <summary>The <c>generate</c> command: a seeded post office with faults, its manifest and generation.json.</summary>
public static class GenerateCommand
{
    /// <summary>The exit code for options that cannot be generated.</summary>
    public const int UsageError = 2;

    /// <summary>Messages above which a progress bar is worth showing (interactive consoles only).</summary>
    private const int ProgressThreshold = 20_000;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var seed = new Option<int>("--seed") { Description = "The run seed; the same options and seed give byte-identical output.", DefaultValueFactory = _ => 42 };
        var profile = new Option<string>("--profile")
        {
            Description = $"The profile: {string.Join(", ", ProfileCatalog.All.Select(p => p.Name))}.", DefaultValueFactory = _ => "realistic",
        };
        var users = new Option<int?>("--users") { Description = "The number of users (mailboxes); the profile's default when absent." };
        var messages = new Option<int?>("--messages") { Description = "The total number of messages in the post office; the profile's default when absent." };
        var faults = new Option<string?>("--faults") { Description = "Comma-separated fault ids (docs/fault-catalog.md), 'all' or 'none'; each is injected at least once." };
        var faultRate = new Option<string?>("--fault-rate") { Description = "Also spray each selected fault on every other message with this probability (0 to 1)." };
        var format = new Option<string>("--format") { Description = "Comma-separated outputs: db8, export.", DefaultValueFactory = _ => "db8,export" };
        var codePage = new Option<int?>("--code-page") { Description = "The post office code page: 437, 850 or 932; the profile and seed choose when absent." };
        var timeZone = new Option<string?>("--time-zone") { Description = "The post office's IANA time zone; one fitting the code page when absent." };
        var output = new Option<string>("--out") { Description = "The output folder (must be empty unless --force).", Required = true }.MustBeWritableFolder();
        var personalData = new Option<bool>("--personal-data") { Description = "Also generate bulletin boards, personal mailing lists and address books (docs/formats/personal-data.md)." };
        var force = new Option<bool>("--force") { Description = "Replace what an earlier run generated in the output folder." };
        var parallelism = new Option<int?>("--parallelism") { Description = "Threads generating at once, 1 to 64: one writes, the others build messages (default 2 on two cores or more; 1: one thread; the output is the same at any value)." };

        var command = new Command("generate", "Generate a synthetic cc:Mail post office with faults and its ground-truth manifest.");
        foreach (var option in new Option[] { seed, profile, users, messages, faults, faultRate, format, codePage, timeZone, personalData, output, force, parallelism })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var error = r.InvocationConfiguration.Error;
            var stdout = r.InvocationConfiguration.Output;
            try
            {
                var options = new GeneratorOptions
                {
                    Seed = r.GetValue(seed), Profile = r.GetValue(profile)!, Users = r.GetValue(users), Messages = r.GetValue(messages),
                    Faults = r.GetValue(faults)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                    FaultRate = ParseRate(r.GetValue(faultRate)), Formats = ParseFormats(r.GetValue(format)!),
                    CodePage = r.GetValue(codePage), TimeZoneId = r.GetValue(timeZone), PersonalData = r.GetValue(personalData),
                    Parallelism = r.GetValue(parallelism),
                };
                var settings = GenerationSettings.Resolve(options);
                var folder = r.GetValue(output)!;
                var result = await Run(options, folder, r.GetValue(force), settings.Messages, ct);
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"generated {result.Messages} messages in {result.Settings.Users} mailboxes of post office {result.PostOffice} ({result.Settings.Profile.Name}, seed {result.Settings.Seed}) in {folder}"));
                return 0;
            }
            catch (GeneratorUsageException e)
            {
                await error.WriteLineAsync($"error: {e.Message}");
                return UsageError;
            }
        });
        return command;
    }

    private static Task<GenerationResult> Run(GeneratorOptions options, string folder, bool force, int total, CancellationToken ct)
    {
        if (total < ProgressThreshold || Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return Task.Run(() => PostOfficeGenerator.Generate(options, folder, force, null, ct), ct);
        }

        return AnsiConsole.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("generating", maxValue: total);
            return await Task.Run(() => PostOfficeGenerator.Generate(options, folder, force, (done, _) => task.Value = done, ct), ct);
        });
    }

    private static double? ParseRate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate)
            ? rate
            : throw new GeneratorUsageException($"--fault-rate must be a number between 0 and 1 such as 0.01, not '{text}'");
    }

    private static IReadOnlyList<OutputFormat> ParseFormats(string text) =>
        text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(f => f.ToLowerInvariant() switch
        {
            "db8" => OutputFormat.Db8,
            "export" => OutputFormat.Export,
            _ => throw new GeneratorUsageException($"unknown format '{f}'; valid formats: db8, export"),
        }).Distinct().ToArray();
}
