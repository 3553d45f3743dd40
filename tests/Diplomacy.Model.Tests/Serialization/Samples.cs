namespace Diplomacy.Model.Tests.Serialization;

/// <summary>A small valid incident document, written by hand as another tool would (also the example in docs/format.md).</summary>
internal static class Samples
{
    internal const string Incident = """
        {
          "formatVersion": "1.0",
          "incident": {
            "id": "beijing-refuge-2016",
            "title": "North Korean official takes refuge in a South Korean mission",
            "sources": [
              {
                "id": "src-000",
                "kind": "newsReport",
                "headline": "China urges solution to North Korean official's refuge in Seoul mission",
                "publicationDate": "2016-10-10",
                "publishedAt": "2016-10-10T08:30:00Z",
                "language": "en",
                "contentHash": "sha256:4a349343ccaee4b6aa1f0c3e2b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d"
              }
            ],
            "actors": [
              { "type": "state", "id": "prk", "code": "PRK", "name": "North Korea" },
              {
                "type": "state",
                "id": "kor",
                "code": "KOR",
                "name": "South Korea",
                "aliases": [
                  { "text": "Seoul", "kind": "metonym", "provenance": { "analystRationale": "capital for government" } }
                ]
              },
              { "type": "state", "id": "chn", "code": "CHN", "name": "China" },
              { "type": "namedPerson", "id": "ri", "name": "Ri Pyong-chol", "nationality": "prk" },
              { "type": "organization", "id": "mfa-prc", "name": "Ministry of Foreign Affairs of the PRC", "kind": "ministry", "state": "chn" },
              { "type": "namedPerson", "id": "spokesperson", "name": "Geng Shuang" }
            ],
            "posts": [
              {
                "id": "post-spokesperson",
                "holder": "spokesperson",
                "title": "foreign ministry spokesperson",
                "serves": "mfa-prc",
                "validity": { "start": "2016-01-01", "end": "2016-12-31" },
                "provenance": { "analystRationale": "public record" }
              }
            ],
            "missions": [
              {
                "id": "kor-trade-beijing",
                "kind": "tradeMission",
                "sendingState": "kor",
                "receivingState": "chn",
                "city": "Beijing",
                "coordinates": { "latitude": 39.9042, "longitude": 116.4074 },
                "provenance": {
                  "attributions": [
                    {
                      "source": "src-000",
                      "span": { "start": 120, "quote": "South Korea's trade mission in Beijing" },
                      "basis": "anonymousSources",
                      "grade": { "reliability": "usuallyReliable", "credibility": "possiblyTrue" }
                    }
                  ]
                }
              }
            ],
            "asylumClaims": [
              {
                "id": "claim-ri",
                "kind": "diplomatic",
                "claimant": "ri",
                "stateFled": "prk",
                "stateAsked": "kor",
                "refuge": { "type": "mission", "mission": "kor-trade-beijing" },
                "history": [
                  { "status": "refugeTaken", "when": { "words": "late last week", "anchor": "2016-10-10" }, "provenance": { "analystRationale": "report 000" } },
                  { "status": "asylumRequested", "provenance": { "analystRationale": "report 000" } }
                ],
                "provenance": { "analystRationale": "report 000" }
              }
            ],
            "statements": [
              {
                "id": "st-china",
                "speaker": { "actor": "spokesperson", "post": "post-spokesperson" },
                "onBehalfOf": "chn",
                "stances": [ "urgesResolution" ],
                "addressees": { "scope": "bothSides", "words": "relevant parties" },
                "text": {
                  "type": "quotation",
                  "segments": [
                    { "kind": "verbatim", "text": "We hope " },
                    { "kind": "editorialInsertion", "text": "[North Korea]" },
                    { "kind": "verbatim", "text": " and South Korea can resolve this properly." }
                  ],
                  "rendering": "translation",
                  "originalLanguage": "zh"
                },
                "venue": { "kind": "regularPressBriefing" },
                "regarding": "claim-ri",
                "provenance": { "analystRationale": "report 000" }
              }
            ]
          }
        }
        """;
}
