/**
 * What every built-in ATS adapter must read: each URL shape from ats.md and the context it
 * gives, and each saved page under test/fixtures/ats/<adapter id>/ with exactly the subject and
 * rows it shows. The adapter tests run this table; the convention test fails for an adapter
 * without an entry here.
 */
import { ashby } from '@/lib/ats/ashby';
import { bamboohr } from '@/lib/ats/bamboohr';
import { greenhouse } from '@/lib/ats/greenhouse';
import { jazzhr } from '@/lib/ats/jazzhr';
import { lever } from '@/lib/ats/lever';
import { recruitee } from '@/lib/ats/recruitee';
import { smartrecruiters } from '@/lib/ats/smartrecruiters';
import { teamtailor } from '@/lib/ats/teamtailor';
import type { AtsAdapter } from '@/lib/ats/types';
import { workable } from '@/lib/ats/workable';
import type { AtsContext, Subject } from '@/lib/model';

export interface PageCase {
  /** A file in the adapter's fixtures folder. */
  file: string;
  /** The URL the page is shown at. */
  url: string;
  /** The page's candidate; undefined when the URL is no candidate's (a plain list). */
  subject: Subject | undefined;
  /** The list's rows, in order; none when the page lists no candidates. */
  rows?: Subject[];
}

export interface AtsCase {
  adapter: AtsAdapter;
  /** Every URL shape, with its context (undefined: not a candidate page). */
  urls: [url: string, context: AtsContext | undefined][];
  pages: PageCase[];
}

const LEVER_OMAR = '3c9e1b7a-52d4-4f0e-9a61-8b2d7c4e5f10';
const LEVER_FRONTEND = '7d2f4a91-0c3b-4e8a-b5d6-1e9f8a7c6b54';
const ASHBY_LI = 'a4f1c2d3-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const ASHBY_LI_APP = 'b5e2d3c4-6f7a-4b8c-9d0e-1f2a3b4c5d6e';
const ASHBY_PLATFORM = 'c6f3e4d5-7a8b-4c9d-8e0f-2a3b4c5d6e7f';
const SR_SAM = '5a2c7e94-3b1d-4f86-a0c9-7e5d3b1a9f28';
const SR_BACKEND = '9e8d7c6b-5a49-4382-9716-05f4e3d2c1b0';
const TT_COMPANY = 'Xk3pQ9vL2mA@eu';

/** A BambooHR job's applicants (job 57): Aiko Tanaka, Noah Fischer, Li Wei. */
const BAMBOOHR_LIST_ROWS: Subject[] = [
  { name: 'Aiko Tanaka', emails: ['aiko.tanaka@example.com'], ids: {}, ats: { ats: 'bamboohr', candidateId: '1843', jobId: '57' } },
  {
    name: 'Noah Fischer',
    emails: ['noah.fischer@example.com'],
    ids: {},
    ats: { ats: 'bamboohr', candidateId: '1851', jobId: '57' },
  },
  { name: 'Li Wei', emails: ['li.wei@example.com'], ids: {}, ats: { ats: 'bamboohr', candidateId: '1870', jobId: '57' } },
];

/** Lever's candidates list (list.html), also beneath the flyover (flyover.html). */
const LEVER_LIST_ROWS: Subject[] = [
  {
    name: 'Omar Haddad',
    emails: ['omar.haddad@example.com'],
    ids: {},
    ats: { ats: 'lever', candidateId: LEVER_OMAR, applicationId: LEVER_OMAR, jobId: LEVER_FRONTEND },
  },
  {
    name: 'Lucas Martin',
    emails: [],
    ids: {},
    ats: {
      ats: 'lever',
      candidateId: '0b8f3e2d-6a1c-4d5e-8f7a-9b0c1d2e3f40',
      applicationId: '0b8f3e2d-6a1c-4d5e-8f7a-9b0c1d2e3f40',
      jobId: LEVER_FRONTEND,
    },
  },
  {
    name: 'Diego Rossi',
    emails: ['diego.rossi@example.com'],
    ids: {},
    ats: {
      ats: 'lever',
      candidateId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      applicationId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      jobId: '2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b',
    },
  },
];

