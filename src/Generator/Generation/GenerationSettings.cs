using System.Globalization;
using MailMig.Fidelity.CcMail.Text;
using MailMig.Fidelity.Generator.Faults;
using MailMig.Fidelity.Generator.PostOffices;
using MailMig.Fidelity.Generator.Profiles;

namespace MailMig.Fidelity.Generator.Generation;

/// <summary>Options resolved against the profile: every size, fault and format decided and checked.</summary>
public sealed class GenerationSettings
{
    /// <summary>The most users a post office can have.</summary>
    public const int MaxUsers = 100_000;

    /// <summary>The most messages one run can generate.</summary>
    public const int MaxMessages = 100_000_000;

    /// <summary>The most threads that build messages at once.</summary>
    public const int MaxParallelism = 64;

    /// <summary>The first and last years of generated dates.</summary>
    public static readonly (int First, int Last) Years = (1996, 2001);

    private GenerationSettings(GeneratorOptions options, Profile profile)
    {
        Options = options;
        Profile = profile;
    }

    /// <summary>The options as given.</summary>
    public GeneratorOptions Options { get; }

    /// <summary>The run seed.</summary>
    public int Seed => Options.Seed;

    /// <summary>The profile.</summary>
    public Profile Profile { get; }

    /// <summary>The number of users.</summary>
    public int Users { get; private init; }

    /// <summary>The total number of messages.</summary>
    public int Messages { get; private init; }

    /// <summary>The faults to inject, each at least once.</summary>
    public FaultSet Faults { get; private init; }

    /// <summary>The rate at which selected faults are also sprayed.</summary>
    public double FaultRate { get; private init; }

    /// <summary>The formats to write, in a fixed order (db8, export).</summary>
    public IReadOnlyList<OutputFormat> Formats { get; private init; } = [];

    /// <summary>The post office code page.</summary>
    public int CodePage { get; private init; }

    /// <summary>The post office time zone.</summary>
    public string TimeZoneId { get; private init; } = "UTC";

    /// <summary>The threads that generate at once: the calling thread writes, the others build (1: the calling thread alone; default 2 when there are two cores, since Bogus's static lock makes more builders wait); the bytes are the same at any value.</summary>
    public int Parallelism => Options.Parallelism ?? Math.Min(Environment.ProcessorCount, 2);

    /// <summary>Whether <paramref name="format"/> is written.</summary>
    public bool Writes(OutputFormat format) => Formats.Contains(format);

    /// <summary>Whether bulletin boards, mailing lists and address books are generated: asked for, or needed by a selected fault.</summary>
    public bool PersonalData => Options.PersonalData || Faults.Faults.Any(f => f.Type.NeedsPersonalData);

    /// <summary>Resolves <paramref name="options"/>; throws <see cref="GeneratorUsageException"/> with what is valid when they cannot be generated.</summary>
    public static GenerationSettings Resolve(GeneratorOptions options)
    {
        var profile = ProfileCatalog.Find(options.Profile)
            ?? throw new GeneratorUsageException(
                $"unknown profile '{options.Profile}'; valid profiles: {string.Join(", ", ProfileCatalog.All.Select(p => p.Name))}");
        var users = options.Users ?? profile.DefaultUsers;
        var messages = options.Messages ?? profile.DefaultMessages;
        CheckCounts(users, messages, options.Parallelism);
        var rate = options.FaultRate ?? 0.0;
        if (!(rate >= 0.0 && rate <= 1.0))
        {
            throw new GeneratorUsageException($"--fault-rate must be between 0 and 1, not {rate.ToString(CultureInfo.InvariantCulture)}");
        }

        if (options.Formats.Count == 0)
        {
            throw new GeneratorUsageException("--format needs at least one of: db8, export");
        }

        var codePage = options.CodePage ?? profile.DefaultCodePage ?? PickCodePage(options.Seed);
        if (!CodePages.IsSupported(codePage))
        {
            throw new GeneratorUsageException($"--code-page must be one of {string.Join(", ", CodePages.Supported)}, not {codePage}");
        }

        var zones = PostOfficeFactory.ZonesFor(codePage);
        var zoneId = options.TimeZoneId ?? zones[(int)((uint)Randomness.SeedMixer.Derive(options.Seed, Randomness.SeedStream.PostOffice, 1) % (uint)zones.Count)];
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            throw new GeneratorUsageException($"unknown time zone '{zoneId}'; use an IANA id such as America/New_York, Europe/Berlin or Asia/Tokyo");
        }

