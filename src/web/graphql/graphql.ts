/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/**
 * Kind of an ACQUIRED relationship. TAKEOVER and ACQUISITION run from the acquirer to the acquired
 * firm. For DIVESTMENT and BUY_BACK the source names no buyer, so the edge runs from the party that
 * let go to the firm or unit concerned (Galapagos -> BioFocus: Galapagos sold it; Actavis -> Uteron
 * Pharma 2015: Uteron was bought back from Actavis).
 */
export type AcquisitionKind =
  /** The acquirer bought the company or its assets. */
  | 'ACQUISITION'
  /** The firm the edge points to was bought back from the edge's start node. */
  | 'BUY_BACK'
  /** The edge's start node sold (divested) the unit it points to; the buyer is not in the source. */
  | 'DIVESTMENT'
  /** A (public) takeover of the whole company by the acquirer. */
  | 'TAKEOVER';

/** Kind of an inter-organizational alliance (the `type` property of an ALLIANCE relationship). */
export type AllianceType =
  | 'COMMERCIALIZATION'
  | 'CO_DEVELOPMENT'
  | 'EQUITY'
  | 'LICENSING'
  | 'MANUFACTURING'
  /** Co-participation in a funded research project (CORDIS connector). */
  | 'RESEARCH_COLLABORATION'
  | 'RESEARCH_SERVICES'
  | 'STRATEGIC'
  | 'SUPPLY';

/**
 * How a firm makes money: selling its own products, licensing/servicing a technology platform, or both
 * (Segers 2015).
 */
export type BusinessModel =
  /** Combines both models. */
  | 'HYBRID'
  /** Exploits a technology platform through services, licences and alliances. */
  | 'PLATFORM'
  /** Develops and sells its own products. */
  | 'PRODUCT';

/** Ownership status of a firm. */
export type OrganizationStatus =
  /** Taken over by another organization (see `acquiredBy`). */
  | 'ACQUIRED'
  /** Sold off as a division of another organization. */
  | 'DIVESTED'
  /** Still an independent company. */
  | 'INDEPENDENT';

type OrganizationFacts_Firm_Fragment = { __typename: 'Firm', id: string, name: string, aliases: Array<string> | null, source: string | null, note: string | null, locatedInConnection: { edges: Array<{ properties: { city: string | null, source: string | null }, node: { id: string, name: string } }> }, locatedInCountry: Array<{ id: string, name: string }>, technologyPlatforms: Array<{ id: string, name: string }>, products: Array<{ id: string, name: string }>, acquiredConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
        | { __typename: 'Firm', id: string, name: string }
        | { __typename: 'Other', id: string, name: string }
        | { __typename: 'PharmaCompany', id: string, name: string }
        | { __typename: 'PublicBody', id: string, name: string }
        | { __typename: 'ResearchInstitute', id: string, name: string }
        | { __typename: 'University', id: string, name: string }
       }> }, acquiredByConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
        | { __typename: 'Firm', id: string, name: string }
        | { __typename: 'Other', id: string, name: string }
        | { __typename: 'PharmaCompany', id: string, name: string }
        | { __typename: 'PublicBody', id: string, name: string }
        | { __typename: 'ResearchInstitute', id: string, name: string }
        | { __typename: 'University', id: string, name: string }
       }> }, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
        | { __typename: 'Firm', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'Other', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'PharmaCompany', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'PublicBody', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'ResearchInstitute', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'University', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
       }> } };

type OrganizationFacts_Other_Fragment = { __typename: 'Other', id: string, name: string, aliases: Array<string> | null, source: string | null, note: string | null, locatedInConnection: { edges: Array<{ properties: { city: string | null, source: string | null }, node: { id: string, name: string } }> }, locatedInCountry: Array<{ id: string, name: string }>, technologyPlatforms: Array<{ id: string, name: string }>, products: Array<{ id: string, name: string }>, acquiredConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
        | { __typename: 'Firm', id: string, name: string }
        | { __typename: 'Other', id: string, name: string }
        | { __typename: 'PharmaCompany', id: string, name: string }
        | { __typename: 'PublicBody', id: string, name: string }
        | { __typename: 'ResearchInstitute', id: string, name: string }
        | { __typename: 'University', id: string, name: string }
       }> }, acquiredByConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
        | { __typename: 'Firm', id: string, name: string }
        | { __typename: 'Other', id: string, name: string }
        | { __typename: 'PharmaCompany', id: string, name: string }
        | { __typename: 'PublicBody', id: string, name: string }
        | { __typename: 'ResearchInstitute', id: string, name: string }
        | { __typename: 'University', id: string, name: string }
       }> }, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
        | { __typename: 'Firm', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'Other', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'PharmaCompany', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'PublicBody', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'ResearchInstitute', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'University', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
       }> } };

