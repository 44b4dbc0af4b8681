using System.Diagnostics;
using System.Globalization;
using MimeKit;

/*
 * The floor of bench/side-by-side/run.sh, fixed on purpose: one thread, one buffered FileStream per
 * .eml file, MimeMessage.Load, nothing else. Whatever a stage of ours does per message, it cannot
 * beat this on one core, so its msg/s divided by this one's is the honest ratio. Do not optimise
 * it: changing it moves every ratio ever reported.
 *
 * Usage: parse-floor <eml tree>   prints "floor: <messages> messages in <s> s = <n> msg/s".
 */

if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: parse-floor <folder of .eml files>");
    return 2;
}

var clock = Stopwatch.StartNew();
var count = 0;
foreach (var path in Directory.EnumerateFiles(args[0], "*.eml", SearchOption.AllDirectories))
{
    using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096);
    using var message = MimeMessage.Load(stream);
    count++;
}

var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"floor: {count} messages in {seconds:F2} s = {count / seconds:F0} msg/s"));
return 0;