        var formats = new[] { OutputFormat.Db8, OutputFormat.Export }.Where(options.Formats.Contains).ToArray();
        var settings = new GenerationSettings(options, profile)
        {
            Users = users, Messages = messages, FaultRate = rate, Formats = formats, CodePage = codePage, TimeZoneId = zoneId,
        };
        var faults = settings.SelectFaults(options.Faults ?? profile.DefaultFaults, zone);
        settings = new GenerationSettings(options, profile)
        {
            Users = users, Messages = messages, FaultRate = rate, Formats = formats, CodePage = codePage, TimeZoneId = zoneId, Faults = faults,
        };
        var needed = settings.MinimumMessages();
        if (messages < needed)
        {
            throw new GeneratorUsageException(
                $"--messages {messages} is too few for the selected faults and profile: at least {needed} are needed");
        }

        return settings;
    }

    // The sizes and the thread count, each within its range.
    private static void CheckCounts(int users, int messages, int? parallelism)
    {
        if (users < 1 || users > MaxUsers)
        {
            throw new GeneratorUsageException($"--users must be between 1 and {MaxUsers}, not {users}");
        }

        if (messages < 1 || messages > MaxMessages)
        {
            throw new GeneratorUsageException($"--messages must be between 1 and {MaxMessages}, not {messages}");
        }

        if (parallelism is < 1 or > MaxParallelism)
        {
            throw new GeneratorUsageException($"--parallelism must be between 1 and {MaxParallelism}, not {parallelism}");
        }
    }

    /// <summary>Why <paramref name="fault"/> cannot be injected with these outputs, code page and zone, or null when it can.</summary>
    public string? WhyNotApplicable(FaultDescriptor fault, TimeZoneInfo zone)
    {
        if (fault.Where == FaultWhere.Export && !Writes(OutputFormat.Export))
        {
            return "it is injected in export bytes; add export to --format";
        }

        if (fault.Where == FaultWhere.Db8 && !Writes(OutputFormat.Db8))
        {
            return "it is injected in DB8 bytes; add db8 to --format";
        }

        if (fault.NeedsDbcs == true && CodePage != 932)
        {
            return "it needs a code page 932 post office (--code-page 932)";
        }

        if (fault.NeedsDbcs == false && CodePage == 932)
        {
            return "it needs a code page 437 or 850 post office";
        }

        if (fault.NeedsDst && !new Content.ZoneCalendar(zone, Years.First, Years.Last).HasDst())
        {
            return $"the time zone {zone.Id} has no daylight saving time in the generated years";
        }

        return null;
    }

    /// <summary>The fewest messages that can carry the selected faults and the profile's coverage.</summary>
    public int MinimumMessages()
    {
        var eventTargets = Faults.Faults.Where(f => f.Scope == FaultScope.Event).Sum(f => f.Type.Targets(Profile));
        var copyTargets = Faults.Faults.Where(f => f.Scope == FaultScope.Copy).Sum(f => f.TargetCount);
        return Math.Max(1, Math.Max(eventTargets + 1, copyTargets + 1));
    }

    private FaultSet SelectFaults(IReadOnlyList<string> ids, TimeZoneInfo zone)
    {
        var selected = FaultSet.None;
        foreach (var id in ids.Select(i => i.Trim()).Where(i => i.Length > 0))
        {
            if (id.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (id.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                selected = selected.Union(FaultSet.Of(FaultCatalog.All.Where(f => f.InAll && WhyNotApplicable(f, zone) is null)));
                continue;
            }

            var fault = FaultCatalog.Find(id)
                ?? throw new GeneratorUsageException(
                    $"unknown fault id '{id}'; valid ids: all, none, {string.Join(", ", FaultCatalog.All.Select(f => f.Id))}");
            var why = WhyNotApplicable(fault, zone);
            if (why is not null)
            {
                throw new GeneratorUsageException($"fault '{id}' cannot be injected here: {why}");
            }

            selected = selected.With(fault);
        }

        return selected;
    }

    private static int PickCodePage(int seed)
    {
        var roll = Randomness.SeedMixer.Unit(seed, Randomness.SeedStream.PostOffice, 2);
        return roll < 0.3 ? 437 : roll < 0.85 ? 850 : 932;
    }
}
