using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Spectre.Console;

namespace Diplomacy.Samples.Dossier;

/// <summary>Renders an incident for a person at a terminal: tables, a timeline, quotes with their sources.</summary>
internal sealed class DossierView(IAnsiConsole console, Incident incident, string sourceText)
{
    public void Render()
    {
        console.Write(new Rule($"[bold]{Markup.Escape(incident.Title)}[/]").LeftJustified());
        RenderSources();
        RenderActors();
        RenderMissions();
        foreach (var claim in incident.AsylumClaims)
        {
            RenderClaim(claim);
        }
        RenderStatements();
        RenderRelations();
        int attributions = incident.EnumerateAttributions().Count();
        int verified = incident.EnumerateAttributions().Count(a => a.Attribution.Span.MatchesIn(sourceText));
        console.MarkupLine($"[grey]{verified} of {attributions} attributed spans verified against the source text.[/]");
    }

    private void RenderSources()
    {
        var table = new Table().Title("[bold]Sources[/]").AddColumns("Id", "Kind", "Headline", "Publisher", "Published", "Content hash");
        foreach (var source in incident.Sources)
        {
            table.AddRow(
                Markup.Escape(source.Id.Value),
                source.Kind.ToString(),
                Markup.Escape(source.Headline ?? "—"),
                source.Publisher is null ? "[grey]unknown[/]" : Markup.Escape(source.Publisher),
                source.PublicationDate is null ? "[grey]unknown[/]" : source.PublicationDate.Value.ToString("yyyy-MM-dd", null),
                Markup.Escape(source.ContentHash.ToString()[..19] + "…"));
        }
        console.Write(table);
    }

    private void RenderActors()
    {
        var table = new Table().Title("[bold]Actors[/]").AddColumns("Id", "Kind", "Name", "Known as", "Posts");
        foreach (var actor in incident.Actors)
        {
            string kind = actor switch
            {
                State state => $"state {state.Code}",
                Organization organization => organization.Kind.ToString().ToLowerInvariant(),
                NamedPerson => "person",
                UnnamedPerson => "person (unnamed)",
                PersonGroup group => group.IsAnonymous ? "group (anonymous)" : "group",
                _ => actor.GetType().Name,
            };
            string aliases = string.Join("\n", actor.Aliases.Select(a => $"\"{Markup.Escape(a.Text)}\" [grey]({a.Kind})[/]"));
            string posts = string.Join("\n", incident.PostsHeldBy(actor.Id).Select(p => Markup.Escape($"{p.Title}, {incident.GetActor(p.Serves).DisplayName}")));
            table.AddRow(Markup.Escape(actor.Id.Value), kind, $"[bold]{Markup.Escape(actor.DisplayName)}[/]", aliases, posts);
        }
        console.Write(table);
    }

