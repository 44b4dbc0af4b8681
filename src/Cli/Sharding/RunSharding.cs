/*
 * The sharding options of `run` in one place, so the run command only asks two questions: which
 * cases are mine, and is this a listing. Durations are read from the corpora folder the run uses
 * and, with --record-durations, written back after the run.
 */
using System.CommandLine;
using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Validation;

namespace MailMig.Fidelity.Cli.Sharding;

/// <summary>The <c>--list</c>, <c>--json</c>, <c>--shard</c> and <c>--record-durations</c> options of <c>run</c>.</summary>
public sealed class RunSharding
{
    private readonly Option<bool> _list = new("--list") { Description = "Print the cases this run (or shard) would run, one a line, and run nothing." };
    private readonly Option<bool> _json = new("--json") { Description = "With --list: print the cases as JSON, with what each guards and its planned seconds." };
    private readonly Option<string?> _shard = new Option<string?>("--shard") { Description = "Run only part K of N (e.g. 2/4) of the cases, balanced by corpora/durations.json; every case is in exactly one part." }.MustBe(ShardSpec.Problem);
    private readonly Option<bool> _record = new("--record-durations") { Description = "After the run, write how long each case took into corpora/durations.json (what --shard balances by)." };

    /// <summary>Adds the options and their rules to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { _list, _json, _shard, _record })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetValue(_json) && !result.GetValue(_list))
            {
                result.AddError("--json only applies to --list: add --list, or drop --json");
            }

            if (result.GetValue(_record) && result.GetValue(_list))
            {
                result.AddError("--record-durations needs a run: drop --list, or drop --record-durations");
            }
        });
    }

    /// <summary>What the parsed command line asks for.</summary>
    public ShardRequest Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var shard = parse.GetValue(_shard);
        return new ShardRequest(parse.GetValue(_list), parse.GetValue(_json), shard is null ? null : ShardSpec.Parse(shard), parse.GetValue(_record));
    }
}
