using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Time;

namespace Diplomacy.Model.Comparison;

/// <summary>
/// Compares one report with the pivot, aspect by aspect, appending findings. Kept apart from
/// <see cref="ReportComparer"/> so each aspect's rule reads on its own.
/// </summary>
internal sealed class AccountComparison
{
    // Stances that cannot both be the same state's position on the same matter.
    private static readonly (Stance, Stance)[] ExclusiveStances =
    [
        (Stance.Confirms, Stance.DeclinesToComment),
        (Stance.Confirms, Stance.HasNotCommented),
        (Stance.Confirms, Stance.Denies),
        (Stance.Denies, Stance.DeclinesToComment),
        (Stance.Denies, Stance.HasNotCommented),
        (Stance.RecognizesDiplomaticAsylum, Stance.RejectsDiplomaticAsylum),
    ];

    private readonly AccountIndex a;
    private readonly AccountIndex b;
    private readonly List<ComparisonFinding> findings;

    internal AccountComparison(AccountIndex pivot, AccountIndex other, List<ComparisonFinding> findings)
    {
        a = pivot;
        b = other;
        this.findings = findings;
    }

    internal void Run()
    {
        CompareClaims();
        CompareStatements();
        CompareEvents();
        CompareRelations();
    }

    private void CompareClaims()
    {
        var unmatched = b.Incident.AsylumClaims.ToList();
        foreach (var claim in a.Incident.AsylumClaims)
        {
            var match = unmatched.FirstOrDefault(other => ClaimantsMayBeOne(claim, other));
            if (match is null && a.Incident.AsylumClaims.Count == 1 && unmatched.Count == 1 && b.Incident.AsylumClaims.Count == 1)
            {
                match = unmatched[0];
            }
            if (match is null)
            {
                OnlyIn(a, ComparisonAspect.Claim, null, RenderClaimant(a, claim), AccountIndex.Cite([claim.Provenance]));
                continue;
            }
            unmatched.Remove(match);
            CompareClaim(claim, match);
        }
        foreach (var claim in unmatched)
        {
            OnlyIn(b, ComparisonAspect.Claim, null, RenderClaimant(b, claim), AccountIndex.Cite([claim.Provenance]));
        }
    }

    private bool ClaimantsMayBeOne(AsylumClaim x, AsylumClaim y)
    {
        var (px, py) = (a.Incident.GetActor(x.Claimant), b.Incident.GetActor(y.Claimant));
        if (px is NamedPerson && py is NamedPerson)
        {
            return NamesMatch(px, py);
        }
        var (cx, cy) = (a.CodeOf(px.Id), b.CodeOf(py.Id));
        return cx is not null && cx == cy && a.CodeOf(x.StateFled) == b.CodeOf(y.StateFled);
    }

    private static bool NamesMatch(Actor x, Actor y) =>
        x.IsKnownAs(y.DisplayName) || y.IsKnownAs(x.DisplayName) || y.Aliases.Any(alias => x.IsKnownAs(alias.Text));

    private void CompareClaim(AsylumClaim x, AsylumClaim y)
    {
        CompareClaimant(x, y);
        CompareKind(x, y);
        CompareState(ComparisonAspect.StateFled, x.StateFled, y.StateFled, x.Provenance, y.Provenance);
        CompareState(ComparisonAspect.StateAsked, x.StateAsked, y.StateAsked, x.Provenance, y.Provenance);
        CompareRefuge(x, y);
        CompareSteps(x, y);
        ComparePeopleAtRisk(x, y);
    }

