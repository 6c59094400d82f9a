using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConfigAgent.Output.Json;

/// <summary>
/// An enum in a JSON file as its <see cref="EnumWord"/>. Reading takes the exact word only: any
/// other is a <see cref="FormatException"/> that names the enum, the way a file's readers report
/// it ("'sometimes' is not a RunTrigger").
/// </summary>
public sealed class EnumWordJsonConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var word = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return EnumWord.Parse<T>(word) ?? throw new FormatException($"'{word}' is not a {typeof(T).Name}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(EnumWord.Of(value));
}
