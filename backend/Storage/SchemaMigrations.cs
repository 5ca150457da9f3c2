using System.Data.Common;
using Dapper;

namespace Maps.Api.Storage;

/// <summary>How one SQL dialect keeps the record of applied steps, so that one loop migrates either store.</summary>
internal sealed record MigrationLedgers(string Create, string RecordStoreStep, string RecordFeatureStep);

/// <summary>
/// The one migration loop both stores run, inside the transaction (and, in PostgreSQL, under the lock) the store holds.
/// Storage's own steps keep the numbers 1..N in schema_migrations that every database made so far records; features'
/// steps follow, keyed (feature, number) in feature_migrations, so that neither numbering moves the other.
/// </summary>
internal static class SchemaMigrations
{
    private const string AppliedStoreSteps = "SELECT version FROM schema_migrations";

    private const string AppliedFeatureSteps = "SELECT feature || '/' || version FROM feature_migrations";

    public static async Task ApplyAsync(DbConnection connection, DbTransaction transaction, MigrationLedgers ledgers,
        IReadOnlyList<string> storeSteps, string storeKind, IEnumerable<FeatureSchema> features)
    {
        await connection.ExecuteAsync(ledgers.Create, transaction: transaction);
        var storeApplied = (await connection.QueryAsync<int>(AppliedStoreSteps, transaction: transaction)).ToHashSet();
        for (var version = 1; version <= storeSteps.Count; version++)
            if (!storeApplied.Contains(version))
                await RunAsync(storeSteps[version - 1], ledgers.RecordStoreStep, new { Version = version });
        var featureApplied = (await connection.QueryAsync<string>(AppliedFeatureSteps, transaction: transaction))
            .ToHashSet();
        foreach (var schema in features)
        {
            var steps = schema.StepsFor(storeKind);
            for (var version = 1; version <= steps.Count; version++)
                if (!featureApplied.Contains($"{schema.Feature}/{version}"))
                    await RunAsync(steps[version - 1], ledgers.RecordFeatureStep,
                        new { schema.Feature, Version = version });
        }

        // A step left empty (its DDL moved to a feature) is only recorded, keeping the
        // numbers after it where they were.
        async Task RunAsync(string step, string record, object key)
        {
            if (!string.IsNullOrWhiteSpace(step)) await connection.ExecuteAsync(step, transaction: transaction);
            await connection.ExecuteAsync(record, key, transaction);
        }
    }
}
