using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Regression;

/// <summary><c>accept --run</c> reads a run's folder, which a candidate could reach, as untrusted: it never follows a link or opens a FIFO there.</summary>
public sealed class RunAcceptorTests : IDisposable
{
    private const string Case = "a-case";
    private readonly TempFolder _root = new();

    public RunAcceptorTests()
    {
        Directory.CreateDirectory(Verified);
        Directory.CreateDirectory(Path.Combine(CaseWork, RunAcceptance.SnapshotsFolder, "Ann"));
    }

    private string Report => Path.Combine(_root.Path, "report");

    private string CaseFolder => Path.Combine(_root.Path, "corpora", Case);

    private string CaseWork => Path.Combine(Report, "work", Case);

    private string Verified => Path.Combine(CaseFolder, CorpusCase.VerifiedFolderName);

    private string Received(string name) => Path.Combine(CaseWork, RunAcceptance.SnapshotsFolder, "Ann", name);

    [Fact]
    public void AcceptRunRefusesASymbolicLinkAmongTheReceivedSnapshotsAndAcceptsNothing()
    {
        new RunAcceptance(Case, CaseFolder, Acceptable: true, Reason: null).Save(CaseWork);
        File.WriteAllText(Received("000001.received.txt"), "changed\n");
        var secret = Path.Combine(_root.Path, "secret.txt");
        File.WriteAllText(secret, "not a snapshot\n");
        File.CreateSymbolicLink(Received("000002.received.txt"), secret);

        var error = Assert.Throws<CorpusException>(() => RunAcceptor.Accept(Report, Case));

        Assert.Contains("Ann/000002.received.txt: not a regular file (symbolic link)", error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Verified, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AcceptRunDoesNotBlockOnAFifoWhereTheRunRecordBelongs()
    {
        Fifo.Make(Path.Combine(CaseWork, RunAcceptance.FileName));

        var accepting = Task.Run(() => Assert.Throws<CorpusException>(() => RunAcceptor.Accept(Report, null)));
        var error = await accepting.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Contains("kept no case to accept", error.Message);
    }

    public void Dispose()
    {
        var record = Path.Combine(CaseWork, RunAcceptance.FileName);
        if (Comparer.Output.FileKinds.Of(record) == Comparer.Output.FileKind.Fifo)
        {
            Fifo.Release(record);
        }

        _root.Dispose();
    }
}