    private void CompareClaimant(AsylumClaim x, AsylumClaim y)
    {
        var (px, py) = (a.Incident.GetActor(x.Claimant), b.Incident.GetActor(y.Claimant));
        var (cx, cy) = (a.CodeOf(px.Id), b.CodeOf(py.Id));
        var (verdict, why) = (px, py) switch
        {
            _ when cx is not null && cy is not null && cx != cy => (ComparisonVerdict.Contradict, $"different nationality ({cx} vs {cy})"),
            (NamedPerson, NamedPerson) when NamesMatch(px, py) => (ComparisonVerdict.Agree, "the same name, or one is an alias of the other"),
            (NamedPerson, NamedPerson) => (ComparisonVerdict.Contradict, $"different names ({px.DisplayName} vs {py.DisplayName})"),
            (NamedPerson, _) or (_, NamedPerson) => (ComparisonVerdict.Compatible, "one report names the claimant, the other only describes them"),
            _ => (ComparisonVerdict.Agree, "both describe an unnamed claimant of the same nationality"),
        };
        Add(ComparisonAspect.Claimant, null, verdict, why,
            new ComparisonSide(a.Source, RenderClaimant(a, x), CiteClaimant(a, x)),
            new ComparisonSide(b.Source, RenderClaimant(b, y), CiteClaimant(b, y)));
    }

    private static string RenderClaimant(AccountIndex index, AsylumClaim claim)
    {
        var person = index.Incident.GetActor(claim.Claimant);
        var posts = index.Incident.PostsHeldBy(person.Id).Select(p => p.Title).ToList();
        string name = person is NamedPerson ? person.DisplayName : $"unnamed: {person.DisplayName}";
        return $"{name} ({index.CodeOf(person.Id) ?? "nationality unknown"}){(posts.Count == 0 ? "" : ", " + string.Join(", ", posts))}";
    }

    private static EquatableArray<Attribution> CiteClaimant(AccountIndex index, AsylumClaim claim)
    {
        var person = index.Incident.GetActor(claim.Claimant);
        return AccountIndex.Cite([
            claim.Provenance,
            .. person.Aliases.Select(alias => alias.Provenance),
            .. index.Incident.PostsHeldBy(person.Id).Select(p => p.Provenance)]);
    }

    private void CompareKind(AsylumClaim x, AsylumClaim y)
    {
        var (verdict, why) = (x.Kind, y.Kind) switch
        {
            var (p, q) when p == q => (ComparisonVerdict.Agree, "the same kind of asylum"),
            (AsylumKind.Unspecified, _) or (_, AsylumKind.Unspecified) => (ComparisonVerdict.Compatible, "one report says only \"asylum\""),
            _ => (ComparisonVerdict.Contradict, $"different kinds of asylum ({x.Kind} vs {y.Kind})"),
        };
        Add(ComparisonAspect.AsylumKind, null, verdict, why,
            new ComparisonSide(a.Source, x.Kind.ToString(), AccountIndex.Cite([x.Provenance])),
            new ComparisonSide(b.Source, y.Kind.ToString(), AccountIndex.Cite([y.Provenance])));
    }

    private void CompareState(ComparisonAspect aspect, Id<Actor>? x, Id<Actor>? y, Provenance px, Provenance py)
    {
        var (cx, cy) = (a.CodeOf(x), b.CodeOf(y));
        if (cx is null && cy is null)
        {
            return;
        }
        if (cx is null || cy is null)
        {
            OnlyInEither(aspect, null, cx, AccountIndex.Cite([px]), cy, AccountIndex.Cite([py]));
            return;
        }
        Add(aspect, null, cx == cy ? ComparisonVerdict.Agree : ComparisonVerdict.Contradict,
            cx == cy ? "the same state" : $"different states ({cx} vs {cy})",
            new ComparisonSide(a.Source, cx, AccountIndex.Cite([px])),
            new ComparisonSide(b.Source, cy, AccountIndex.Cite([py])));
    }