type OrganizationFacts_PharmaCompany_Fragment = { __typename: 'PharmaCompany', id: string, name: string, aliases: Array<string> | null, source: string | null, note: string | null, locatedInConnection: { edges: Array<{ properties: { city: string | null, source: string | null }, node: { id: string, name: string } }> }, locatedInCountry: Array<{ id: string, name: string }>, technologyPlatforms: Array<{ id: string, name: string }>, products: Array<{ id: string, name: string }>, acquiredConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
        | { __typename: 'Firm', id: string, name: string }
        | { __typename: 'Other', id: string, name: string }
        | { __typename: 'PharmaCompany', id: string, name: string }
        | { __typename: 'PublicBody', id: string, name: string }
        | { __typename: 'ResearchInstitute', id: string, name: string }
        | { __typename: 'University', id: string, name: string }
       }> }, acquiredByConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
        | { __typename: 'Firm', id: string, name: string }
        | { __typename: 'Other', id: string, name: string }
        | { __typename: 'PharmaCompany', id: string, name: string }
        | { __typename: 'PublicBody', id: string, name: string }
        | { __typename: 'ResearchInstitute', id: string, name: string }
        | { __typename: 'University', id: string, name: string }
       }> }, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
        | { __typename: 'Firm', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'Other', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'PharmaCompany', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'PublicBody', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'ResearchInstitute', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'University', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
       }> } };

type OrganizationFacts_PublicBody_Fragment = { __typename: 'PublicBody', id: string, name: string, aliases: Array<string> | null, source: string | null, note: string | null, locatedInConnection: { edges: Array<{ properties: { city: string | null, source: string | null }, node: { id: string, name: string } }> }, locatedInCountry: Array<{ id: string, name: string }>, technologyPlatforms: Array<{ id: string, name: string }>, products: Array<{ id: string, name: string }>, acquiredConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
        | { __typename: 'Firm', id: string, name: string }
        | { __typename: 'Other', id: string, name: string }
        | { __typename: 'PharmaCompany', id: string, name: string }
        | { __typename: 'PublicBody', id: string, name: string }
        | { __typename: 'ResearchInstitute', id: string, name: string }
        | { __typename: 'University', id: string, name: string }
       }> }, acquiredByConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
        | { __typename: 'Firm', id: string, name: string }
        | { __typename: 'Other', id: string, name: string }
        | { __typename: 'PharmaCompany', id: string, name: string }
        | { __typename: 'PublicBody', id: string, name: string }
        | { __typename: 'ResearchInstitute', id: string, name: string }
        | { __typename: 'University', id: string, name: string }
       }> }, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
        | { __typename: 'Firm', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'Other', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'PharmaCompany', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'PublicBody', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'ResearchInstitute', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'University', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
       }> } };

type OrganizationFacts_ResearchInstitute_Fragment = { __typename: 'ResearchInstitute', id: string, name: string, aliases: Array<string> | null, source: string | null, note: string | null, locatedInConnection: { edges: Array<{ properties: { city: string | null, source: string | null }, node: { id: string, name: string } }> }, locatedInCountry: Array<{ id: string, name: string }>, technologyPlatforms: Array<{ id: string, name: string }>, products: Array<{ id: string, name: string }>, acquiredConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
        | { __typename: 'Firm', id: string, name: string }
        | { __typename: 'Other', id: string, name: string }
        | { __typename: 'PharmaCompany', id: string, name: string }
        | { __typename: 'PublicBody', id: string, name: string }
        | { __typename: 'ResearchInstitute', id: string, name: string }
        | { __typename: 'University', id: string, name: string }
       }> }, acquiredByConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
        | { __typename: 'Firm', id: string, name: string }
        | { __typename: 'Other', id: string, name: string }
        | { __typename: 'PharmaCompany', id: string, name: string }
        | { __typename: 'PublicBody', id: string, name: string }
        | { __typename: 'ResearchInstitute', id: string, name: string }
        | { __typename: 'University', id: string, name: string }
       }> }, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
        | { __typename: 'Firm', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'Other', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'PharmaCompany', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'PublicBody', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'ResearchInstitute', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'University', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
       }> } };

