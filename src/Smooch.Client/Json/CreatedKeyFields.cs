namespace Smooch.Client.Json
{
    /// <summary>The three values of a created API key, and the JSON names they travel under in one family.</summary>
    internal sealed class CreatedKeyFields
    {
        public CreatedKeyFields(string? id, string? name, string? secret)
        {
            Id = id;
            Name = name;
            Secret = secret;
        }

        public string? Id { get; }

        public string? Name { get; }

        public string? Secret { get; }
    }
}