    private void CompareRefuge(AsylumClaim x, AsylumClaim y)
    {
        var (rx, ry) = (x.Refuge, y.Refuge);
        if (rx is null && ry is null)
        {
            return;
        }
        var (sx, sy) = (RenderRefuge(a, rx), RenderRefuge(b, ry));
        var (ax, ay) = (CiteRefuge(a, x), CiteRefuge(b, y));
        if (rx is null || ry is null)
        {
            OnlyInEither(ComparisonAspect.PlaceOfRefuge, null, sx, ax, sy, ay);
            return;
        }
        var contradictions = new List<string>();
        var vaguer = new List<string>();
        switch (rx, ry)
        {
            case (MissionRefuge mx, MissionRefuge my):
                var (m, n) = (a.Incident.GetMission(mx.Mission), b.Incident.GetMission(my.Mission));
                Differ("sending state", a.CodeOf(m.SendingState), b.CodeOf(n.SendingState), contradictions, vaguer);
                Differ("receiving state", a.CodeOf(m.ReceivingState), b.CodeOf(n.ReceivingState), contradictions, vaguer);
                Differ("city", m.City, n.City, contradictions, vaguer);
                switch (KindsMatch(m.Kind, n.Kind))
                {
                    case ComparisonVerdict.Contradict:
                        contradictions.Add($"kind ({m.Kind} vs {n.Kind})");
                        break;
                    case ComparisonVerdict.Compatible:
                        vaguer.Add($"kind ({m.Kind} vs {n.Kind})");
                        break;
                }
                break;
            case (TerritorialRefuge tx, TerritorialRefuge ty):
                Differ("country", a.CodeOf(tx.Location.Country), b.CodeOf(ty.Location.Country), contradictions, vaguer);
                Differ("city", tx.Location.City, ty.Location.City, contradictions, vaguer);
                break;
            default:
                contradictions.Add("a mission's premises in one report, a territory in the other");
                break;
        }
        var (verdict, why) = contradictions.Count > 0
            ? (ComparisonVerdict.Contradict, "different " + string.Join(", ", contradictions))
            : vaguer.Count > 0
                ? (ComparisonVerdict.Compatible, "one report is more specific about the " + string.Join(", ", vaguer))
                : (ComparisonVerdict.Agree, "the same place");
        Add(ComparisonAspect.PlaceOfRefuge, null, verdict, why, new ComparisonSide(a.Source, sx, ax), new ComparisonSide(b.Source, sy, ay));
    }

    private static void Differ(string what, string? x, string? y, List<string> contradictions, List<string> vaguer)
    {
        if (x is null && y is null)
        {
            return;
        }
        if (x is null || y is null)
        {
            vaguer.Add(what);
        }
        else if (!string.Equals(x, y, StringComparison.OrdinalIgnoreCase))
        {
            contradictions.Add($"{what} ({x} vs {y})");
        }
    }

    // A vague kind is compatible with a precise one, and loose names for one place are too
    // ("the embassy" for its consular section, "the consulate" for a consulate-general).
    private static ComparisonVerdict KindsMatch(MissionKind x, MissionKind y)
    {
        if (x == y)
        {
            return ComparisonVerdict.Agree;
        }
        if (x == MissionKind.Unspecified || y == MissionKind.Unspecified || Family(x) == Family(y))
        {
            return ComparisonVerdict.Compatible;
        }
        return ComparisonVerdict.Contradict;

        static int Family(MissionKind kind) => kind switch
        {
            MissionKind.Embassy or MissionKind.ConsularSection => 1,
            MissionKind.ConsulateGeneral or MissionKind.Consulate or MissionKind.ViceConsulate => 2,
            MissionKind.TradeMission or MissionKind.TradeOffice or MissionKind.RepresentativeOffice or MissionKind.LiaisonOffice => 3,
            _ => 100 + (int)kind,
        };
    }

    private static string? RenderRefuge(AccountIndex index, PlaceOfRefuge? refuge) => refuge switch
    {
        MissionRefuge m when index.Incident.GetMission(m.Mission) is var mission =>
            $"{mission.Kind} of {index.CodeOf(mission.SendingState)} in {mission.City ?? "(city not stated)"} ({index.CodeOf(mission.ReceivingState)})",
        TerritorialRefuge t => $"territory of {index.CodeOf(t.Location.Country)}{(t.Location.City is null ? "" : $" ({t.Location.City})")}",
        _ => null,
    };

    private static EquatableArray<Attribution> CiteRefuge(AccountIndex index, AsylumClaim claim) => claim.Refuge switch
    {
        MissionRefuge m when index.Incident.GetMission(m.Mission) is var mission =>
            AccountIndex.Cite([mission.Provenance, .. mission.Aliases.Select(alias => alias.Provenance)]),
        _ => AccountIndex.Cite([claim.Provenance]),
    };

