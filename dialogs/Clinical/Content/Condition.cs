using System.Globalization;

namespace BackSpasmBot.Clinical.Content;

/// <summary>
/// A condition of a derived finding or a plan step (clinical-content/rules.yaml explains the forms). Parsed once at
/// load; evaluated as a pure function of the report. A comparison with a fact that is not known is false.
/// </summary>
public abstract record Condition
{
    /// <summary>The condition as written in the content, for the review document.</summary>
    public required string Text { get; init; }

    internal abstract bool Holds(ConditionInput input);

    private static readonly string[] NumberFacts = ["age", "onset_hours"];

    /// <summary>The trigger ids conditions and the summary use ("trigger is lifting").</summary>
    public static IReadOnlyList<string> TriggerIds => [.. Triggers.Keys];

    /// <summary>The id of a trigger, or null for Unknown.</summary>
    public static string? TriggerId(Trigger trigger) => Triggers.FirstOrDefault(t => t.Value == trigger).Key;

    private static readonly Dictionary<string, Trigger> Triggers = new(StringComparer.Ordinal)
    {
        ["lifting"] = Trigger.Lifting,
        ["exercise_or_sport"] = Trigger.ExerciseOrSport,
        ["other_strain"] = Trigger.OtherStrain,
        ["fall_or_knock"] = Trigger.FallOrKnock,
        ["none_known"] = Trigger.NoneKnown,
    };

    /// <summary>Yes/no facts a condition may name, besides findings and modifiers.</summary>
    internal static readonly string[] YesFacts = ["first_episode", "dehydration", "nsaid_caution", "medicine_caution"];

    /// <summary>Parses one condition; null with <paramref name="problem"/> set when it does not parse or names an unknown id.</summary>
    internal static Condition? Parse(string text, Func<string, bool> isKnownId, out string? problem)
    {
        problem = null;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && words[0] == "not")
        {
            var inner = Parse(string.Join(' ', words[1..]), isKnownId, out problem);
            return inner is null ? null : new NotCondition(inner) { Text = text };
        }

        switch (words)
        {
            case [var fact, "unknown"] when NumberFacts.Contains(fact):
                return new UnknownFact(fact) { Text = text };
            case [var fact, "<" or "<=" or ">" or ">=" or "=" , var number] when NumberFacts.Contains(fact):
                if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    problem = $"'{number}' is not a number in condition '{text}'";
                    return null;
                }

                return new Comparison(fact, words[1], value) { Text = text };
            case ["trigger", "is", var trigger]:
                if (!Triggers.TryGetValue(trigger, out var known))
                {
                    problem = $"unknown trigger '{trigger}' in condition '{text}' (known: {string.Join(", ", Triggers.Keys)})";
                    return null;
                }

                return new TriggerIs(known) { Text = text };
            case [var id]:
                if (!YesFacts.Contains(id) && !isKnownId(id))
                {
                    problem = $"condition names unknown id '{id}'";
                    return null;
                }

                return new IdHolds(id) { Text = text };
            default:
                problem = $"condition '{text}' does not parse (see the forms at the top of rules.yaml)";
                return null;
        }
    }

    private sealed record IdHolds(string Id) : Condition
    {
        internal override bool Holds(ConditionInput input) => Id switch
        {
            "first_episode" => input.Report.FirstEpisode == true,
            "dehydration" => input.Report.Dehydration == true,
            "nsaid_caution" => input.Report.NsaidCaution == true,
            "medicine_caution" => input.MedicineCaution,
            _ => input.Present.Contains(Id) || input.Report.Modifiers.GetValueOrDefault(Id),
        };
    }

    private sealed record UnknownFact(string Fact) : Condition
    {
        internal override bool Holds(ConditionInput input) => ValueOf(input.Report, Fact) is null;
    }

    private sealed record Comparison(string Fact, string Operator, double Value) : Condition
    {
        internal override bool Holds(ConditionInput input) => ValueOf(input.Report, Fact) is { } actual && Operator switch
        {
            "<" => actual < Value,
            "<=" => actual <= Value,
            ">" => actual > Value,
            ">=" => actual >= Value,
            _ => actual == Value,
        };
    }

    private sealed record TriggerIs(Trigger Trigger) : Condition
    {
        internal override bool Holds(ConditionInput input) => input.Report.Trigger == Trigger;
    }

    private sealed record NotCondition(Condition Inner) : Condition
    {
        internal override bool Holds(ConditionInput input) => !Inner.Holds(input);
    }

    private static double? ValueOf(SymptomReport report, string fact) => fact == "age" ? report.Age : report.OnsetHours;
}

/// <summary>Any of several conditions (written <c>any: [...]</c>).</summary>
public sealed record AnyCondition(IReadOnlyList<Condition> Conditions) : Condition
{
    internal override bool Holds(ConditionInput input)
    {
        // A loop, not Any(): the red-flag decision checks every derived finding's conditions several times a turn.
        for (var i = 0; i < Conditions.Count; i++)
        {
            if (Conditions[i].Holds(input))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>What a condition is evaluated against.</summary>
internal sealed record ConditionInput(SymptomReport Report, IReadOnlySet<string> Present, bool MedicineCaution);

/// <summary>Conditions that must all hold (an empty list always holds).</summary>
public static class Conditions
{
    internal static bool AllHold(IReadOnlyList<Condition> conditions, ConditionInput input)
    {
        // A loop, not All(): it runs for every derived finding each time a decision is made, and All() allocates a
        // closure and an enumerator each time.
        for (var i = 0; i < conditions.Count; i++)
        {
            if (!conditions[i].Holds(input))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The conditions as a reviewer reads them ("always" when there are none).</summary>
    public static string Describe(IReadOnlyList<Condition> conditions) =>
        conditions.Count == 0 ? "always" : string.Join(" and ", conditions.Select(c => c.Text));
}
