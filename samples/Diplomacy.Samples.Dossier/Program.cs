// The dossier demo: loads the two bundled seed reports of one incident (text + annotation, verified),
// compares and merges them, checks them against diplomatic law, and renders the result.
//   dotnet run --project samples/Diplomacy.Samples.Dossier [-- --json DIR]
using Diplomacy.Samples.Dossier;
using Spectre.Console;

return DossierCommand.Run(args, AnsiConsole.Console, Console.Error);