type OrganizationFacts_University_Fragment = { __typename: 'University', id: string, name: string, aliases: Array<string> | null, source: string | null, note: string | null, locatedInConnection: { edges: Array<{ properties: { city: string | null, source: string | null }, node: { id: string, name: string } }> }, locatedInCountry: Array<{ id: string, name: string }>, technologyPlatforms: Array<{ id: string, name: string }>, products: Array<{ id: string, name: string }>, acquiredConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
        | { __typename: 'Firm', id: string, name: string }
        | { __typename: 'Other', id: string, name: string }
        | { __typename: 'PharmaCompany', id: string, name: string }
        | { __typename: 'PublicBody', id: string, name: string }
        | { __typename: 'ResearchInstitute', id: string, name: string }
        | { __typename: 'University', id: string, name: string }
       }> }, acquiredByConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
        | { __typename: 'Firm', id: string, name: string }
        | { __typename: 'Other', id: string, name: string }
        | { __typename: 'PharmaCompany', id: string, name: string }
        | { __typename: 'PublicBody', id: string, name: string }
        | { __typename: 'ResearchInstitute', id: string, name: string }
        | { __typename: 'University', id: string, name: string }
       }> }, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
        | { __typename: 'Firm', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'Other', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'PharmaCompany', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'PublicBody', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'ResearchInstitute', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
        | { __typename: 'University', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                | { __typename: 'Firm', id: string, name: string }
                | { __typename: 'Other', id: string, name: string }
                | { __typename: 'PharmaCompany', id: string, name: string }
                | { __typename: 'PublicBody', id: string, name: string }
                | { __typename: 'ResearchInstitute', id: string, name: string }
                | { __typename: 'University', id: string, name: string }
               }> } }
       }> } };

export type OrganizationFactsFragment =
  | OrganizationFacts_Firm_Fragment
  | OrganizationFacts_Other_Fragment
  | OrganizationFacts_PharmaCompany_Fragment
  | OrganizationFacts_PublicBody_Fragment
  | OrganizationFacts_ResearchInstitute_Fragment
  | OrganizationFacts_University_Fragment
;

export type ExplorerOrganizationKindQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerOrganizationKindQuery = { organizations: Array<
    | { __typename: 'Firm' }
    | { __typename: 'Other' }
    | { __typename: 'PharmaCompany' }
    | { __typename: 'PublicBody' }
    | { __typename: 'ResearchInstitute' }
    | { __typename: 'University' }
  > };

export type ExplorerOrganizationQueryVariables = Exact<{
  id: string;
  asOf?: number | null | undefined;
  firm?: boolean;
  university?: boolean;
  pharmaCompany?: boolean;
  researchInstitute?: boolean;
  publicBody?: boolean;
  other?: boolean;
}>;