    private void CompareSteps(AsylumClaim x, AsylumClaim y)
    {
        var ys = y.History.Changes.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.First());
        var seen = new HashSet<AsylumStatus>();
        foreach (var step in x.History.Changes)
        {
            if (!seen.Add(step.Status))
            {
                continue;
            }
            if (ys.TryGetValue(step.Status, out var other))
            {
                CompareStep(step, other);
            }
            else
            {
                OnlyIn(a, ComparisonAspect.AsylumStep, step.Status.ToString(), RenderStep(step), AccountIndex.Cite([step.Provenance]));
            }
        }
        foreach (var step in y.History.Changes)
        {
            if (!seen.Add(step.Status))
            {
                continue;
            }
            OnlyIn(b, ComparisonAspect.AsylumStep, step.Status.ToString(), RenderStep(step), AccountIndex.Cite([step.Provenance]));
        }
    }

    private void CompareStep(AsylumStatusChange x, AsylumStatusChange y)
    {
        var (verdict, why) = (x.When, y.When) switch
        {
            (null, null) => (ComparisonVerdict.Agree, "both report the step, neither dates it"),
            (null, _) or (_, null) => (ComparisonVerdict.Compatible, "both report the step; only one dates it"),
            var (p, q) => p.CompareWith(q) switch
            {
                TimeComparison.Same => (ComparisonVerdict.Agree, "the same days"),
                TimeComparison.Contains or TimeComparison.Within => (ComparisonVerdict.Compatible, "one time lies within the other"),
                TimeComparison.Overlap => (ComparisonVerdict.Compatible, "the times share some days"),
                TimeComparison.Disjoint => (ComparisonVerdict.Contradict, "the times have no day in common"),
                _ => (ComparisonVerdict.Unknown, $"\"{p.Words}\" and \"{q.Words}\" cannot be compared: at least one is not resolved to dates (no publication date)"),
            },
        };
        Add(ComparisonAspect.AsylumStep, x.Status.ToString(), verdict, why,
            new ComparisonSide(a.Source, RenderStep(x), AccountIndex.Cite([x.Provenance])),
            new ComparisonSide(b.Source, RenderStep(y), AccountIndex.Cite([y.Provenance])));
    }

    private static string RenderStep(AsylumStatusChange step) => step.When is null ? step.Status.ToString() : $"{step.Status} {step.When}";

    private void ComparePeopleAtRisk(AsylumClaim x, AsylumClaim y)
    {
        var xs = x.PeopleAtRisk.ToLookup(p => p.Kinship);
        var ys = y.PeopleAtRisk.ToLookup(p => p.Kinship);
        foreach (var kinship in xs.Select(g => g.Key).Concat(ys.Select(g => g.Key)).Distinct())
        {
            var (px, py) = (xs[kinship].ToList(), ys[kinship].ToList());
            string? sx = px.Count == 0 ? null : Render(a, px);
            string? sy = py.Count == 0 ? null : Render(b, py);
            var (cx, cy) = (AccountIndex.Cite(px.Select(p => p.Provenance)), AccountIndex.Cite(py.Select(p => p.Provenance)));
            if (sx is null || sy is null)
            {
                OnlyInEither(ComparisonAspect.PersonAtRisk, kinship.ToString(), sx, cx, sy, cy);
            }
            else
            {
                Add(ComparisonAspect.PersonAtRisk, kinship.ToString(), ComparisonVerdict.Agree, $"both report a {kinship} at risk",
                    new ComparisonSide(a.Source, sx, cx), new ComparisonSide(b.Source, sy, cy));
            }
        }

        static string Render(AccountIndex index, List<PersonAtRisk> people) =>
            string.Join("; ", people.Select(p => $"{index.Incident.GetActor(p.Person).DisplayName} ({p.Kinship}){(p.Risk is null ? "" : ": " + p.Risk)}"));
    }

    private void CompareStatements()
    {
        foreach (var (state, xs) in a.StatementsByState)
        {
            if (b.StatementsByState.TryGetValue(state, out var ys))
            {
                CompareStatementsOf(state, xs, ys);
            }
            else
            {
                OnlyIn(a, ComparisonAspect.StateResponse, state, RenderStatements(xs), AccountIndex.Cite(xs.Select(s => s.Provenance)));
            }
        }
        foreach (var (state, ys) in b.StatementsByState)
        {
            if (!a.StatementsByState.ContainsKey(state))
            {
                OnlyIn(b, ComparisonAspect.StateResponse, state, RenderStatements(ys), AccountIndex.Cite(ys.Select(s => s.Provenance)));
            }
        }
    }

    private void CompareStatementsOf(string state, List<Statement> xs, List<Statement> ys)
    {
        var sx = xs.SelectMany(s => s.Stances).ToHashSet();
        var sy = ys.SelectMany(s => s.Stances).ToHashSet();
        var clash = ExclusiveStances.FirstOrDefault(p => (sx.Contains(p.Item1) && sy.Contains(p.Item2)) || (sx.Contains(p.Item2) && sy.Contains(p.Item1)));
        (ComparisonVerdict, string) outcome;
        if (clash != default)
        {
            var (mine, theirs) = sx.Contains(clash.Item1) && sy.Contains(clash.Item2) ? clash : (clash.Item2, clash.Item1);
            outcome = (ComparisonVerdict.Contradict, $"{state}: one report says it {mine}, the other that it {theirs}");
        }
        else if (sx.SetEquals(sy))
        {
            outcome = (ComparisonVerdict.Agree, $"the same stances{QuotationNote(xs, ys)}");
        }
        else
        {
            var shared = sx.Intersect(sy).ToList();
            outcome = (ComparisonVerdict.Compatible,
                (shared.Count == 0 ? "different stances, none excluding another" : $"both report {string.Join(", ", shared)}")
                + $"; only the first: {Stances(sx.Except(sy))}; only the second: {Stances(sy.Except(sx))}{QuotationNote(xs, ys)}");
        }
        Add(ComparisonAspect.StateResponse, state, outcome.Item1, outcome.Item2,
            new ComparisonSide(a.Source, RenderStatements(xs), AccountIndex.Cite(xs.Select(s => s.Provenance))),
            new ComparisonSide(b.Source, RenderStatements(ys), AccountIndex.Cite(ys.Select(s => s.Provenance))));

        static string Stances(IEnumerable<Stance> stances) => stances.Any() ? string.Join(", ", stances) : "nothing";
    }

    // Two English renderings of remarks made in another language differ in words without contradicting each other.
    private static string QuotationNote(List<Statement> xs, List<Statement> ys)
    {
        var qx = xs.Select(s => s.Text).OfType<Quotation>().ToList();
        var qy = ys.Select(s => s.Text).OfType<Quotation>().ToList();
        if (qx.Count == 0 || qy.Count == 0 || qx.Any(q => qy.Any(r => r.SpeakerWords == q.SpeakerWords)))
        {
            return "";
        }
        return qx.Concat(qy).All(q => q.Rendering == QuoteRendering.Translation)
            ? "; the quotations differ in words but are translations, which is not a contradiction"
            : "; the quotations differ in words";
    }

    private static string RenderStatements(List<Statement> statements) =>
        string.Join("; ", statements.Select(s => $"{string.Join(", ", s.Stances)}{(s.Text is null ? "" : $": \"{s.Text.PrintedText}\"")}"));

    private void CompareEvents()
    {
        foreach (var (key, xs) in a.EventsByKey)
        {
            var (sx, cx) = (RenderEvents(xs), AccountIndex.Cite(xs.Select(e => e.Provenance)));
            if (!b.EventsByKey.TryGetValue(key, out var ys))
            {
                OnlyIn(a, ComparisonAspect.Event, key, sx, cx);
                continue;
            }
            var (statusX, statusY) = (xs[0].Status, ys[0].Status);
            var (verdict, why) = statusX == statusY
                ? (ComparisonVerdict.Agree, $"both report it as {statusX}")
                : (ComparisonVerdict.Compatible, $"{statusX} vs {statusY}, which may reflect different report dates");
            Add(ComparisonAspect.Event, key, verdict, why,
                new ComparisonSide(a.Source, sx, cx), new ComparisonSide(b.Source, RenderEvents(ys), AccountIndex.Cite(ys.Select(e => e.Provenance))));
        }
        foreach (var (key, ys) in b.EventsByKey)
        {
            if (!a.EventsByKey.ContainsKey(key))
            {
                OnlyIn(b, ComparisonAspect.Event, key, RenderEvents(ys), AccountIndex.Cite(ys.Select(e => e.Provenance)));
            }
        }

        static string RenderEvents(List<Events.DiplomaticEvent> events) => string.Join("; ", events.Select(e => $"{e.Description} ({e.Status})"));
    }

    private void CompareRelations()
    {
        foreach (var (pair, xs) in a.RelationsByPair)
        {
            var (sx, cx) = (string.Join(", ", xs.Select(r => r.Kind)), AccountIndex.Cite(xs.Select(r => r.Provenance)));
            if (!b.RelationsByPair.TryGetValue(pair, out var ys))
            {
                OnlyIn(a, ComparisonAspect.Relation, pair, sx, cx);
                continue;
            }
            var (kx, ky) = (xs.Select(r => r.Kind).ToHashSet(), ys.Select(r => r.Kind).ToHashSet());
            bool withRelations(HashSet<Relations.StateRelationKind> kinds) => kinds.Contains(Relations.StateRelationKind.DiplomaticRelations);
            bool without(HashSet<Relations.StateRelationKind> kinds) =>
                kinds.Contains(Relations.StateRelationKind.NoDiplomaticRelations) || kinds.Contains(Relations.StateRelationKind.NoMutualRecognition);
            var (verdict, why) = (withRelations(kx) && without(ky)) || (without(kx) && withRelations(ky))
                ? (ComparisonVerdict.Contradict, "one report has diplomatic relations between the states, the other none")
                : kx.SetEquals(ky) ? (ComparisonVerdict.Agree, "the same relation") : (ComparisonVerdict.Compatible, "different, compatible relations");
            Add(ComparisonAspect.Relation, pair, verdict, why,
                new ComparisonSide(a.Source, sx, cx),
                new ComparisonSide(b.Source, string.Join(", ", ys.Select(r => r.Kind)), AccountIndex.Cite(ys.Select(r => r.Provenance))));
        }
        foreach (var (pair, ys) in b.RelationsByPair)
        {
            if (!a.RelationsByPair.ContainsKey(pair))
            {
                OnlyIn(b, ComparisonAspect.Relation, pair, string.Join(", ", ys.Select(r => r.Kind)), AccountIndex.Cite(ys.Select(r => r.Provenance)));
            }
        }
    }

    private void OnlyIn(AccountIndex side, ComparisonAspect aspect, string? subject, string account, EquatableArray<Attribution> attributions)
    {
        if (side == a)
        {
            OnlyInEither(aspect, subject, account, attributions, null, default);
        }
        else
        {
            OnlyInEither(aspect, subject, null, default, account, attributions);
        }
    }

    private void OnlyInEither(ComparisonAspect aspect, string? subject, string? x, EquatableArray<Attribution> ax, string? y, EquatableArray<Attribution> ay) =>
        Add(aspect, subject, ComparisonVerdict.OnlyInOne, x is null ? "only the second report says this" : "only the first report says this",
            x is null ? ComparisonSide.Silent(a.Source) : new ComparisonSide(a.Source, x, ax),
            y is null ? ComparisonSide.Silent(b.Source) : new ComparisonSide(b.Source, y, ay));

    private void Add(ComparisonAspect aspect, string? subject, ComparisonVerdict verdict, string explanation, ComparisonSide first, ComparisonSide second) =>
        findings.Add(new ComparisonFinding(aspect, subject, verdict, explanation, first, second));
}
