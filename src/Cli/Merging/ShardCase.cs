using System.Text.Json.Nodes;
using System.Xml.Linq;
using MailMig.Fidelity.Cli.Regression;

namespace MailMig.Fidelity.Cli.Merging;

/// <summary>One case of a shard's run reports, in the three forms the run-level files are written from.</summary>
/// <param name="Row">What the text summary and HTML index show.</param>
/// <param name="Summary">Its summary.json object, as the shard wrote it.</param>
/// <param name="TestCase">Its JUnit test case, as the shard wrote it.</param>
public sealed record ShardCase(RunRow Row, JsonObject Summary, XElement TestCase);