export type ExplorerOrganizationQuery = { firms?: Array<{ __typename: 'Firm', foundedYear: number | null, status: OrganizationStatus | null, businessModel: BusinessModel | null, studySample: boolean | null, selfSustaining: boolean | null, id: string, name: string, aliases: Array<string> | null, source: string | null, note: string | null, listedOn: Array<{ id: string, name: string }>, locatedInConnection: { edges: Array<{ properties: { city: string | null, source: string | null }, node: { id: string, name: string } }> }, locatedInCountry: Array<{ id: string, name: string }>, technologyPlatforms: Array<{ id: string, name: string }>, products: Array<{ id: string, name: string }>, acquiredConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
          | { __typename: 'Firm', id: string, name: string }
          | { __typename: 'Other', id: string, name: string }
          | { __typename: 'PharmaCompany', id: string, name: string }
          | { __typename: 'PublicBody', id: string, name: string }
          | { __typename: 'ResearchInstitute', id: string, name: string }
          | { __typename: 'University', id: string, name: string }
         }> }, acquiredByConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
          | { __typename: 'Firm', id: string, name: string }
          | { __typename: 'Other', id: string, name: string }
          | { __typename: 'PharmaCompany', id: string, name: string }
          | { __typename: 'PublicBody', id: string, name: string }
          | { __typename: 'ResearchInstitute', id: string, name: string }
          | { __typename: 'University', id: string, name: string }
         }> }, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
          | { __typename: 'Firm', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'Other', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'PharmaCompany', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'PublicBody', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'ResearchInstitute', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'University', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
         }> } }>, universities?: Array<{ __typename: 'University', id: string, name: string, aliases: Array<string> | null, source: string | null, note: string | null, locatedInConnection: { edges: Array<{ properties: { city: string | null, source: string | null }, node: { id: string, name: string } }> }, locatedInCountry: Array<{ id: string, name: string }>, technologyPlatforms: Array<{ id: string, name: string }>, products: Array<{ id: string, name: string }>, acquiredConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
          | { __typename: 'Firm', id: string, name: string }
          | { __typename: 'Other', id: string, name: string }
          | { __typename: 'PharmaCompany', id: string, name: string }
          | { __typename: 'PublicBody', id: string, name: string }
          | { __typename: 'ResearchInstitute', id: string, name: string }
          | { __typename: 'University', id: string, name: string }
         }> }, acquiredByConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
          | { __typename: 'Firm', id: string, name: string }
          | { __typename: 'Other', id: string, name: string }
          | { __typename: 'PharmaCompany', id: string, name: string }
          | { __typename: 'PublicBody', id: string, name: string }
          | { __typename: 'ResearchInstitute', id: string, name: string }
          | { __typename: 'University', id: string, name: string }
         }> }, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
          | { __typename: 'Firm', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'Other', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'PharmaCompany', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'PublicBody', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'ResearchInstitute', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'University', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
         }> } }>, pharmaCompanies?: Array<{ __typename: 'PharmaCompany', id: string, name: string, aliases: Array<string> | null, source: string | null, note: string | null, locatedInConnection: { edges: Array<{ properties: { city: string | null, source: string | null }, node: { id: string, name: string } }> }, locatedInCountry: Array<{ id: string, name: string }>, technologyPlatforms: Array<{ id: string, name: string }>, products: Array<{ id: string, name: string }>, acquiredConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
          | { __typename: 'Firm', id: string, name: string }
          | { __typename: 'Other', id: string, name: string }
          | { __typename: 'PharmaCompany', id: string, name: string }
          | { __typename: 'PublicBody', id: string, name: string }
          | { __typename: 'ResearchInstitute', id: string, name: string }
          | { __typename: 'University', id: string, name: string }
         }> }, acquiredByConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
          | { __typename: 'Firm', id: string, name: string }
          | { __typename: 'Other', id: string, name: string }
          | { __typename: 'PharmaCompany', id: string, name: string }
          | { __typename: 'PublicBody', id: string, name: string }
          | { __typename: 'ResearchInstitute', id: string, name: string }
          | { __typename: 'University', id: string, name: string }
         }> }, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
          | { __typename: 'Firm', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'Other', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'PharmaCompany', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'PublicBody', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'ResearchInstitute', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'University', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
         }> } }>, researchInstitutes?: Array<{ __typename: 'ResearchInstitute', id: string, name: string, aliases: Array<string> | null, source: string | null, note: string | null, locatedInConnection: { edges: Array<{ properties: { city: string | null, source: string | null }, node: { id: string, name: string } }> }, locatedInCountry: Array<{ id: string, name: string }>, technologyPlatforms: Array<{ id: string, name: string }>, products: Array<{ id: string, name: string }>, acquiredConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
          | { __typename: 'Firm', id: string, name: string }
          | { __typename: 'Other', id: string, name: string }
          | { __typename: 'PharmaCompany', id: string, name: string }
          | { __typename: 'PublicBody', id: string, name: string }
          | { __typename: 'ResearchInstitute', id: string, name: string }
          | { __typename: 'University', id: string, name: string }
         }> }, acquiredByConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
          | { __typename: 'Firm', id: string, name: string }
          | { __typename: 'Other', id: string, name: string }
          | { __typename: 'PharmaCompany', id: string, name: string }
          | { __typename: 'PublicBody', id: string, name: string }
          | { __typename: 'ResearchInstitute', id: string, name: string }
          | { __typename: 'University', id: string, name: string }
         }> }, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
          | { __typename: 'Firm', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'Other', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'PharmaCompany', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'PublicBody', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'ResearchInstitute', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'University', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
         }> } }>, publicBodies?: Array<{ __typename: 'PublicBody', id: string, name: string, aliases: Array<string> | null, source: string | null, note: string | null, locatedInConnection: { edges: Array<{ properties: { city: string | null, source: string | null }, node: { id: string, name: string } }> }, locatedInCountry: Array<{ id: string, name: string }>, technologyPlatforms: Array<{ id: string, name: string }>, products: Array<{ id: string, name: string }>, acquiredConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
          | { __typename: 'Firm', id: string, name: string }
          | { __typename: 'Other', id: string, name: string }
          | { __typename: 'PharmaCompany', id: string, name: string }
          | { __typename: 'PublicBody', id: string, name: string }
          | { __typename: 'ResearchInstitute', id: string, name: string }
          | { __typename: 'University', id: string, name: string }
         }> }, acquiredByConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
          | { __typename: 'Firm', id: string, name: string }
          | { __typename: 'Other', id: string, name: string }
          | { __typename: 'PharmaCompany', id: string, name: string }
          | { __typename: 'PublicBody', id: string, name: string }
          | { __typename: 'ResearchInstitute', id: string, name: string }
          | { __typename: 'University', id: string, name: string }
         }> }, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
          | { __typename: 'Firm', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'Other', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'PharmaCompany', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'PublicBody', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'ResearchInstitute', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'University', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
         }> } }>, others?: Array<{ __typename: 'Other', id: string, name: string, aliases: Array<string> | null, source: string | null, note: string | null, locatedInConnection: { edges: Array<{ properties: { city: string | null, source: string | null }, node: { id: string, name: string } }> }, locatedInCountry: Array<{ id: string, name: string }>, technologyPlatforms: Array<{ id: string, name: string }>, products: Array<{ id: string, name: string }>, acquiredConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
          | { __typename: 'Firm', id: string, name: string }
          | { __typename: 'Other', id: string, name: string }
          | { __typename: 'PharmaCompany', id: string, name: string }
          | { __typename: 'PublicBody', id: string, name: string }
          | { __typename: 'ResearchInstitute', id: string, name: string }
          | { __typename: 'University', id: string, name: string }
         }> }, acquiredByConnection: { edges: Array<{ properties: { year: number | null, kind: AcquisitionKind, source: string | null, note: string | null }, node:
          | { __typename: 'Firm', id: string, name: string }
          | { __typename: 'Other', id: string, name: string }
          | { __typename: 'PharmaCompany', id: string, name: string }
          | { __typename: 'PublicBody', id: string, name: string }
          | { __typename: 'ResearchInstitute', id: string, name: string }
          | { __typename: 'University', id: string, name: string }
         }> }, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
          | { __typename: 'Firm', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'Other', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'PharmaCompany', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'PublicBody', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'ResearchInstitute', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
          | { __typename: 'University', id: string, name: string, spinOffsConnection: { edges: Array<{ properties: { year: number | null, source: string | null }, node:
                  | { __typename: 'Firm', id: string, name: string }
                  | { __typename: 'Other', id: string, name: string }
                  | { __typename: 'PharmaCompany', id: string, name: string }
                  | { __typename: 'PublicBody', id: string, name: string }
                  | { __typename: 'ResearchInstitute', id: string, name: string }
                  | { __typename: 'University', id: string, name: string }
                 }> } }
         }> } }>, partnerDependency: { allianceCount: number, partnerCount: number, concentration: number, partners: Array<{ allianceCount: number, share: number, types: Array<AllianceType>, partner:
        | { __typename: 'Firm', id: string, name: string }
        | { __typename: 'Other', id: string, name: string }
        | { __typename: 'PharmaCompany', id: string, name: string }
        | { __typename: 'PublicBody', id: string, name: string }
        | { __typename: 'ResearchInstitute', id: string, name: string }
        | { __typename: 'University', id: string, name: string }
       }> }, spinOffLineage: Array<{ depth: number, year: number | null, organization:
      | { __typename: 'Firm', id: string, name: string }
      | { __typename: 'Other', id: string, name: string }
      | { __typename: 'PharmaCompany', id: string, name: string }
      | { __typename: 'PublicBody', id: string, name: string }
      | { __typename: 'ResearchInstitute', id: string, name: string }
      | { __typename: 'University', id: string, name: string }
     }>, sources: Array<{ key: string, title: string, citation: string | null, url: string | null }> };