    private void RenderMissions()
    {
        var table = new Table().Title("[bold]Missions[/]").AddColumns("Mission", "Sending → receiving", "City", "Legal basis", "Premises inviolable?");
        foreach (var mission in incident.Missions)
        {
            var regime = mission.Regime;
            string inviolability = regime.IsInviolable
                ? $"[green]{regime.Inviolability}[/] [grey]({Markup.Escape(regime.Provision)})[/]"
                : $"[yellow]{regime.Inviolability}[/] [grey]({Markup.Escape(regime.Provision)})[/]";
            table.AddRow(
                $"{mission.Kind}\n[grey]{Markup.Escape(string.Join(", ", mission.Aliases.Select(a => $"\"{a.Text}\"")))}[/]",
                Markup.Escape($"{incident.GetActor(mission.SendingState).DisplayName} → {incident.GetActor(mission.ReceivingState).DisplayName}"),
                Markup.Escape(mission.City ?? "unknown"),
                regime.Basis.ToString(),
                inviolability);
        }
        console.Write(table);
    }

    private void RenderClaim(AsylumClaim claim)
    {
        string claimant = incident.GetActor(claim.Claimant).DisplayName;
        string refuge = claim.Refuge switch
        {
            MissionRefuge m => $"{incident.GetMission(m.Mission).Kind} in {incident.GetMission(m.Mission).City}",
            TerritorialRefuge t => $"territory of {incident.GetActor(t.Location.Country).DisplayName}",
            _ => "unknown",
        };
        var tree = new Tree($"[bold]{claim.Kind} asylum[/]: {Markup.Escape(claimant)} — refuge in {Markup.Escape(refuge)}");
        foreach (var step in claim.History.Changes)
        {
            string when = step.When is null ? "[grey]undated[/]" : $"[aqua]\"{Markup.Escape(step.When.Words)}\"[/]" + (step.When.IsResolved ? "" : " [grey](unresolved: no publication date)[/]");
            var node = tree.AddNode($"[bold]{step.Status}[/]  {when}");
            AddCitations(node, step.Provenance);
        }
        console.Write(new Panel(tree).Header("[bold]Asylum claim timeline[/]").Expand());
    }

    private void RenderStatements()
    {
        foreach (var statement in incident.Statements)
        {
            string speaker = incident.GetActor(statement.Speaker.Actor).DisplayName;
            var tree = new Tree($"[bold]{Markup.Escape(speaker)}[/] [grey]for {Markup.Escape(statement.OnBehalfOf is null ? "—" : incident.GetActor(statement.OnBehalfOf).DisplayName)}[/]: {string.Join(", ", statement.Stances)}");
            if (statement.Addressees.Scope != AddresseeScope.Unspecified)
            {
                tree.AddNode($"to: {statement.Addressees.Scope} [grey]{Markup.Escape(statement.Addressees.Words ?? "")}[/]");
            }
            switch (statement.Text)
            {
                case Quotation quote:
                    tree.AddNode("“" + string.Concat(quote.Segments.Select(s => s.Kind == QuoteSegmentKind.Verbatim
                        ? Markup.Escape(s.Text)
                        : $"[yellow]{Markup.Escape(s.Text)}[/]")) + $"” [grey]({quote.Rendering}{(quote.OriginalLanguage is null ? "" : ", from " + quote.OriginalLanguage)})[/]");
                    break;
                case Paraphrase paraphrase:
                    tree.AddNode($"[italic]{Markup.Escape(paraphrase.Text)}[/] [grey](paraphrase)[/]");
                    break;
            }
            AddCitations(tree.AddNode("[grey]sources[/]"), statement.Provenance);
            console.Write(new Panel(tree).Header("[bold]Statement[/]").Expand());
        }
    }

    private void RenderRelations()
    {
        if (incident.Relations.IsEmpty)
        {
            return;
        }
        var table = new Table().Title("[bold]Relations between states[/]").AddColumns("States", "Relation", "Source");
        foreach (var relation in incident.Relations)
        {
            table.AddRow(
                Markup.Escape($"{incident.GetActor(relation.First).DisplayName} – {incident.GetActor(relation.Second).DisplayName}"),
                relation.Kind.ToString(),
                Markup.Escape(Cite(relation.Provenance)));
        }
        console.Write(table);
    }

    private static void AddCitations(IHasTreeNodes node, Provenance provenance)
    {
        if (provenance.IsAnalystAssertion)
        {
            node.AddNode($"[grey]analyst: {Markup.Escape(provenance.AnalystRationale!)}[/]");
            return;
        }
        foreach (var attribution in provenance.Attributions)
        {
            node.AddNode($"[grey]{attribution.Source} {attribution.Span.Start}..{attribution.Span.End} ({attribution.Basis}):[/] [italic]\"{Markup.Escape(attribution.Span.Quote)}\"[/]");
        }
    }

    private static string Cite(Provenance provenance) =>
        provenance.IsAnalystAssertion ? "analyst" : string.Join("; ", provenance.Attributions.Select(a => $"\"{a.Span.Quote}\" ({a.Basis})"));
}
