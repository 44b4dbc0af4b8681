// Why: X-MailMig-Repairs lists each repair id once, in the order applied (output.md, "Repairs").
namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Mime;

/// <summary>Repair ids in the order applied, each kept once.</summary>
public sealed class RepairList
{
    private readonly List<string> _ids = [];

    /// <summary>The ids in order.</summary>
    public IReadOnlyList<string> Ids => _ids;

    /// <summary>Adds <paramref name="id"/> unless it is listed already.</summary>
    public void Add(string id)
    {
        if (!_ids.Contains(id))
        {
            _ids.Add(id);
        }
    }
}