export type ExplorerPathQueryVariables = Exact<{
  fromId: string;
  toId: string;
}>;


export type ExplorerPathQuery = { connectionPath: Array<{ via: string | null, direction: string | null, organization:
      | { __typename: 'Firm', id: string, name: string }
      | { __typename: 'Other', id: string, name: string }
      | { __typename: 'PharmaCompany', id: string, name: string }
      | { __typename: 'PublicBody', id: string, name: string }
      | { __typename: 'ResearchInstitute', id: string, name: string }
      | { __typename: 'University', id: string, name: string }
     }> | null };

export type ExplorerNamesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ExplorerNamesQuery = { organizations: Array<
    | { __typename: 'Firm', id: string, name: string }
    | { __typename: 'Other', id: string, name: string }
    | { __typename: 'PharmaCompany', id: string, name: string }
    | { __typename: 'PublicBody', id: string, name: string }
    | { __typename: 'ResearchInstitute', id: string, name: string }
    | { __typename: 'University', id: string, name: string }
  > };

export type ExplorerRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerRegionsQuery = { regions: Array<{ id: string, name: string, country: { name: string } | null }> };

export type ExplorerRegionQueryVariables = Exact<{
  regionId: string;
  asOf?: number | null | undefined;
}>;


export type ExplorerRegionQuery = { regions: Array<{ id: string, name: string, source: string | null, country: { id: string, name: string } | null }>, ecosystemSummary: { firmCount: number, universityCount: number, pharmaCompanyCount: number, allianceCount: number, acquisitionCount: number, alliancesByType: Array<{ type: AllianceType, count: number }>, topPartners: Array<{ dependentFirmCount: number, partner:
        | { __typename: 'Firm', id: string, name: string }
        | { __typename: 'Other', id: string, name: string }
        | { __typename: 'PharmaCompany', id: string, name: string }
        | { __typename: 'PublicBody', id: string, name: string }
        | { __typename: 'ResearchInstitute', id: string, name: string }
        | { __typename: 'University', id: string, name: string }
       }> } };

