using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConfigAgent.Output.Facts;

/// <summary>Addresses in facts files are their canonical text ("2001:db8::10").</summary>
internal sealed class IPAddressJsonConverter : JsonConverter<IPAddress>
{
    public override IPAddress Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return text is not null && IPAddress.TryParse(text, out var address)
            ? address
            : throw new JsonException($"'{text}' is not an IP address");
    }

    public override void Write(Utf8JsonWriter writer, IPAddress value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
