namespace MailMig.Fidelity.Comparer.Tests.Support;

/// <summary>The changes a migration bug makes to one message, each with the projection field it must be reported under.</summary>
internal static class Mutations
{
    public static IReadOnlyDictionary<string, (Action<OutputMessageBuilder> Apply, string Field)> All { get; } =
        new Dictionary<string, (Action<OutputMessageBuilder>, string)>
        {
            ["changed header"] = (m => m.Subject = "Quarterly numbers (2)", "subject"),
            ["lost recipient"] = (m => m.To.RemoveAt(1), "to"),
            ["changed attachment byte"] = (m => m.Attachments[0] = m.Attachments[0] with { Bytes = [1, 2, 4] }, "attachments"),
            ["wrong folder"] = (m => m.Folder = "Trash", "folder"),
            ["wrong date"] = (m => m.Date = m.Date!.Value.AddHours(1), "date"),
            ["lost read state"] = (m => m.Read = !m.Read, "read"),
            ["changed address type"] = (m => m.To[1] = TestAddress.Smtp("Guy Good", "guygood@attmail.example"), "to"),
        };

    public static TheoryData<string> Names() => new(All.Keys);

    public static OutputMessageBuilder Baseline(int index = 17)
    {
        var message = OutputMessageBuilder.Numbered(index);
        message.Subject = "Quarterly numbers";
        message.Attachments.Add(new TestAttachment("REPORT.XLS", [1, 2, 3]));
        return message;
    }
}
