namespace MailMig.Fidelity.Cli.Regression;

/// <summary>The first source message (in source order) absent from a migrator's output: after a crash, the message it died on.</summary>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Index">The 1-based source index.</param>
/// <param name="Subject">The message's subject, from the ground truth.</param>
/// <param name="Faults">The faults the ground truth says the message carries (id and detail).</param>
public sealed record MissingMessage(string Mailbox, int Index, string Subject, IReadOnlyList<string> Faults)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"mailbox '{Mailbox}', message {Index} (\"{Subject}\"){(Faults.Count == 0 ? "" : ", faults: " + string.Join(", ", Faults))}";
}
