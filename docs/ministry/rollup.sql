-- One row per year: every integer figure of `antq report --format json`, summed over the
-- provinces loaded (each province's figures line, as that province computed them).
SELECT year,
    sum((body -> 'figures' ->> 'communes')::bigint) AS "communes",
    sum((body -> 'figures' ->> 'communesSafe')::bigint) AS "communesSafe",
    sum((body -> 'figures' ->> 'xa')::bigint) AS "xa",
    sum((body -> 'figures' ->> 'xaNewRural')::bigint) AS "xaNewRural",
    sum((body -> 'figures' ->> 'residentialAreas')::bigint) AS "residentialAreas",
    sum((body -> 'figures' ->> 'residentialAreasSafe')::bigint) AS "residentialAreasSafe",
    sum((body -> 'figures' ->> 'agenciesEnterprises')::bigint) AS "agenciesEnterprises",
    sum((body -> 'figures' ->> 'agenciesEnterprisesSafe')::bigint) AS "agenciesEnterprisesSafe",
    sum((body -> 'figures' ->> 'schools')::bigint) AS "schools",
    sum((body -> 'figures' ->> 'schoolsSafe')::bigint) AS "schoolsSafe",
    sum((body -> 'figures' ->> 'newRuralModelResidentialAreas')::bigint) AS "newRuralModelResidentialAreas",
    sum((body -> 'figures' ->> 'modelTypes')::bigint) AS "modelTypes",
    sum((body -> 'figures' ->> 'modelSites')::bigint) AS "modelSites",
    sum((body -> 'figures' ->> 'exemplars')::bigint) AS "exemplars",
    sum((body -> 'figures' ->> 'modelsAppraised')::bigint) AS "modelsAppraised",
    sum((body -> 'figures' ->> 'teams')::bigint) AS "teams",
    sum((body -> 'figures' ->> 'members')::bigint) AS "members",
    sum((body -> 'figures' ->> 'membersUniformed')::bigint) AS "membersUniformed",
    sum((body -> 'figures' ->> 'membersPaidAllowance')::bigint) AS "membersPaidAllowance",
    sum((body -> 'figures' ->> 'tips')::bigint) AS "tips",
    sum((body -> 'figures' ->> 'incidentsResolved')::bigint) AS "incidentsResolved",
    sum((body -> 'figures' ->> 'outreachSessions')::bigint) AS "outreachSessions",
    sum((body -> 'figures' ->> 'patrols')::bigint) AS "patrols",
    sum((body -> 'figures' ->> 'trafficDuties')::bigint) AS "trafficDuties",
    sum((body -> 'figures' ->> 'wantedCaught')::bigint) AS "wantedCaught"
FROM antq_line
WHERE kind = 'figures'
GROUP BY year
ORDER BY year;
