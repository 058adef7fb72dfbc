/**
 * Referrals of a case to other institutions: commands, the projection into inboxes and the case timeline, and
 * the queries of the case page, the inboxes and the case team's deadlines.
 */
package pl.asysta.cases.referral;