export type SpinOffLineageQueryVariables = Exact<{
  id: string;
}>;


export type SpinOffLineageQuery = { spinOffLineage: Array<{ depth: number, year: number | null, organization:
      | { __typename: 'Firm', id: string, name: string }
      | { __typename: 'Other', id: string, name: string }
      | { __typename: 'PharmaCompany', id: string, name: string }
      | { __typename: 'PublicBody', id: string, name: string }
      | { __typename: 'ResearchInstitute', id: string, name: string }
      | { __typename: 'University', id: string, name: string }
     }> };

export type SearchOrganizationsQueryVariables = Exact<{
  query: string;
  limit?: number | null | undefined;
}>;


export type SearchOrganizationsQuery = { searchOrganizations: Array<{ score: number, organization:
      | { __typename: 'Firm', id: string, name: string, aliases: Array<string> | null }
      | { __typename: 'Other', id: string, name: string, aliases: Array<string> | null }
      | { __typename: 'PharmaCompany', id: string, name: string, aliases: Array<string> | null }
      | { __typename: 'PublicBody', id: string, name: string, aliases: Array<string> | null }
      | { __typename: 'ResearchInstitute', id: string, name: string, aliases: Array<string> | null }
      | { __typename: 'University', id: string, name: string, aliases: Array<string> | null }
     }> };

