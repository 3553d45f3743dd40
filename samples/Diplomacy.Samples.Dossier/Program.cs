// The dossier demo: builds report 000's account of the incident with the model and renders it.
// Until the seed annotations and loader land (issue 4) the account is built here in code, from the
// report's own words, so every fact shown carries the exact span it was read from.
using Diplomacy.Model.Incidents;
using Diplomacy.Samples.Dossier;
using Spectre.Console;

string seedPath = Path.Combine(AppContext.BaseDirectory, "seeds", "000_4a349343ccaee4b6.txt");
string text = File.ReadAllText(seedPath);
Report report = Report000.Build(text);

new DossierView(AnsiConsole.Console, report.Account, text).Render();
return 0;
