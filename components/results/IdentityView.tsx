import { identifierKey, sentIdentifiers } from '@/lib/ats/identity';
import { t } from '@/lib/i18n';
import type { Identifier, Offer, Subject } from '@/lib/model';
import { heldReason, identityLine } from '@/components/results/identityText';

/** The identifiers looked up, each with where it was found and, on an ATS candidate, "Not this person". */
function SentIdentifiers({
  sent,
  rejected,
  canReject,
  onReject,
}: {
  sent: Identifier[];
  rejected: ReadonlySet<string>;
  canReject: boolean;
  onReject(identifier: Identifier, rejected: boolean): void;
}) {
  return (
    <section aria-label={t('identityHeading')}>
      <h3 className="sl-identity-heading">{t('identityHeading')}</h3>
      <ul className="sl-identity-list">
        {sent.map((identifier) => {
          const key = identifierKey(identifier);
          const isRejected = rejected.has(key);
          return (
            <li key={key} data-identifier={key} className={isRejected ? 'sl-rejected' : undefined}>
              <span className="sl-identity-line">{identityLine(identifier)}</span>
              {isRejected && <span className="sl-muted"> {t('identityRejected')}</span>}{' '}
              {canReject && (
                <button
                  type="button"
                  className="sl-button sl-link-button"
                  data-action={isRejected ? 'undo-not-this-person' : 'not-this-person'}
                  onClick={() => onReject(identifier, !isRejected)}
                >
                  {isRejected ? t('identityUndo') : t('identityNotThisPerson')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** "Also on this page": the identifiers held back, each with why, looked up on click. */
function Offers({ offers, onLookUp }: { offers: Offer[]; onLookUp(offer: Offer): void }) {
  return (
    <section className="sl-offers" data-testid="offers" aria-label={t('offersHeading')}>
      <h3 className="sl-identity-heading">{t('offersHeading')}</h3>
      <ul className="sl-identity-list">
        {offers.map((offer) => (
          <li key={identifierKey(offer)} data-offer={identifierKey(offer)}>
            <span className="sl-identity-line">{identityLine(offer)}</span>
            <span className="sl-muted"> · {heldReason(offer.reason)}</span>{' '}
            <button type="button" className="sl-button sl-link-button" data-action="look-up" onClick={() => onLookUp(offer)}>
              {t('offersLookUp')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Who the panel looked up and what else the page showed: each identifier with where it was
 * found and "Not this person" (remembered for this ATS candidate), then the identifiers held
 * back ("Also on this page": colleagues, candidate-written text, …), each looked up on click.
 */
export function IdentityView({
  subject,
  rejected,
  onReject,
  onLookUp,
}: {
  subject: Subject;
  rejected: ReadonlySet<string>;
  onReject(identifier: Identifier, rejected: boolean): void;
  onLookUp(offer: Offer): void;
}) {
  const sent = sentIdentifiers(subject);
  const offers = subject.offers ?? [];
  const canReject = Boolean(subject.ats?.candidateId ?? subject.ats?.applicationId);
  return (
    <div className="sl-identity">
      {sent.length > 0 && <SentIdentifiers sent={sent} rejected={rejected} canReject={canReject} onReject={onReject} />}
      {offers.length > 0 && <Offers offers={offers} onLookUp={onLookUp} />}
    </div>
  );
}
