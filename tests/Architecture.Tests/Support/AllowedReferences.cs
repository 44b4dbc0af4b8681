namespace MailMig.Fidelity.Architecture.Tests.Support;

/*
 * The one table of which src/ project may reference which (docs/architecture.md, "Project
 * references"). Cli wires everything together; the Generator and the Migrator build on CcMail;
 * CcMail stands alone; the Comparer stands alone on purpose: it is the oracle, and an oracle that
 * shared the Migrator's or CcMail's code could repeat their bugs and call them right.
 */

/// <summary>The src/ projects and, for each, the projects of ours it is allowed to reference.</summary>
public static class AllowedReferences
{
    /// <summary>Project name (the folder under src/) to the names it may reference.</summary>
    public static IReadOnlyDictionary<string, string[]> Table { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["CcMail"] = [],
        ["Generator"] = ["CcMail"],
        ["Migrator"] = ["CcMail"],
        ["Comparer"] = [],
        ["Cli"] = ["CcMail", "Generator", "Migrator", "Comparer"],
    };

    /// <summary>The project names, as theory data.</summary>
    public static TheoryData<string> Projects => [.. Table.Keys];

    /// <summary>The root namespace and assembly name of a project: <c>MailMig.Fidelity.&lt;Project&gt;</c>.</summary>
    public static string NamespaceOf(string project) => "MailMig.Fidelity." + project;

    /// <summary>The projects of ours <paramref name="project"/> must not reference.</summary>
    public static string[] ForbiddenFor(string project) =>
        [.. Table.Keys.Where(other => other != project && !Table[project].Contains(other))];
}