export type AllianceNetworkQueryVariables = Exact<{
  asOf?: number | null | undefined;
  regionId?: string | null | undefined;
  centerId?: string | null | undefined;
  hops?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type AllianceNetworkQuery = { allianceNetwork: { truncated: boolean, nodes: Array<{ degree: number, community: number | null, organization:
        | { __typename: 'Firm', id: string, name: string }
        | { __typename: 'Other', id: string, name: string }
        | { __typename: 'PharmaCompany', id: string, name: string }
        | { __typename: 'PublicBody', id: string, name: string }
        | { __typename: 'ResearchInstitute', id: string, name: string }
        | { __typename: 'University', id: string, name: string }
       }>, edges: Array<{ source: string, target: string, types: Array<AllianceType>, allianceCount: number, since: number | null }> } };

export type AllianceTimelineQueryVariables = Exact<{
  regionId?: string | null | undefined;
}>;


export type AllianceTimelineQuery = { allianceTimeline: Array<{ year: number, started: number, ended: number, active: number, undated: number }> };

export const OrganizationFactsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"locatedInConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Location"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"locatedInCountry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologyPlatforms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acquiredConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Acquisition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acquiredByConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Acquisition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"spinOffsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpinOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"spinOffsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpinOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationFactsFragment, unknown>;
export const ExplorerOrganizationKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerOrganizationKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ExplorerOrganizationKindQuery, ExplorerOrganizationKindQueryVariables>;
export const ExplorerOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"university"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pharmaCompany"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"researchInstitute"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publicBody"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"other"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firm"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFacts"}},{"kind":"Field","name":{"kind":"Name","value":"foundedYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"studySample"}},{"kind":"Field","name":{"kind":"Name","value":"selfSustaining"}},{"kind":"Field","name":{"kind":"Name","value":"listedOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"universities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"university"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pharmaCompanies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pharmaCompany"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"researchInstitutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"researchInstitute"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicBodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publicBody"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"others"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"other"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerDependency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceCount"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCount"}},{"kind":"Field","name":{"kind":"Name","value":"concentration"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceCount"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"types"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"spinOffLineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"locatedInConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Location"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"locatedInCountry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologyPlatforms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acquiredConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Acquisition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acquiredByConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Acquisition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"spinOffsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpinOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"spinOffsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpinOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerOrganizationQuery, ExplorerOrganizationQueryVariables>;
export const ExplorerPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toId"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerPathQuery, ExplorerPathQueryVariables>;
export const ExplorerNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ExplorerNamesQuery, ExplorerNamesQueryVariables>;
export const ExplorerRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerRegionsQuery, ExplorerRegionsQueryVariables>;
export const ExplorerRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ecosystemSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"top"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firmCount"}},{"kind":"Field","name":{"kind":"Name","value":"universityCount"}},{"kind":"Field","name":{"kind":"Name","value":"pharmaCompanyCount"}},{"kind":"Field","name":{"kind":"Name","value":"allianceCount"}},{"kind":"Field","name":{"kind":"Name","value":"acquisitionCount"}},{"kind":"Field","name":{"kind":"Name","value":"alliancesByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependentFirmCount"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerRegionQuery, ExplorerRegionQueryVariables>;
export const SpinOffLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpinOffLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spinOffLineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SpinOffLineageQuery, SpinOffLineageQueryVariables>;
export const SearchOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]}}]} as unknown as DocumentNode<SearchOrganizationsQuery, SearchOrganizationsQueryVariables>;
export const AllianceNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllianceNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"centerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"hops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hops"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"types"}},{"kind":"Field","name":{"kind":"Name","value":"allianceCount"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]} as unknown as DocumentNode<AllianceNetworkQuery, AllianceNetworkQueryVariables>;
export const AllianceTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllianceTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceTimeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"undated"}}]}}]}}]} as unknown as DocumentNode<AllianceTimelineQuery, AllianceTimelineQueryVariables>;