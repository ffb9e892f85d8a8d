using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;

namespace BackSpasmBot.Tests.Fhir;

/// <summary>Parses FHIR JSON strictly and validates it with the Firely SDK's POCO validation (cardinality, required elements, value formats).</summary>
internal static class FhirAssert
{
    public static T ParsesAndValidates<T>(string json)
        where T : Resource
    {
        var resource = new FhirJsonDeserializer().Deserialize<T>(json);
        var problems = resource.Validate(ModelInfo.ModelInspector).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => p.ToString())));
        return resource;
    }
}
