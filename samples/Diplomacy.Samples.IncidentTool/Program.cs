// incident-tool: validate, compare, convert, export (PLOVER, CAMEO) and import (GDELT) incident JSON files, and print the format's schema.
// All the work is in IncidentTool, which the tests run in-process; this file only wires the console.
using Diplomacy.Samples.IncidentTool;

return new IncidentTool(interactive: !Console.IsOutputRedirected).Run(args, Console.Out, Console.Error);
