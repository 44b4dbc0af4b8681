namespace MailMig.Fidelity.CcMail.Tests.Export;
public sealed class ScratchTests
{
    [Fact]
    public void Scratch()
    {
        var b64 = Environment.GetEnvironmentVariable("SCRATCH_INPUT");
        if (b64 is null) return;
        var tight = b64.StartsWith("tight ");
        var bytes = Convert.FromBase64String(tight ? b64[6..] : b64);
        var contents = Support.ExportBytes.Read(bytes, tight ? new MailMig.Fidelity.CcMail.Export.ExportReaderOptions { MaxItemBytes = 64, MaxHeaderBytes = 128, MaxNesting = 1, MaxDiagnosticsPerMessage = 3 } : null);
        foreach (var r in contents.Records) { Console.WriteLine($"{r.Index} {r.Location} {r.Length} {r.Message?.Subject}"); foreach (var d in r.Diagnostics) Console.WriteLine("  " + d); }
        foreach (var d in contents.Diagnostics) Console.WriteLine("F " + d);
    }
}
