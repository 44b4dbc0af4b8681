using MailMig.Fidelity.Fuzz;

/*
 * The entry point afl-fuzz starts (fuzz/run.sh): `dotnet MailMig.Fidelity.Fuzz.dll TARGET` reads
 * inputs from stdin through SharpFuzz's out-of-process fork server, so a hang or a stack overflow
 * kills only the child and the campaign goes on. `replay TARGET FILE...` runs saved inputs without
 * AFL and prints each one's outcome; `pack DIR` writes a post office folder as one DB8 input.
 */

if (args.Length >= 2 && args[0] == "pack")
{
    using var stdout = Console.OpenStandardOutput();
    PostOfficeArchive.Pack(args[1], stdout);
    return 0;
}

if (args.Length >= 2 && args[0] == "replay")
{
    return Replay.Run(args[1], args[2..]);
}

if (args.Length != 1 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: MailMig.Fidelity.Fuzz TARGET | replay TARGET FILE... | pack DIR; targets: {string.Join(", ", FuzzTargets.All.Keys)}");
    return 2;
}

SharpFuzz.Fuzzer.OutOfProcess.Run(stream => target(FuzzInput.ReadAll(stream)));
return 0;
