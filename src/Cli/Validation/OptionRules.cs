/*
 * Validators attached to options, so every option is checked while the command line is parsed,
 * before any command starts work. Each error is one line naming the option, the value and what is
 * wrong: "--out '/tmp/a.txt' is a file, not a folder". Validators run only for options given.
 */
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using MailMig.Fidelity.Cli.Imap;
using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Migrator.Output;

namespace MailMig.Fidelity.Cli.Validation;

/// <summary>Adds validators to options: paths, domains, mapping tables, positive numbers and command templates.</summary>
public static class OptionRules
{
    /// <summary>The option names a folder that exists and is writable, or that can be created.</summary>
    public static TOption MustBeWritableFolder<TOption>(this TOption option) where TOption : Option => option.MustBe(PathRules.WritableFolder);

    /// <summary>The option names an existing folder.</summary>
    public static TOption MustBeExistingFolder<TOption>(this TOption option) where TOption : Option => option.MustBe(PathRules.ExistingFolder);

    /// <summary>The option names a folder or nothing yet, but not a file.</summary>
    public static TOption MustNotBeAFile<TOption>(this TOption option) where TOption : Option => option.MustBe(PathRules.FolderOrMissing);

    /// <summary>The option names a readable file.</summary>
    public static TOption MustBeReadableFile<TOption>(this TOption option) where TOption : Option => option.MustBe(PathRules.ReadableFile);

    /// <summary>The option names an existing file or folder.</summary>
    public static TOption MustExist<TOption>(this TOption option) where TOption : Option => option.MustBe(PathRules.ExistingFileOrFolder);

    /// <summary>The option is an Internet domain name.</summary>
    public static TOption MustBeDomainName<TOption>(this TOption option) where TOption : Option => option.MustBe(DomainName.Problem);

    /// <summary>The option names a readable, well-formed address mapping table.</summary>
    public static TOption MustBeMappingFile<TOption>(this TOption option) where TOption : Option => option.MustBe(MappingFile.Problem);

    /// <summary>The option is a migrator command template: well-formed, known placeholders, a program that exists.</summary>
    public static TOption MustBeCommandTemplate<TOption>(this TOption option) where TOption : Option => option.MustBe(TemplateProblem);

    /// <summary>The option is one of <paramref name="formats"/> or a mail server URL (<c>imap://user:password@host:port/</c>); errors show a URL without its password.</summary>
    public static TOption MustBeFormatOrServer<TOption>(this TOption option, params string[] formats) where TOption : Option =>
        option.MustBeShown(value => ImapEndpoint.IsServerUrl(value) ? ServerProblem(value)
            : formats.Contains(value, StringComparer.Ordinal) ? null
            : $"is not a target: use {string.Join(", ", formats)} or imap://user:password@host:port/");

    /// <summary>The option names an existing folder or a mail server URL; errors show a URL without its password.</summary>
    public static TOption MustBeFolderOrServer<TOption>(this TOption option) where TOption : Option =>
        option.MustBeShown(value => ImapEndpoint.IsServerUrl(value) ? ServerProblem(value) : PathRules.ExistingFolder(value));

    /// <summary>The (whole-number) option is more than zero <paramref name="unit"/>.</summary>
    public static TOption MustBePositive<TOption>(this TOption option, string unit) where TOption : Option
    {
        option.Validators.Add(result =>
        {
            if (TryGetValue(result, out int value) && value <= 0)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be more than 0 {unit}, not {value}"));
            }
        });
        return option;
    }

    /// <summary>Adds a validator that reports <paramref name="problem"/> of the option's text value as "option 'value' problem".</summary>
    public static TOption MustBe<TOption>(this TOption option, Func<string, string?> problem) where TOption : Option
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            if (TryGetValue(result, out string? value) && value is not null && problem(value) is { } found)
            {
                result.AddError($"{option.Name} '{value}' {found}");
            }
        });
        return option;
    }

    private static TOption MustBeShown<TOption>(this TOption option, Func<string, string?> problem) where TOption : Option
    {
        option.Validators.Add(result =>
        {
            if (TryGetValue(result, out string? value) && value is not null && problem(value) is { } found)
            {
                result.AddError($"{option.Name} '{(ImapEndpoint.IsServerUrl(value) ? ImapUrls.WithoutPassword(value) : value)}' {found}");
            }
        });
        return option;
    }

    private static string? ServerProblem(string url)
    {
        try
        {
            ImapEndpoint.Parse(url);
            return null;
        }
        catch (FormatException e)
        {
            return "is " + e.Message;
        }
    }

    private static string? TemplateProblem(string text)
    {
        CommandTemplate template;
        try
        {
            template = CommandTemplate.Parse(text);
        }
        catch (ArgumentException e)
        {
            return "is not a usable command: " + e.Message.Replace(" (Parameter 'text')", "", StringComparison.Ordinal);
        }

        return template.Problem() ?? ProgramLocator.Problem(template.Program);
    }

    private static bool TryGetValue<T>(OptionResult result, out T? value)
    {
        try
        {
            value = result.GetValueOrDefault<T>();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = default;
            return false;
        }
    }
}
