using Diplomacy.Model;
using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Comparison;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Plausibility;
using Diplomacy.Model.Seeds;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Spectre.Console;

namespace Diplomacy.Samples.Dossier;

/// <summary>
/// Renders the dossier for a person at a terminal: tables, timelines and quotes, each fact with the
/// words and report it comes from. Spectre.Console drops colour when output is redirected.
/// </summary>
internal sealed class DossierView(
    IAnsiConsole console,
    EquatableArray<SeedReport> seeds,
    Incident merged,
    ReportComparison comparison,
    IReadOnlyList<(SeedReport Seed, EquatableArray<PlausibilityFinding> Findings)> findings)
{
    private const int QuoteWidth = 70;

    public void Render()
    {
        console.Write(new Rule($"[bold]{Markup.Escape(merged.Title)}[/]").LeftJustified());
        RenderSources();
        RenderActors();
        RenderMissions();
        foreach (var claim in merged.AsylumClaims)
        {
            RenderClaim(claim);
        }
        RenderStatements();
        RenderComparison();
        RenderPlausibility();
    }

    private void RenderSources()
    {
        var table = new Table().Title("[bold]Reports[/]").AddColumns("Source", "Headline / dateline", "Publisher", "Published", "Sentences attributed", "Content hash");
        foreach (var seed in seeds)
        {
            var source = seed.Source;
            var coverage = seed.Coverage();
            table.AddRow(
                Markup.Escape(source.Id.Value),
                Markup.Escape(source.Headline ?? source.Dateline ?? "—"),
                source.Publisher is null ? "[grey]unknown[/]" : Markup.Escape(source.Publisher),
                source.PublicationDate is null ? "[grey]unknown[/]" : source.PublicationDate.Value.ToString("yyyy-MM-dd", null),
                $"{coverage.Covered.Count} of {coverage.Total}",
                Markup.Escape(source.ContentHash.ToString()[..19] + "…"));
        }
        console.Write(table);
    }

    private void RenderActors()
    {
        var table = new Table().Title("[bold]Actors and posts[/] [grey](both reports merged)[/]").AddColumns("Actor", "Kind", "Known as", "Posts");
        foreach (var actor in merged.Actors)
        {
            string kind = actor switch
            {
                State state => $"state {state.Code}",
                Organization organization => organization.Kind.ToString().ToLowerInvariant(),
                NamedPerson => "person",
                UnnamedPerson => "person, unnamed",
                PersonGroup group => group.IsAnonymous ? "group, anonymous" : "group",
                _ => actor.GetType().Name,
            };
            // The same words may be cited at several places; show them once, with every report that uses them.
            string aliases = string.Join("\n", actor.Aliases
                .GroupBy(a => (a.Text, a.Kind))
                .Select(g => $"\"{Markup.Escape(g.Key.Text)}\" [grey]{g.Key.Kind} · {Sources(g.Select(a => a.Provenance))}[/]"));
            string posts = string.Join("\n", merged.PostsHeldBy(actor.Id).Select(p => Markup.Escape($"{p.Title} ({merged.GetActor(p.Serves).DisplayName})")));
            table.AddRow($"[bold]{Markup.Escape(actor.DisplayName)}[/]", kind, aliases, posts);
        }
        console.Write(table);
    }

    private void RenderMissions()
    {
        var table = new Table().Title("[bold]Missions[/]").AddColumns("Mission", "Sending → receiving", "City", "Premises inviolable?", "Said by");
        foreach (var mission in merged.Missions)
        {
            var regime = mission.Regime;
            string colour = regime.IsInviolable ? "green" : "yellow";
            table.AddRow(
                $"{mission.Kind}\n[grey]{Markup.Escape(string.Join(", ", mission.Aliases.Select(a => $"\"{a.Text}\"").Distinct()))}[/]",
                Markup.Escape($"{merged.GetActor(mission.SendingState).DisplayName} → {merged.GetActor(mission.ReceivingState).DisplayName}"),
                Markup.Escape(mission.City ?? "unknown"),
                $"[{colour}]{regime.Inviolability}[/]\n[grey]{Markup.Escape(regime.Provision)}[/]",
                Sources(mission.Provenance));
        }
        console.Write(table);
    }

    private void RenderClaim(AsylumClaim claim)
    {
        string refuge = claim.Refuge switch
        {
            MissionRefuge m => $"{merged.GetMission(m.Mission).Kind} in {merged.GetMission(m.Mission).City ?? "an unknown city"}",
            TerritorialRefuge t => $"the territory of {merged.GetActor(t.Location.Country).DisplayName}",
            _ => "an unknown place",
        };
        var tree = new Tree($"[bold]{claim.Kind} asylum[/]: {Markup.Escape(merged.GetActor(claim.Claimant).DisplayName)}, refuge in {Markup.Escape(refuge)} [grey]({Sources(claim.Provenance)})[/]");
        if (claim.Grounds is { } grounds)
        {
            tree.AddNode($"grounds: [italic]{Markup.Escape(grounds.Description)}[/]");
        }
        foreach (var step in claim.History.Changes)
        {
            string when = step.When is null
                ? "[grey]undated[/]"
                : $"[aqua]\"{Markup.Escape(step.When.Words)}\"[/]" + (step.When.IsResolved ? $" = {step.When.Resolution!.Interval}" : " [grey](unresolved: the report has no publication date)[/]");
            AddCitations(tree.AddNode($"[bold]{step.Status}[/]  {when}"), step.Provenance);
        }
        foreach (var person in claim.PeopleAtRisk)
        {
            AddCitations(tree.AddNode($"at risk: {Markup.Escape(merged.GetActor(person.Person).DisplayName)} ({person.Kinship}){(person.Risk is null ? "" : " — " + Markup.Escape(person.Risk))}"), person.Provenance);
        }
        console.Write(new Panel(tree).Header("[bold]Asylum claim[/]").Expand());
    }

    private void RenderStatements()
    {
        var table = new Table().Title("[bold]Statements[/]").AddColumns("Speaker", "For", "Stances", "Words", "Source");
        foreach (var statement in merged.Statements)
        {
            string speaker = merged.GetActor(statement.Speaker.Actor).DisplayName
                + (statement.Speaker.Post is { } post ? $", {merged.GetPost(post).Title}" : "");
            string words = statement.Text switch
            {
                Quotation quote => "“" + string.Concat(quote.Segments.Select(s => s.Kind == QuoteSegmentKind.Verbatim
                    ? Markup.Escape(s.Text)
                    : $"[yellow]{Markup.Escape(s.Text)}[/]")) + $"”\n[grey]{quote.Rendering}{(quote.OriginalLanguage is null ? "" : " from " + quote.OriginalLanguage)}[/]",
                Paraphrase paraphrase => $"[italic]{Markup.Escape(paraphrase.Text)}[/] [grey](paraphrase)[/]",
                _ => "[grey]no words reported[/]",
            };
            if (!statement.Invokes.IsEmpty)
            {
                words += $"\n[grey]invokes {Markup.Escape(string.Join(", ", statement.Invokes.Select(i => merged.GetInstrument(i).ToString())))}[/]";
            }
            table.AddRow(
                Markup.Escape(speaker),
                Markup.Escape(statement.OnBehalfOf is null ? "—" : merged.GetActor(statement.OnBehalfOf).DisplayName),
                string.Join("\n", statement.Stances),
                words,
                Sources(statement.Provenance));
        }
        console.Write(table);
    }

    private void RenderComparison()
    {
        var first = comparison.Sources[0];
        var table = new Table().Title("[bold]How the reports compare[/]")
            .AddColumns("Aspect", $"Report {Markup.Escape(first.Value)}", $"Report {Markup.Escape(comparison.Sources[^1].Value)}", "Verdict", "Cited spans");
        foreach (var finding in comparison.Findings)
        {
            table.AddRow(
                Markup.Escape(finding.Subject is null ? finding.Aspect.ToString() : $"{finding.Aspect} {finding.Subject}"),
                Markup.Escape(finding.First.Account ?? "—"),
                Markup.Escape(finding.Second.Account ?? "—"),
                $"[{VerdictColour(finding.Verdict)}]{finding.Verdict}[/]",
                Markup.Escape(string.Join("\n", new[] { finding.First, finding.Second }
                    .Where(side => !side.Attributions.IsEmpty)
                    .Select(side => Short(side.Attributions[0])))));
        }
        console.Write(table);
        console.MarkupLine(string.Join("  ", comparison.Findings.GroupBy(f => f.Verdict).OrderBy(g => g.Key)
            .Select(g => $"[{VerdictColour(g.Key)}]{g.Key}: {g.Count()}[/]")));
    }

    private void RenderPlausibility()
    {
        var rows = new List<Markup>();
        foreach (var (seed, list) in findings)
        {
            foreach (var finding in list)
            {
                rows.Add(new Markup($"[red]⚠[/] [bold]{seed.Source.Id}[/] {finding.Rule}: {Markup.Escape(finding.Message)}\n   [grey]{Markup.Escape(string.Join(" · ", finding.Attributions.Take(2).Select(a => Cite(a))))}[/]"));
            }
        }
        if (rows.Count == 0)
        {
            rows.Add(new Markup("[green]No claim clashes with the legal facts the checker knows.[/]"));
        }
        console.Write(new Panel(new Rows(rows)).Header("[bold]Plausibility against diplomatic law[/]").Expand());
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
            node.AddNode($"[grey]{Markup.Escape(Cite(attribution))}[/]");
        }
    }

    private static string Cite(Attribution attribution) => Cite(attribution, QuoteWidth);

    private static string Cite(Attribution attribution, int width)
    {
        string quote = attribution.Span.Quote.Length > width ? attribution.Span.Quote[..(width - 1)] + "…" : attribution.Span.Quote;
        return $"{attribution.Source} {attribution.Span.Start}–{attribution.Span.End} {attribution.Basis}: \"{quote}\"";
    }

    // The comparison table is wide already: a cited span there is its source and the first words.
    private static string Short(Attribution attribution) =>
        $"{attribution.Source}: \"{(attribution.Span.Quote.Length > 32 ? attribution.Span.Quote[..31] + "…" : attribution.Span.Quote)}\"";

    private static string Sources(Provenance provenance) => Sources([provenance]);

    private static string Sources(IEnumerable<Provenance> provenances) =>
        Markup.Escape(string.Join(", ", provenances
            .SelectMany(p => p.IsAnalystAssertion ? new[] { "analyst" } : p.Attributions.Select(a => a.Source.Value))
            .Distinct()));

    private static string VerdictColour(ComparisonVerdict verdict) => verdict switch
    {
        ComparisonVerdict.Agree => "green",
        ComparisonVerdict.Compatible => "blue",
        ComparisonVerdict.Contradict => "red",
        ComparisonVerdict.Unknown => "yellow",
        _ => "grey",
    };
}
