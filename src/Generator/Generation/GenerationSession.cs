using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.Planning;
using MailMig.Fidelity.Generator.PostOffices;

namespace MailMig.Fidelity.Generator.Generation;

/// <summary>A planned post office whose messages can be enumerated mailbox by mailbox without writing any bytes.</summary>
public sealed class GenerationSession
{
    private readonly int _lastUser;
    private readonly MailboxBuilder _mailboxes;

    private GenerationSession(GenerationSettings settings)
    {
        Settings = settings;
        PostOffice = PostOfficeFactory.Create(settings.Seed, settings.Users, settings.CodePage, settings.TimeZoneId, settings.Faults);
        Calendar = new ZoneCalendar(PostOffice.TimeZone, GenerationSettings.Years.First, GenerationSettings.Years.Last);
        Plan = Planner.Create(settings, PostOffice);
        _lastUser = Enumerable.Range(0, Plan.Copies.Length).LastOrDefault(u => Plan.Copies[u].Count > 0);
        _mailboxes = NewMailboxBuilder();
    }

    /// <summary>The resolved settings.</summary>
    public GenerationSettings Settings { get; }

    /// <summary>The post office.</summary>
    public GeneratedPostOffice PostOffice { get; }

    /// <summary>The post office's calendar.</summary>
    public ZoneCalendar Calendar { get; }

    /// <summary>The plan.</summary>
    public MailPlan Plan { get; }

    /// <summary>Resolves <paramref name="options"/> and plans the post office.</summary>
    public static GenerationSession Create(GeneratorOptions options) => new(GenerationSettings.Resolve(options));

    /// <summary>The messages of <paramref name="user"/>'s mailbox in source order, each built when asked for.</summary>
    public IEnumerable<GeneratedCopy> Mailbox(LocalUser user) => _mailboxes.Mailbox(user);

    /// <summary>A builder of its own for another thread: the same copies as <see cref="Mailbox"/>.</summary>
    internal MailboxBuilder NewMailboxBuilder() => new(Settings, PostOffice, Plan, Calendar, _lastUser);
}