export const ATS_CASES: AtsCase[] = [
  {
    adapter: greenhouse,
    urls: [
      ['https://app.greenhouse.io/people/4410023', { ats: 'greenhouse', candidateId: '4410023' }],
      [
        'https://app.greenhouse.io/people/4410023?application_id=8812001',
        { ats: 'greenhouse', candidateId: '4410023', applicationId: '8812001' },
      ],
      ['https://app.greenhouse.io/people/7/applications/9/redesign', { ats: 'greenhouse', candidateId: '7', applicationId: '9' }],
      [
        'https://app4.greenhouse.io/people/1?application_id=2&job_id=3',
        { ats: 'greenhouse', candidateId: '1', applicationId: '2', jobId: '3' },
      ],
      ['https://acme.us.greenhouse.io/people/1', { ats: 'greenhouse', candidateId: '1' }],
      // Shapes seen on the live app (ravsssh/greenhouse-cv-crawl): the redesign from a search, hosts app2–app4, company hosts.
      [
        'https://app.greenhouse.io/people/4410023/applications/8812001/redesign?src=search',
        { ats: 'greenhouse', candidateId: '4410023', applicationId: '8812001' },
      ],
      [
        'https://app2.greenhouse.io/people/4410023/applications/8812001',
        { ats: 'greenhouse', candidateId: '4410023', applicationId: '8812001' },
      ],
      [
        'https://app3.greenhouse.io/people/4410023?application_id=8812001',
        { ats: 'greenhouse', candidateId: '4410023', applicationId: '8812001' },
      ],
      ['https://acme.greenhouse.io/people/4410023', { ats: 'greenhouse', candidateId: '4410023' }],
      // A scorecard is about one candidate, but its id is the scorecard's: no ids from the URL.
      ['https://app.greenhouse.io/scorecards/90210', { ats: 'greenhouse' }],
      ['https://app.greenhouse.io/scorecards', undefined],
      // A job's dashboard and its candidate list: list pages, their job read by jobLink.
      ['https://app.greenhouse.io/sdash/5512007', undefined],
      ['https://app.greenhouse.io/plans/5512007/candidates?stage_status_id=2&page=3', undefined],
      ['https://app.greenhouse.io/people?sort=last_activity', undefined],
      ['https://app.greenhouse.io/dashboard', undefined],
    ],
    pages: [
      {
        file: 'candidate.html',
        url: 'https://app.greenhouse.io/people/4410023?application_id=8812001',
        subject: {
          name: 'Jane Doe',
          emails: ['jane.doe@example.com'],
          ids: {
            talentscreen: ['result_jane_backend'],
            hiringbranch: ['6806925756b1f3c37b52440b'],
          },
          ats: { ats: 'greenhouse', candidateId: '4410023', applicationId: '8812001', jobId: '5512007' },
        },
      },
      {
        // A job's list whose rows are found by their /people/{pid}/applications/{aid} links alone.
        file: 'job-list.html',
        url: 'https://app.greenhouse.io/plans/5512007/candidates?stage_status_id=2&page=2',
        subject: undefined,
        rows: [
          {
            name: 'Lucas Martin',
            emails: ['lucas.martin@example.com'],
            ids: {},
            ats: { ats: 'greenhouse', candidateId: '4410041', applicationId: '8812041', jobId: '5512007' },
          },
          {
            name: 'Aiko Tanaka',
            emails: [],
            ids: { talentscreen: ['cand_aiko042'] },
            ats: { ats: 'greenhouse', candidateId: '4410042', applicationId: '8812042', jobId: '5512007' },
          },
          {
            name: 'Li Wei',
            emails: [],
            ids: {},
            ats: { ats: 'greenhouse', candidateId: '4410043', applicationId: '8812043', jobId: '5512007' },
          },
        ],
      },
      {
        file: 'list.html',
        url: 'https://app.greenhouse.io/people?sort=last_activity',
        subject: undefined,
        rows: [
          {
            name: 'Jane Doe',
            emails: ['jane.doe@example.com'],
            ids: {},
            ats: { ats: 'greenhouse', candidateId: '4410023', applicationId: '8812001', jobId: '5512007' },
          },
          {
            name: 'Janet Doerr',
            emails: ['janet.doerr@example.com'],
            ids: {},
            ats: { ats: 'greenhouse', candidateId: '4410024', applicationId: '8812002', jobId: '5512007' },
          },
          {
            name: 'Omar Haddad',
            emails: [],
            ids: { talentscreen: ['cand_omar003'] },
            ats: { ats: 'greenhouse', candidateId: '4410025', applicationId: '8812003', jobId: '5512007' },
          },
          {
            name: 'Priya Shah',
            emails: ['priya.shah@example.com'],
            ids: {},
            ats: { ats: 'greenhouse', candidateId: '4410029', applicationId: '8812007', jobId: '5512008' },
          },
          { name: 'Emma Wilson', emails: [], ids: {}, ats: { ats: 'greenhouse', candidateId: '4410033' } },
        ],
      },
    ],
  },
  {
    adapter: lever,
    urls: [
      [`https://hire.lever.co/candidates/${LEVER_OMAR}`, { ats: 'lever', candidateId: LEVER_OMAR, applicationId: LEVER_OMAR }],
      [
        `https://hire.lever.co/candidates/${LEVER_OMAR}/feedback?tab=notes`,
        { ats: 'lever', candidateId: LEVER_OMAR, applicationId: LEVER_OMAR },
      ],
      [
        `https://hire.sandbox.lever.co/candidates/${LEVER_OMAR.toUpperCase()}`,
        { ats: 'lever', candidateId: LEVER_OMAR, applicationId: LEVER_OMAR },
      ],
      // An interview's page is about one candidate; its id is the interview's, so no ids from the URL.
      ['https://hire.lever.co/interviews/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', { ats: 'lever' }],
      ['https://hire.lever.co/interviews/9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D?tab=feedback', { ats: 'lever' }],
      ['https://hire.lever.co/interviews', undefined],
      ['https://hire.lever.co/candidates?stage=active', undefined],
      [`https://hire.lever.co/jobs/postings/${LEVER_FRONTEND}`, undefined],
    ],
    pages: [
      {
        file: 'candidate.html',
        url: `https://hire.lever.co/candidates/${LEVER_OMAR}`,
        subject: {
          name: 'Omar Haddad',
          emails: ['omar.haddad@example.com', 'omar@haddad.dev'],
          ids: {
            hiringbranch: ['6806925e2d542314849ca102'],
          },
          ats: { ats: 'lever', candidateId: LEVER_OMAR, applicationId: LEVER_OMAR, jobId: LEVER_FRONTEND },
        },
      },
      {
        // The profile as a flyover over the list: the flyover's candidate, none of the rows' emails or ids.
        file: 'flyover.html',
        url: `https://hire.lever.co/candidates/${LEVER_OMAR}`,
        subject: {
          name: 'Omar Haddad',
          emails: ['omar.haddad@example.com'],
          ids: { talentscreen: ['result_omar_fe'], hiringbranch: ['6806925e2d542314849ca102'] },
          ats: { ats: 'lever', candidateId: LEVER_OMAR, applicationId: LEVER_OMAR, jobId: LEVER_FRONTEND },
        },
        // The list beneath is list.html's, Lucas's row showing his email and TalentScreen id.
        rows: LEVER_LIST_ROWS.map((row) =>
          row.name === 'Lucas Martin' ? { ...row, emails: ['lucas.martin@example.com'], ids: { talentscreen: ['cand_lucas01'] } } : row,
        ),
      },
      {
        file: 'list.html',
        url: 'https://hire.lever.co/candidates?stage=active',
        subject: undefined,
        rows: LEVER_LIST_ROWS,
      },
    ],
  },
  {
    adapter: ashby,
    urls: [
      [`https://app.ashbyhq.com/candidates/${ASHBY_LI}`, { ats: 'ashby', candidateId: ASHBY_LI }],
      [
        `https://app.ashbyhq.com/candidate-searches/new/right-side/candidates/${ASHBY_LI}/applications/${ASHBY_LI_APP}/feed`,
        { ats: 'ashby', candidateId: ASHBY_LI, applicationId: ASHBY_LI_APP },
      ],
      [
        `https://app.ashbyhq.com/jobs/${ASHBY_PLATFORM}/candidate-pipeline/active/right-side/candidates/${ASHBY_LI}/applications/${ASHBY_LI_APP}/feed`,
        { ats: 'ashby', candidateId: ASHBY_LI, applicationId: ASHBY_LI_APP, jobId: ASHBY_PLATFORM },
      ],
      [
        `https://app.ashbyhq.com/candidates/pipeline/application-review/right-side/candidates/${ASHBY_LI}/applications/${ASHBY_LI_APP}/feed`,
        { ats: 'ashby', candidateId: ASHBY_LI, applicationId: ASHBY_LI_APP },
      ],
      ['https://app.ashbyhq.com/candidates/pipeline/application-review', undefined],
      ['https://app.ashbyhq.com/candidate-searches/new', undefined],
      [`https://app.ashbyhq.com/jobs/${ASHBY_PLATFORM}/candidate-pipeline/active`, undefined],
    ],
    pages: [
      {
        file: 'candidate.html',
        url: `https://app.ashbyhq.com/candidates/${ASHBY_LI}`,
        subject: {
          name: 'Li Wei',
          emails: ['li.wei@example.com'],
          ids: {
            talentscreen: ['result_li_platform'],
            hiringbranch: ['59bc377497c7ac0cbc1b69c7'],
          },
          ats: { ats: 'ashby', candidateId: ASHBY_LI, jobId: ASHBY_PLATFORM },
        },
      },
      {
        // The same candidate as a drawer over a search's results.
        file: 'list.html',
        url: `https://app.ashbyhq.com/candidate-searches/new/right-side/candidates/${ASHBY_LI}/applications/${ASHBY_LI_APP}/feed`,
        subject: {
          name: 'Li Wei',
          emails: ['li.wei@example.com'],
          ids: {
            talentscreen: ['result_li_platform'],
            hiringbranch: ['59bc377497c7ac0cbc1b69c7'],
          },
          ats: { ats: 'ashby', candidateId: ASHBY_LI, applicationId: ASHBY_LI_APP, jobId: ASHBY_PLATFORM },
        },
        rows: [
          {
            name: 'Li Wei',
            emails: ['li.wei@example.com'],
            ids: {},
            ats: { ats: 'ashby', candidateId: ASHBY_LI, applicationId: ASHBY_LI_APP, jobId: ASHBY_PLATFORM },
          },
          {
            name: 'María García',
            emails: ['maria.garcia@example.com'],
            ids: {},
            ats: {
              ats: 'ashby',
              candidateId: 'd7a4f5e6-8b9c-4d0e-9f1a-3b4c5d6e7f80',
              applicationId: 'e8b5a6f7-9c0d-4e1f-8a2b-4c5d6e7f8091',
              jobId: ASHBY_PLATFORM,
            },
          },
          {
            name: 'Aiko Tanaka',
            emails: [],
            ids: {},
            ats: {
              ats: 'ashby',
              candidateId: 'f9c6b7a8-0d1e-4f2a-9b3c-5d6e7f809102',
              applicationId: '0ad7c8b9-1e2f-4a3b-8c4d-6e7f80910213',
              jobId: ASHBY_PLATFORM,
            },
          },
          {
            name: 'Noah Fischer',
            emails: ['noah.fischer@example.com'],
            ids: {},
            ats: {
              ats: 'ashby',
              candidateId: '1be8d9c0-2f3a-4b4c-9d5e-7f8091021324',
              applicationId: '2cf9e0d1-3a4b-4c5d-8e6f-809102132435',
            },
          },
        ],
      },
    ],
  },
  {
    adapter: workable,
    urls: [
      [
        'https://initech.workable.com/backend/jobs/2874019/candidates/7f3c2a91',
        { ats: 'workable', candidateId: '7f3c2a91', jobId: '2874019' },
      ],
      [
        'https://initech.workable.com/backend/jobs/2874019/browser/applied/candidate/7f3c2a91',
        { ats: 'workable', candidateId: '7f3c2a91', jobId: '2874019' },
      ],
      // Job ids numeric or shortcodes, candidate ids numeric or hex, any stage (public scripts, Workable API profile_url).
      [
        'https://initech.workable.com/backend/jobs/3F2A1B9C7D/browser/phone-screen/candidate/98765432',
        { ats: 'workable', candidateId: '98765432', jobId: '3F2A1B9C7D' },
      ],
      [
        'https://initech.workable.com/backend/jobs/2874019/browser/interview/candidate/2c9f1e0a7b3d?tab=timeline',
        { ats: 'workable', candidateId: '2c9f1e0a7b3d', jobId: '2874019' },
      ],
      [
        'https://initech.workable.com/backend/jobs/3F2A1B9C7D/candidates/98765432',
        { ats: 'workable', candidateId: '98765432', jobId: '3F2A1B9C7D' },
      ],
      ['https://initech.workable.com/backend/jobs/2874019/browser/applied', undefined],
      ['https://apply.workable.com/initech/j/3F2A1B9C7D/', undefined],
    ],
    pages: [
      {
        file: 'candidate.html',
        url: 'https://initech.workable.com/backend/jobs/2874019/candidates/7f3c2a91',
        subject: {
          name: 'Diego Rossi',
          emails: ['diego.rossi@example.com', 'diego.rossi@contoso-mail.example'],
          ids: {
            hiringbranch: ['6e514f6a7d8c9102b3c4d5e6'],
          },
          ats: { ats: 'workable', candidateId: '7f3c2a91', jobId: '2874019' },
        },
      },
      {
        // The browser view: the candidate beside the list, the rows' names and emails never the candidate's.
        file: 'browser.html',
        url: 'https://initech.workable.com/backend/jobs/2874019/browser/applied/candidate/7f3c2a91',
        subject: {
          name: 'Diego Rossi',
          emails: ['diego.rossi@example.com'],
          ids: { talentscreen: ['result_diego_backend'] },
          ats: { ats: 'workable', candidateId: '7f3c2a91', jobId: '2874019' },
        },
        rows: [
          {
            name: 'Janet Doerr',
            emails: ['janet.doerr@example.com'],
            ids: {},
            ats: { ats: 'workable', candidateId: '8a4d3b02', jobId: '2874019' },
          },
          { name: 'Diego Rossi', emails: [], ids: {}, ats: { ats: 'workable', candidateId: '7f3c2a91', jobId: '2874019' } },
          {
            name: 'Emma Wilson',
            emails: ['emma.wilson@example.com'],
            ids: { talentscreen: ['cand_emma09'] },
            ats: { ats: 'workable', candidateId: '9b5e4c13', jobId: '2874019' },
          },
        ],
      },
      {
        file: 'list.html',
        url: 'https://initech.workable.com/backend/jobs/2874019/browser/applied',
        subject: undefined,
        rows: [
          {
            name: 'Diego Rossi',
            emails: ['diego.rossi@example.com'],
            ids: {},
            ats: { ats: 'workable', candidateId: '7f3c2a91', jobId: '2874019' },
          },
          {
            name: 'Janet Doerr',
            emails: ['janet.doerr@example.com'],
            ids: {},
            ats: { ats: 'workable', candidateId: '8a4d3b02', jobId: '2874019' },
          },
          { name: 'Emma Wilson', emails: [], ids: {}, ats: { ats: 'workable', candidateId: '9b5e4c13', jobId: '2874019' } },
        ],
      },
    ],
  },
  {
    adapter: smartrecruiters,
    urls: [
      [`https://www.smartrecruiters.com/app/people/candidates/${SR_SAM}`, { ats: 'smartrecruiters', candidateId: SR_SAM }],
      [
        `https://www.smartrecruiters.com/app/people/applications/0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b/overview?jobId=${SR_BACKEND}`,
        { ats: 'smartrecruiters', applicationId: '0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b', jobId: SR_BACKEND },
      ],
      // The profile and the older messages page (public scripts on the live app).
      [`https://www.smartrecruiters.com/app/people/profile/${SR_SAM}`, { ats: 'smartrecruiters', candidateId: SR_SAM }],
      ['https://www.smartrecruiters.com/app/people/profile/3481205577', { ats: 'smartrecruiters', candidateId: '3481205577' }],
      [`https://www.smartrecruiters.com/app/people/${SR_SAM.toUpperCase()}/messages`, { ats: 'smartrecruiters', candidateId: SR_SAM }],
      ['https://www.smartrecruiters.com/app/people/applications/3481205577', { ats: 'smartrecruiters', applicationId: '3481205577' }],
      ['https://www.smartrecruiters.com/app/people/profile', undefined],
      ['https://www.smartrecruiters.com/app/people/messages', undefined],
      ['https://www.smartrecruiters.com/app/people/candidates', undefined],
      [`https://www.smartrecruiters.com/app/jobs/details/${SR_BACKEND}/candidates`, undefined],
    ],
    pages: [
      {
        file: 'candidate.html',
        url: `https://www.smartrecruiters.com/app/people/candidates/${SR_SAM}`,
        subject: {
          name: 'Sam Okafor',
          emails: ['sam.okafor@example.com'],
          ids: {
            talentscreen: ['cand_sam004'],
            hiringbranch: ['6b2e1d3c4a5f60718293a4b5'],
          },
          ats: { ats: 'smartrecruiters', candidateId: SR_SAM, jobId: SR_BACKEND },
        },
      },
      {
        file: 'list.html',
        url: `https://www.smartrecruiters.com/app/jobs/details/${SR_BACKEND}/candidates`,
        subject: undefined,
        rows: [
          {
            name: 'Sam Okafor',
            emails: ['sam.okafor@example.com'],
            ids: {},
            ats: { ats: 'smartrecruiters', applicationId: '0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b', jobId: SR_BACKEND },
          },
          {
            name: 'Jane Doe',
            emails: ['jane.doe@example.com'],
            ids: {},
            ats: { ats: 'smartrecruiters', applicationId: '1a0f9e8d-7c6b-4a59-9382-716f5e4d3c2b', jobId: SR_BACKEND },
          },
          {
            // No job in the row's link: the list page's job.
            name: 'Emma Wilson',
            emails: [],
            ids: {},
            ats: { ats: 'smartrecruiters', candidateId: '5b3d8fa5-4c2e-4097-b1da-8f6e4c2b0a39', jobId: SR_BACKEND },
          },
        ],
      },
    ],
  },
  {
    adapter: teamtailor,
    urls: [
      [`https://app.teamtailor.com/companies/${TT_COMPANY}/candidates/48213377`, { ats: 'teamtailor', candidateId: '48213377' }],
      [
        `https://app.teamtailor.com/companies/${TT_COMPANY}/candidates/segment/all/candidate/48213377`,
        { ats: 'teamtailor', candidateId: '48213377' },
      ],
      ['https://app.teamtailor.com/companies/4iW4IlfJytM/candidates/48213377', { ats: 'teamtailor', candidateId: '48213377' }],
      [
        `https://app.teamtailor.com/companies/${TT_COMPANY}/jobs/301245/stages/candidate/48213377`,
        { ats: 'teamtailor', candidateId: '48213377', jobId: '301245' },
      ],
      // A job's stages with the candidate as a modal, the company id with a North America suffix (public automation scripts).
      [
        'https://app.teamtailor.com/companies/4iW4IlfJytM@na/jobs/301245/stages/candidate/48213377?modal=candidate',
        { ats: 'teamtailor', candidateId: '48213377', jobId: '301245' },
      ],
      ['https://app.teamtailor.com/companies/4iW4IlfJytM@na/jobs/301245/stages', undefined],
      [`https://app.teamtailor.com/companies/${TT_COMPANY}/candidates/segment/all`, undefined],
      ['https://app.teamtailor.com/companies/4iW4IlfJytM/dashboard', undefined],
    ],
    pages: [
      {
        file: 'candidate.html',
        url: `https://app.teamtailor.com/companies/${TT_COMPANY}/candidates/segment/all/candidate/48213377`,
        subject: {
          name: 'Priya Shah',
          emails: ['priya.shah@example.com'],
          ids: {
            talentscreen: ['result_priya_data'],
            hiringbranch: ['6f62507b8e9d0a13c4d5e6f7'],
          },
          ats: { ats: 'teamtailor', candidateId: '48213377', jobId: '301245' },
        },
      },
      {
        file: 'list.html',
        url: `https://app.teamtailor.com/companies/${TT_COMPANY}/candidates/segment/all`,
        subject: undefined,
        rows: [
          {
            name: 'Priya Shah',
            emails: ['priya.shah@example.com'],
            ids: {},
            ats: { ats: 'teamtailor', candidateId: '48213377', jobId: '301245' },
          },
          {
            name: 'Janet Doerr',
            emails: ['janet.doerr@example.com'],
            ids: {},
            ats: { ats: 'teamtailor', candidateId: '48213378', jobId: '301245' },
          },
          { name: 'Diego Rossi', emails: [], ids: {}, ats: { ats: 'teamtailor', candidateId: '48213390' } },
        ],
      },
    ],
  },
  {
    adapter: recruitee,
    urls: [
      ['https://app.recruitee.com/#/candidates?candidate=33498831', { ats: 'recruitee', candidateId: '33498831' }],
      ['https://app.recruitee.com/#/dashboard/overview?candidate=33498831&company=38422', { ats: 'recruitee', candidateId: '33498831' }],
      ['https://app.recruitee.com/#/candidates', undefined],
      ['https://app.recruitee.com/#/offers/product-designer/pipeline', undefined],
      ['https://app.recruitee.com/?candidate=33498831', undefined],
    ],
    pages: [
      {
        // The candidate is a drawer over the candidates list.
        file: 'candidate.html',
        url: 'https://app.recruitee.com/#/candidates?candidate=33498831',
        subject: {
          name: 'María García',
          emails: ['maria.garcia@example.com'],
          ids: {
            talentscreen: ['result_maria_design'],
            hiringbranch: ['6a1f0c2b9d3e4f5061728394'],
          },
          ats: { ats: 'recruitee', candidateId: '33498831' },
        },
        rows: [
          { name: 'María García', emails: [], ids: {}, ats: { ats: 'recruitee', candidateId: '33498831' } },
          { name: 'Emma Wilson', emails: ['emma.wilson@example.com'], ids: {}, ats: { ats: 'recruitee', candidateId: '33498840' } },
          { name: 'Lucas Martin', emails: [], ids: {}, ats: { ats: 'recruitee', candidateId: '33498852' } },
        ],
      },
      {
        file: 'list.html',
        url: 'https://app.recruitee.com/#/offers/product-designer/pipeline',
        subject: undefined,
        rows: [
          { name: 'Lucas Martin', emails: ['lucas.martin@example.com'], ids: {}, ats: { ats: 'recruitee', candidateId: '33498852' } },
          { name: 'Aiko Tanaka', emails: [], ids: {}, ats: { ats: 'recruitee', candidateId: '33498867' } },
          { name: 'María García', emails: ['maria.garcia@example.com'], ids: {}, ats: { ats: 'recruitee', candidateId: '33498831' } },
        ],
      },
    ],
  },
  {
    adapter: bamboohr,
    urls: [
      ['https://wayne.bamboohr.com/hiring/candidates/1843', { ats: 'bamboohr', candidateId: '1843' }],
      ['https://wayne.bamboohr.com/hiring/candidates/1843?tab=notes', { ats: 'bamboohr', candidateId: '1843' }],
      ['https://wayne.bamboohr.com/hiring/candidates/1843?list_type=jobs#ats-comments', { ats: 'bamboohr', candidateId: '1843' }],
      ['https://wayne.bamboohr.com/hiring/jobs', undefined],
      ['https://wayne.bamboohr.com/hiring/jobs/57', undefined],
      ['https://wayne.bamboohr.com/careers/57', undefined],
    ],
    pages: [
      {
        file: 'candidate.html',
        url: 'https://wayne.bamboohr.com/hiring/candidates/1843',
        subject: {
          name: 'Aiko Tanaka',
          emails: ['aiko.tanaka@example.com'],
          ids: {
            talentscreen: ['result_aiko_sre'],
            hiringbranch: ['6c3f2e4d5b6a708192a3b4c5'],
          },
          ats: { ats: 'bamboohr', candidateId: '1843', jobId: '57' },
        },
      },
      {
        // A job's applicants: rows link to candidates only, the job is the page's.
        file: 'list.html',
        url: 'https://wayne.bamboohr.com/hiring/jobs/57',
        subject: undefined,
        rows: BAMBOOHR_LIST_ROWS,
      },
      {
        // The plain table the public source shows: rows found by their candidate links, the name the link's text.
        file: 'plain-list.html',
        url: 'https://wayne.bamboohr.com/hiring/jobs/57',
        subject: undefined,
        // Aiko and Noah, as in the classed table.
        rows: BAMBOOHR_LIST_ROWS.slice(0, 2),
      },
    ],
  },
  {
    adapter: jazzhr,
    urls: [
      ['https://app.jazz.co/app/v2/job/6681273/candidate/240182807/profile', { ats: 'jazzhr', candidateId: '240182807', jobId: '6681273' }],
      [
        'https://app.jazz.co/app/v2/job/6681273/candidate/240182807/scorecard',
        { ats: 'jazzhr', candidateId: '240182807', jobId: '6681273' },
      ],
      ['https://app.jazz.co/app/v2/job/6681273/candidate?workflowStep=1', undefined],
      ['https://app.jazz.co/app/v2/job', undefined],
    ],
    pages: [
      {
        file: 'candidate.html',
        url: 'https://app.jazz.co/app/v2/job/6681273/candidate/240182807/profile',
        subject: {
          name: 'Noah Fischer',
          emails: ['noah.fischer@example.com'],
          ids: {
            talentscreen: ['result_noah_qa'],
            hiringbranch: ['6d403f5e6c7b8091a2b3c4d5'],
          },
          ats: { ats: 'jazzhr', candidateId: '240182807', jobId: '6681273' },
        },
      },
      {
        file: 'list.html',
        url: 'https://app.jazz.co/app/v2/job/6681273/candidate?workflowStep=1',
        subject: undefined,
        rows: [
          {
            name: 'Noah Fischer',
            emails: ['noah.fischer@example.com'],
            ids: {},
            ats: { ats: 'jazzhr', candidateId: '240182807', jobId: '6681273' },
          },
          { name: 'Li Wei', emails: [], ids: {}, ats: { ats: 'jazzhr', candidateId: '240182815', jobId: '6681273' } },
          {
            name: 'Emma Wilson',
            emails: ['emma.wilson@example.com'],
            ids: {},
            ats: { ats: 'jazzhr', candidateId: '240182833', jobId: '6681273' },
          },
        ],
      },
    ],
  },
];
