using System.Reflection;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical;

public class ClinicalAssemblyTests
{
    private static readonly Assembly Clinical = typeof(TriageRules).Assembly;

    [Fact]
    public void TheClinicalAssemblyReferencesNoBotFrameworkAssembly() =>
        Assert.DoesNotContain(Clinical.GetReferencedAssemblies(), name => name.Name!.StartsWith("Microsoft.Bot", StringComparison.Ordinal));

    [Fact]
    public void NoPublicMemberUsesABotFrameworkType()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var offending = new List<string>();
        foreach (var type in Clinical.GetExportedTypes())
        {
            foreach (var member in type.GetMembers(all))
            {
                var types = member switch
                {
                    MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
                    PropertyInfo p => [p.PropertyType],
                    FieldInfo f => [f.FieldType],
                    ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
                    _ => [],
                };
                offending.AddRange(types.Where(t => t.Assembly.GetName().Name!.StartsWith("Microsoft.Bot", StringComparison.Ordinal))
                    .Select(t => $"{type.Name}.{member.Name}: {t.FullName}"));
            }
        }

        Assert.Empty(offending);
    }
}
