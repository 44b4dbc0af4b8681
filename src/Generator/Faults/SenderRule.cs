namespace MailMig.Fidelity.Generator.Faults;

/// <summary>Who must send an event carrying a fault, so the fault is visible where the manifest says it is.</summary>
public enum SenderRule
{
    /// <summary>Anyone: the fault does not care.</summary>
    Any,

    /// <summary>Someone outside the post office: the fault writes the From line itself, so the event is incoming mail.</summary>
    FromOutside,

    /// <summary>A local user: the fault shows only in the sender's own copy (Bcc, RRT), so the event is sent mail.</summary>
    FromLocalUser,
}
