using MailMig.Fidelity.Cli;

return await CliApp.RunAsync(args);
